package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "Lima said it was concerned that the deal could ..., and its trade minister, Ana Ruiz, will
 * fly to Quito next week": after a long reported clause CoreNLP coordinates the new subject with a
 * verb inside it and strands the verb that follows as an unlabelled {@code dep} with no subject, so
 * the trip has no traveller. ", and" + a noun phrase + the verb right after it is a clause of its
 * own: the noun is the verb's subject, and the clause is the sentence's main verb's conjunct.
 */
final class StrandedClauseRepair {
    private StrandedClauseRepair() {}

    /** Repairs the graph in place; returns how many clauses it rebuilt. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty() || g.getRoots().size() != 1) return 0;
        IndexedWord root = g.getFirstRoot();
        int repaired = 0;
        for (SemanticGraphEdge dep : List.copyOf(g.edgeListSorted())) {
            if (!dep.getRelation().toString().equals("dep")) continue;
            IndexedWord verb = dep.getDependent();
            if (!verb.tag().matches("VB[DZP]?") || verb.index() < root.index()
                    || GraphEdges.hasOutgoing(g, verb, r -> r.startsWith("nsubj") || r.equals("expl"))) continue;
            SemanticGraphEdge conj = subjectBefore(g, verb);
            if (conj == null) continue;
            IndexedWord subject = conj.getDependent();
            SemanticGraphEdge cc = GraphEdges.outgoing(g, subject, "cc"::equals);
            if (cc == null) continue;

            g.removeEdge(dep);
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(subject))) g.removeEdge(e);
            g.removeEdge(cc);
            g.addEdge(verb, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, cc.getDependent(), cc.getRelation(), Double.NEGATIVE_INFINITY, false);
            GrammaticalRelation joined = enhanced ? UniversalEnglishGrammaticalRelations.getConj(cc.getDependent().word().toLowerCase())
                    : UniversalEnglishGrammaticalRelations.CONJUNCT;
            g.addEdge(root, verb, joined, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /**
     * The conjunct noun whose phrase ends right before the verb and its auxiliaries (commas
     * aside), or null: "and its trade minister, Ana Ruiz, | will fly".
     */
    private static SemanticGraphEdge subjectBefore(SemanticGraph g, IndexedWord verb) {
        int start = verb.index();
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("aux")) start = Math.min(start, e.getDependent().index());
        }
        int k = start - 1;
        while (k > 0 && g.getNodeByIndexSafe(k) != null && g.getNodeByIndexSafe(k).word().equals(",")) k--;
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (!e.getRelation().getShortName().equals("conj")) continue;
            IndexedWord noun = e.getDependent();
            if (!noun.tag().startsWith("NN") || noun.index() > k) continue;
            int last = GraphEdges.lastIndexOf(g, noun);
            while (last > noun.index() && g.getNodeByIndexSafe(last) != null && g.getNodeByIndexSafe(last).word().equals(",")) last--;
            if (last == k && !e.getGovernor().tag().startsWith("NN")) return e;
        }
        return null;
    }
}
