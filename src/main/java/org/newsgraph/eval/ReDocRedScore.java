package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-DocRED end-to-end relation figures, restricted to the relation ids our ontology maps to.
 *
 * @param properties the P-ids that were scored
 * @param byRelation figures per P-id (every scored P-id present, even with no gold)
 */
public record ReDocRedScore(int documents, List<String> properties, Map<String, Prf> byRelation) {

    public ReDocRedScore {
        properties = List.copyOf(properties);
        byRelation = Map.copyOf(byRelation);
    }

    /** Micro P/R/F1 over all scored relation ids. */
    public Prf micro() {
        Prf total = Prf.NONE;
        for (Prf p : byRelation.values()) total = total.plus(p);
        return total;
    }

    public Prf relation(String pid) { return byRelation.getOrDefault(pid, Prf.NONE); }

    public ReDocRedScore plus(ReDocRedScore other) {
        Map<String, Prf> sum = new TreeMap<>(byRelation);
        other.byRelation.forEach((k, v) -> sum.merge(k, v, Prf::plus));
        List<String> props = new java.util.ArrayList<>(properties);
        for (String p : other.properties) if (!props.contains(p)) props.add(p);
        return new ReDocRedScore(documents + other.documents, props, sum);
    }

    /**
     * Published figures on Re-DocRED test. They are for supervised models given the gold entities
     * and scored on all 96 relations, so they bound what is possible rather than compare directly.
     */
    public static final List<PublishedScore> PUBLISHED = List.of(
            new PublishedScore("DREEAM", "Ign F1", 80.39,
                    "supervised, gold entities given, all relations (aggregator listing)"),
            new PublishedScore("KD-DocRE", "Ign F1", 80.32,
                    "supervised, gold entities given, all relations (aggregator listing)"),
            new PublishedScore("CoreNLP / rule-based end-to-end", "F1", Double.NaN,
                    "no published number; our first run is the baseline"));
}
