package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "the World Bank approved $400 million in budget support for Senegal, half of which will be
 * released ...": a money amount, followed by a relative clause, confuses CoreNLP into hanging the
 * amount as an unlabelled {@code dep} of the later verb, and "approved" is left without an
 * object. A noun phrase that starts right after a verb with no object of its own, but hangs as
 * {@code dep} on a verb further right, is that first verb's object.
 */
final class StrandedObjectRepair {
    private StrandedObjectRepair() {}

    /** Repairs the graph in place; returns how many objects it re-attached. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("dep")) continue;
            IndexedWord later = e.getGovernor(), phrase = e.getDependent();
            if (!later.tag().startsWith("VB") || phrase.index() > later.index()) continue;
            if (!(phrase.tag().startsWith("NN") || phrase.tag().equals("$") || phrase.tag().equals("CD"))) continue;
            IndexedWord verb = g.getNodeByIndexSafe(GraphEdges.firstIndexOf(g, phrase) - 1);
            if (verb == null || !verb.tag().matches("VB[DZPN]?") || verb.equals(later) || hasObject(g, verb)) continue;
            g.removeEdge(e);
            g.addEdge(verb, phrase, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    private static boolean hasObject(SemanticGraph g, IndexedWord verb) {
        return GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj") || r.startsWith("nsubj:pass"));
    }
}
