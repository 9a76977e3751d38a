package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.function.Predicate;

/** Questions the parser repairs ask of a word's edges, by the relation written out in full ("obj", "aux:pass", "obl:on"). */
final class GraphEdges {
    private GraphEdges() {}

    static boolean hasOutgoing(SemanticGraph g, IndexedWord w, Predicate<String> relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) if (relation.test(e.getRelation().toString())) return true;
        return false;
    }

    static boolean hasIncoming(SemanticGraph g, IndexedWord w, Predicate<String> relation) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) if (relation.test(e.getRelation().toString())) return true;
        return false;
    }
}
