package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "The Philippines, which chairs ASEAN this year, has also pressed the bloc to act":
 * CoreNLP may take the relative clause's verb ("chairs") for the subject of the main verb, hang
 * the main verb as a relative clause of the noun, and leave the noun as the sentence's root. A
 * verb cannot be a nominal subject: the verb after "which" is the relative clause, and the main
 * verb, made the root, takes the noun as its subject.
 */
final class RelativeClauseSubjectRepair {
    private RelativeClauseSubjectRepair() {}

    /** Repairs the graph in place; returns how many sentences it re-rooted. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge subject : List.copyOf(g.edgeListSorted())) {
            if (!subject.getRelation().toString().equals("nsubj")) continue;
            IndexedWord main = subject.getGovernor(), inner = subject.getDependent();
            if (!inner.tag().startsWith("VB") || !main.tag().startsWith("VB") || inner.index() > main.index()) continue;
            SemanticGraphEdge relcl = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(main)) if (e.getRelation().toString().equals("acl:relcl")) relcl = e;
            if (relcl == null) continue;
            IndexedWord noun = relcl.getGovernor();
            if (!g.getRoots().contains(noun) || noun.index() > inner.index()) continue;
            IndexedWord pronoun = relativePronoun(g, noun, inner);
            if (pronoun == null) continue;

            g.removeEdge(subject);
            g.removeEdge(relcl);
            // The enhanced graph copied the noun into the main verb's clause as an object or a controller.
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(noun))) {
                if (e.getGovernor().index() >= main.index()) g.removeEdge(e);
            }
            g.addEdge(noun, inner, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(inner, enhanced ? noun : pronoun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(main, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.setRoot(main);
            repaired++;
        }
        return repaired;
    }

    /** "which" or "who" between the noun and the verb, as the parser attached it (ref or nsubj), or null. */
    private static IndexedWord relativePronoun(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
        for (int k = noun.index() + 1; k < verb.index(); k++) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (w != null && GraphEdges.isRelativePronoun(w)) return w;
        }
        return null;
    }
}
