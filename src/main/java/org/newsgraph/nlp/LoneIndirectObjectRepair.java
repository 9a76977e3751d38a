package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "the court on Monday extended the pre-trial detention of X by two months": a time phrase
 * between subject and verb, or a long object, makes CoreNLP read the object as an indirect object
 * ({@code iobj}) of a verb that then has no direct object. An indirect object needs a direct one
 * beside it in English ("gave Georgia candidate status"), so a lone {@code iobj} that is a common
 * noun is the verb's object. A name or pronoun is left alone: "told reporters" may stand so.
 */
final class LoneIndirectObjectRepair {
    private LoneIndirectObjectRepair() {}

    /** Repairs the graph in place; returns how many objects it relabelled. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("iobj")) continue;
            IndexedWord verb = e.getGovernor(), object = e.getDependent();
            if (!object.tag().matches("NNS?") || GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj") || r.equals("ccomp"))) continue;
            g.removeEdge(e);
            g.addEdge(verb, object, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
