package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "Rome called for the crew to be released" and "pressed for Kyiv to join talks": CoreNLP
 * hangs the for-to clause, marked by both "for" and "to" and with a subject of its own, on the verb
 * as an adverbial clause, so nothing reads it as what is asked. A clause with its own subject
 * introduced by "for ... to" is the verb's complement, as a that-clause is ("called for the crew
 * to be released" = "demanded that the crew be released"), so it becomes a clausal complement.
 */
final class ForToClauseRepair {
    private ForToClauseRepair() {}

    /** Repairs the graph in place; returns how many clauses it relabelled. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().getShortName().equals("advcl")) continue;
            IndexedWord verb = e.getGovernor(), clause = e.getDependent();
            if (!verb.tag().startsWith("VB") || clause.index() < verb.index() || !isForToClause(g, clause)) continue;
            g.removeEdge(e);
            g.addEdge(verb, clause, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /** Has the clause the marks "for" and "to" and a subject between them ("for the crew to be released")? */
    private static boolean isForToClause(SemanticGraph g, IndexedWord clause) {
        int forMark = -1, toMark = -1, subject = -1;
        for (SemanticGraphEdge x : g.outgoingEdgeList(clause)) {
            String r = x.getRelation().getShortName();
            String w = x.getDependent().word().toLowerCase();
            if (r.equals("mark") && w.equals("for")) forMark = x.getDependent().index();
            if (r.equals("mark") && w.equals("to")) toMark = x.getDependent().index();
            if (r.startsWith("nsubj")) subject = x.getDependent().index();
        }
        return forMark >= 0 && toMark > forMark && subject > forMark && subject < toMark;
    }
}
