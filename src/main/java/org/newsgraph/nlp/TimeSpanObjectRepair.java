package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "captured Bukavu weeks later", "met Lula two days later": a name right before a span of
 * time that measures "later", "earlier" or "ago" is read as a compound of the time noun ("Bukavu
 * weeks"), and the verb is left without its object. A name cannot modify a unit of time, so a
 * proper noun compounded onto one, when the verb the time phrase modifies has no object, is that
 * verb's object.
 */
final class TimeSpanObjectRepair {
    /** Units of time that measure a relative time ("weeks later"): closed-class English grammar. */
    private static final Set<String> UNITS = Set.of("minute", "hour", "day", "week", "month", "year", "decade");
    private static final Set<String> RELATIVE = Set.of("later", "earlier", "ago", "afterwards", "before", "after");

    private TimeSpanObjectRepair() {}

    /** Repairs the graph in place; returns how many objects it re-attached. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("compound")) continue;
            IndexedWord unit = e.getGovernor(), name = e.getDependent();
            if (!name.tag().startsWith("NNP") || !UNITS.contains(unit.lemma() == null ? "" : unit.lemma().toLowerCase())) continue;
            IndexedWord relative = null;
            for (SemanticGraphEdge up : g.incomingEdgeList(unit)) {
                if (up.getRelation().toString().equals("obl:npmod") && RELATIVE.contains(up.getGovernor().word().toLowerCase())) relative = up.getGovernor();
            }
            if (relative == null) continue;
            IndexedWord verb = null;
            for (SemanticGraphEdge up : g.incomingEdgeList(relative)) {
                if (up.getRelation().toString().equals("advmod") && up.getGovernor().tag().startsWith("VB")) verb = up.getGovernor();
            }
            if (verb == null || verb.index() > name.index() || GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj"))) continue;
            g.removeEdge(e);
            g.addEdge(verb, name, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
