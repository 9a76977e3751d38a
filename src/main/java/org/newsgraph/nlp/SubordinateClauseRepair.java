package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "The union called the stoppage after talks with the operator collapsed on Friday":
 * CoreNLP reads "after talks" as a phrase of the main verb and leaves "collapsed" hanging on it as
 * a bare {@code dep}, so the talks collapse nowhere and Friday dates the call. A word that is both
 * a preposition and a subordinator, whose noun is followed by a subjectless verb the parser hung on
 * the same governor as {@code dep}, opens a clause: the noun is that verb's subject, the word its
 * marker, and the clause an adverbial clause of the governor.
 */
final class SubordinateClauseRepair {
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "till");

    private SubordinateClauseRepair() {}

    /** Repairs the graph in place; returns how many clauses it rebuilt. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("dep")) continue;
            IndexedWord governor = e.getGovernor(), verb = e.getDependent();
            if (!governor.tag().startsWith("VB") || !verb.tag().startsWith("VB") || verb.index() < governor.index()) continue;
            if (GraphEdges.hasOutgoing(g, verb, r -> r.startsWith("nsubj") || r.equals("mark"))) continue;
            SemanticGraphEdge phrase = null, marker = null;
            for (SemanticGraphEdge o : g.outgoingEdgeList(governor)) {
                IndexedWord noun = o.getDependent();
                if (!o.getRelation().toString().startsWith("obl") || noun.index() > verb.index() || noun.index() < governor.index()) continue;
                SemanticGraphEdge caseEdge = GraphEdges.outgoing(g, noun, r -> r.equals("case"));
                if (caseEdge != null && SUBORDINATORS.contains(caseEdge.getDependent().word().toLowerCase())
                        && GraphEdges.lastIndexOf(g, noun) == verb.index() - 1) {
                    phrase = o;
                    marker = caseEdge;
                }
            }
            if (phrase == null) continue;
            IndexedWord noun = phrase.getDependent();
            IndexedWord subordinator = marker.getDependent();
            g.removeEdge(e);
            g.removeEdge(phrase);
            g.removeEdge(marker);
            g.addEdge(governor, verb, enhanced ? UniversalEnglishGrammaticalRelations.getAdvcl(subordinator.word().toLowerCase())
                    : UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, subordinator, UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
