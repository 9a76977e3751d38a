package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;

/**
 * Mends "appealed for 1.2 billion dollars to support refugees": CoreNLP reads "for X to support"
 * as a for-to clause with X as its subject ("appealed for donors to give"), so the appeal has no
 * object and the sum becomes the one who supports. A sum of money never acts: it is the verb's
 * "for" object, and "to support" stays the verb's purpose clause, with no subject of its own.
 */
final class SumForPurposeRepair {
    private static final Set<String> AMOUNTS = Set.of("MONEY", "PERCENT");

    private SumForPurposeRepair() {}

    /** Repairs the graph in place; returns how many clauses it mended. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge clause : List.copyOf(g.edgeListSorted())) {
            if (!clause.getRelation().toString().startsWith("advcl")) continue;
            IndexedWord verb = clause.getGovernor(), purpose = clause.getDependent();
            if (!verb.tag().startsWith("VB") || purpose.index() < verb.index()) continue;
            SemanticGraphEdge subject = GraphEdges.outgoing(g, purpose, "nsubj"::equals);
            SemanticGraphEdge mark = GraphEdges.outgoing(g, purpose, "mark"::equals);
            if (subject == null || mark == null || !mark.getDependent().word().equalsIgnoreCase("for")) continue;
            IndexedWord sum = subject.getDependent(), forWord = mark.getDependent();
            if (!AMOUNTS.contains(String.valueOf(sum.ner())) || forWord.index() > sum.index()) continue;
            g.removeEdge(subject);
            g.removeEdge(mark);
            GraphEdges.attachPrepositional(g, verb, sum, forWord, enhanced);
            repaired++;
        }
        return repaired;
    }
}
