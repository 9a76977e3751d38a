package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one article indexed the way scoring asks questions: which labels and Wikidata
 * items does an entity IRI have, which distinct events were extracted. Labels are collected
 * from every row that names the entity (entity rows, mentions, event and relation labels), since
 * any surface form counts for matching.
 */
final class SystemGraph {
    private final GraphRows rows;
    private final Map<String, Set<String>> labelKeys = new LinkedHashMap<>();
    private final Map<String, Set<String>> qids = new LinkedHashMap<>();
    private final List<ExtractedEvent> events;

    SystemGraph(GraphRows rows) {
        this.rows = rows;
        for (EntityRow e : rows.entities()) {
            addLabel(e.entity(), e.label());
            addQid(e.entity(), e.wikidata());
        }
        for (MentionRow m : rows.mentions()) {
            addLabel(m.entity(), m.text());
            addQid(m.entity(), m.wikidata());
        }
        for (EventRow e : rows.events()) {
            addLabel(e.actor(), e.actorLabel());
            addLabel(e.target(), e.targetLabel());
            addLabel(e.attributedTo(), e.attributedToLabel());
        }
        for (RelationRow r : rows.relations()) {
            addLabel(r.subject(), r.subjectLabel());
            addLabel(r.object(), r.objectLabel());
        }
        Map<String, ExtractedEvent> byIri = new LinkedHashMap<>();
        for (EventRow row : rows.events()) {
            if (row.event() == null) continue;
            byIri.put(row.event(), byIri.getOrDefault(row.event(), ExtractedEvent.from(row.event())).with(row));
        }
        this.events = List.copyOf(byIri.values());
    }

    GraphRows rows() { return rows; }

    /** Distinct events, in the order their first row came. */
    List<ExtractedEvent> events() { return events; }

    /** Every entity IRI the rows mention. */
    Set<String> entityIris() {
        Set<String> all = new HashSet<>(labelKeys.keySet());
        all.addAll(qids.keySet());
        return all;
    }

    /** Normalised labels ({@link Names#key}) of an entity. */
    Set<String> labelKeys(String entity) { return labelKeys.getOrDefault(entity, Set.of()); }

    Set<String> qids(String entity) { return qids.getOrDefault(entity, Set.of()); }

    /**
     * Whether the system entity is the gold entity: same Wikidata item, or one of its labels
     * equals the gold name or an alias, case- and accent-insensitively (GOLD-FORMAT rule).
     */
    boolean sameEntity(String entity, GoldFile.Entity gold) {
        if (entity == null || gold == null) return false;
        if (gold.wikidata() != null) {
            String goldQid = Names.qid(gold.wikidata());
            if (goldQid != null && qids(entity).contains(goldQid)) return true;
        }
        Set<String> labels = labelKeys(entity);
        for (String name : gold.names()) {
            if (labels.contains(Names.key(name))) return true;
        }
        return false;
    }

    private void addLabel(String entity, String label) {
        if (entity == null || label == null || label.isBlank()) return;
        labelKeys.computeIfAbsent(entity, k -> new HashSet<>()).add(Names.key(label));
    }

    private void addQid(String entity, String wikidata) {
        if (entity == null) return;
        String qid = Names.qid(wikidata);
        Set<String> set = qids.computeIfAbsent(entity, k -> new HashSet<>());
        if (qid != null) set.add(qid);
    }

    /** Mentions of one entity, for span-based participant matching. */
    List<MentionRow> mentionsOf(String entity) {
        List<MentionRow> out = new ArrayList<>();
        for (MentionRow m : rows.mentions()) if (entity != null && entity.equals(m.entity())) out.add(m);
        return out;
    }
}
