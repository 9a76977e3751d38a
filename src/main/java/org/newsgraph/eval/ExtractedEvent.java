package org.newsgraph.eval;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One extracted event, gathered from all {@link EventRow}s that share its IRI (the query returns
 * one row per label combination, so values arrive spread over rows).
 */
public record ExtractedEvent(String iri, Set<String> cameoCodes, Set<String> actors, Set<String> targets,
                             Set<String> times, Set<String> modalities, Set<String> attributedTo,
                             Integer sentence, Integer triggerBegin, Integer triggerEnd, Integer themeBegin, Integer themeEnd) {

    static ExtractedEvent from(String iri) {
        return new ExtractedEvent(iri, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null, null, null, null, null);
    }

    /** Folds one more row of the same event in. */
    ExtractedEvent with(EventRow row) {
        addIfPresent(cameoCodes, Names.cameo(row.cameo()));
        addIfPresent(actors, row.actor());
        addIfPresent(targets, row.target());
        addIfPresent(times, row.time());
        addIfPresent(modalities, row.modality() == null ? null : Names.localName(row.modality()).toLowerCase(java.util.Locale.ROOT));
        addIfPresent(attributedTo, row.attributedTo());
        return new ExtractedEvent(iri, cameoCodes, actors, targets, times, modalities, attributedTo,
                sentence != null ? sentence : row.sentence(),
                triggerBegin != null ? triggerBegin : row.triggerBegin(),
                triggerEnd != null ? triggerEnd : row.triggerEnd(),
                themeBegin != null ? themeBegin : row.themeBegin(),
                themeEnd != null ? themeEnd : row.themeEnd());
    }

    boolean hasTrigger() { return triggerBegin != null && triggerEnd != null; }

    boolean hasTheme() { return themeBegin != null && themeEnd != null; }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) set.add(value.trim());
    }
}
