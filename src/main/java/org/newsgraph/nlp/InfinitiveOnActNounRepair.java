package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "opened an investigation into Air France-KLM's plan to take control of SAS": CoreNLP hangs
 * the infinitive on the main verb (xcomp), so the Commission would be the one taking control. An
 * infinitive right after a noun that names an intended act (plan, bid, decision, offer ...) belongs
 * to that noun, and its owner acts. Left alone when the noun is the verb's own unowned object
 * ("made a decision to withdraw"), where the subject of the verb is the one who acts either way.
 */
final class InfinitiveOnActNounRepair {
    /** Nouns of intended or announced acts that take an infinitive complement ("a bid to buy"). */
    private static final Set<String> ACT_NOUNS = Set.of("plan", "bid", "attempt", "effort", "decision", "offer", "move",
            "proposal", "push", "drive", "campaign", "promise", "pledge", "threat", "commitment", "intention", "refusal",
            "readiness", "willingness", "failure", "request", "demand", "order", "permission", "approval", "agreement",
            "deal", "vow", "ambition", "scheme", "initiative", "mandate");

    private InfinitiveOnActNounRepair() {}

    /** Repairs the graph in place; returns how many infinitives it moved. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge clause : List.copyOf(g.edgeListSorted())) {
            if (!clause.getRelation().toString().equals("xcomp")) continue;
            IndexedWord verb = clause.getGovernor(), infinitive = clause.getDependent();
            SemanticGraphEdge mark = GraphEdges.outgoing(g, infinitive, "mark"::equals);
            if (mark == null || !mark.getDependent().word().equalsIgnoreCase("to") || infinitive.index() < verb.index()) continue;
            IndexedWord noun = g.getNodeByIndexSafe(mark.getDependent().index() - 1);
            if (noun == null || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")
                    || !ACT_NOUNS.contains(noun.lemma()) || !g.descendants(verb).contains(noun)) continue;
            boolean owned = GraphEdges.hasOutgoing(g, noun, r -> r.equals("nmod:poss") || r.equals("nmod:by"));
            SemanticGraphEdge toNoun = g.getEdge(verb, noun);
            boolean verbsObject = toNoun != null && toNoun.getRelation().toString().equals("obj");
            if (verbsObject && !owned) continue;
            g.removeEdge(clause);
            for (SemanticGraphEdge inherited : List.copyOf(g.outgoingEdgeList(infinitive))) {
                if (inherited.getRelation().toString().startsWith("nsubj:xsubj")) g.removeEdge(inherited);
            }
            g.addEdge(noun, infinitive, enhanced ? UniversalEnglishGrammaticalRelations.getAcl("to")
                    : UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
