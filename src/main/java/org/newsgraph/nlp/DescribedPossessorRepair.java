package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "approved Munich-based engineering group Brennholt's takeover of Lindqvist": a common noun
 * that describes a possessor's name ("engineering group Brennholt's") is read as the verb's
 * object, and the possessed noun ("takeover") hangs on it as an unlabelled {@code dep}. A noun
 * directly followed by the name that possesses its {@code dep} is that name's descriptor: the
 * possessed noun is the object, and the descriptor a compound of the name.
 */
final class DescribedPossessorRepair {
    private DescribedPossessorRepair() {}

    /** Repairs the graph in place; returns how many objects it re-attached. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge dep : List.copyOf(g.edgeListSorted())) {
            if (!dep.getRelation().toString().equals("dep")) continue;
            IndexedWord descriptor = dep.getGovernor(), possessed = dep.getDependent();
            if (!descriptor.tag().matches("NNS?") || !possessed.tag().matches("NNS?") || possessed.index() < descriptor.index()) continue;
            IndexedWord possessor = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(possessed)) {
                if (e.getRelation().toString().equals("nmod:poss") && e.getDependent().index() == descriptor.index() + 1
                        && e.getDependent().tag().startsWith("NNP")) possessor = e.getDependent();
            }
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(descriptor)) up = e;
            if (possessor == null || up == null) continue;
            g.removeEdge(dep);
            g.removeEdge(up);
            g.addEdge(up.getGovernor(), possessed, up.getRelation(), Double.NEGATIVE_INFINITY, false);
            g.addEdge(possessor, descriptor, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
