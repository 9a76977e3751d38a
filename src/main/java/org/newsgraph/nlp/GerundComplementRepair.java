package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "did not rule out sending troops", "avoided signing the treaty", "stopped short of
 * condemning the launch": CoreNLP hangs a gerund
 * that complements a verb as an unlabelled {@code dep}, so the gerund has no subject and its act
 * no actor. A gerund right after the verb (or after its particle or adverb) with no subject of its
 * own is the verb's controlled complement: it becomes {@code xcomp}, and in the enhanced graph it
 * takes the verb's subject, as CoreNLP itself does for "considered signing".
 */
final class GerundComplementRepair {
    private GerundComplementRepair() {}

    /** Repairs the graph in place; returns how many gerunds it relabelled. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("dep")) continue;
            IndexedWord verb = e.getGovernor(), gerund = e.getDependent();
            if (!verb.tag().startsWith("VB") || !"VBG".equals(gerund.tag()) || gerund.index() <= verb.index()) continue;
            if (GraphEdges.hasOutgoing(g, gerund, r -> r.startsWith("nsubj") || r.equals("mark"))) continue;
            if (!adjacent(g, verb, gerund)) continue;
            IndexedWord subject = activeSubject(g, verb);
            g.removeEdge(e);
            g.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            if (enhanced && subject != null) {
                g.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                        Double.NEGATIVE_INFINITY, false);
            }
            repaired++;
        }
        return repaired;
    }

    /**
     * Only the verb's particle or adverbs ("rule out", "avoided entirely") stand between verb and
     * gerund, or the gerund's own adverb and preposition ("stopped short of condemning").
     */
    private static boolean adjacent(SemanticGraph g, IndexedWord verb, IndexedWord gerund) {
        for (int i = verb.index() + 1; i < gerund.index(); i++) {
            IndexedWord between = g.getNodeByIndexSafe(i);
            if (between == null) return false;
            String rel = g.reln(verb, between) == null ? "" : g.reln(verb, between).toString();
            String own = g.reln(gerund, between) == null ? "" : g.reln(gerund, between).toString();
            if (!rel.equals("compound:prt") && !rel.equals("advmod") && !own.equals("advmod") && !own.equals("case")) return false;
        }
        return true;
    }

    private static IndexedWord activeSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("nsubj")) return e.getDependent();
        }
        return null;
    }
}
