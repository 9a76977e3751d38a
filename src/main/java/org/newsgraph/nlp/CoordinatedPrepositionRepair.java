package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * Mends "spoke by phone with Jaishankar and with Pakistan's foreign minister": for coordinated
 * prepositional phrases Enhanced++ copies the verb ("spoke'") and hangs the second phrase on the
 * copy, where no reader keyed by token finds it, so the call lost its second party. A copy of a
 * verb that only carries the shared subject and phrases of prepositions the verb already has is
 * folded back: each such phrase becomes a conjunct of the verb's own phrase of that preposition,
 * as the basic tree reads it ("Jaishankar" conj:and "minister").
 */
final class CoordinatedPrepositionRepair {
    private CoordinatedPrepositionRepair() {}

    /** Repairs the enhanced graph in place; returns how many copies it folded back. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge conj : List.copyOf(g.edgeListSorted())) {
            IndexedWord verb = conj.getGovernor(), copy = conj.getDependent();
            if (!conj.getRelation().toString().startsWith("conj") || copy.copyCount() == 0 || copy.index() != verb.index()) continue;
            List<SemanticGraphEdge[]> moves = new ArrayList<>();
            boolean foldable = true;
            List<SemanticGraphEdge> coordinators = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(copy)) {
                String rel = e.getRelation().toString();
                if (rel.equals("cc")) coordinators.add(e);
                if (rel.startsWith("nsubj") || rel.equals("cc") || rel.equals("punct")) continue;
                SemanticGraphEdge own = rel.startsWith("obl:") ? GraphEdges.outgoing(g, verb, rel::equals) : null;
                if (own == null || own.getDependent().index() > e.getDependent().index()) {
                    foldable = false;
                    break;
                }
                moves.add(new SemanticGraphEdge[] {own, e});
            }
            if (!foldable || moves.isEmpty()) continue;
            GrammaticalRelation and = UniversalEnglishGrammaticalRelations.getConj(conj.getRelation().getSpecific());
            for (SemanticGraphEdge[] m : moves) {
                g.addEdge(m[0].getDependent(), m[1].getDependent(), and, Double.NEGATIVE_INFINITY, false);
                // The enhanced graph gives each conjunct its governor too.
                g.addEdge(verb, m[1].getDependent(), m[0].getRelation(), Double.NEGATIVE_INFINITY, false);
            }
            IndexedWord second = moves.get(0)[1].getDependent();
            for (SemanticGraphEdge cc : coordinators) g.addEdge(second, cc.getDependent(), cc.getRelation(), Double.NEGATIVE_INFINITY, false);
            g.removeVertex(copy);
            repaired++;
        }
        return repaired;
    }
}
