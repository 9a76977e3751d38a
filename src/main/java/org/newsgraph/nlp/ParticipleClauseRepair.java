package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "X defended the law on Wednesday, accusing the opposition of ...": after a long clause
 * CoreNLP often hangs the comma-led participle clause as an unlabelled {@code dep} instead of an
 * adverbial clause, and a {@code dep} passes on nothing, so the accusation lost its accuser. A
 * present participle that opens a clause after a comma and hangs on a verb is an adverbial
 * clause whose subject is that verb's (a free adjunct), and is relabelled {@code advcl}.
 */
final class ParticipleClauseRepair {
    private ParticipleClauseRepair() {}

    /** Repairs the graph in place; returns how many clauses it relabelled. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("dep")) continue;
            IndexedWord head = e.getGovernor(), participle = e.getDependent();
            if (!head.tag().startsWith("VB") || !participle.tag().equals("VBG") || participle.index() < head.index()) continue;
            IndexedWord before = g.getNodeByIndexSafe(participle.index() - 1);
            if (before == null || !before.word().equals(",")) continue;
            g.removeEdge(e);
            g.addEdge(head, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
