package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "Frederiksen spoke after hosting Carney for talks": CoreNLP reads a gerund between a
 * temporal preposition and a name as an adjective on the name ({@code amod(Carney, hosting)},
 * {@code obl:after(spoke, Carney)}), so the hosting has no actor and Carney is no one's guest.
 * A name's adjective that is a gerund right after such a preposition is the head of an adverbial
 * clause: the clause hangs on the name's governor ({@code advcl:after}), the preposition marks it
 * and the name is its object. The clause's subject is left to the reader of adverbial clauses
 * (the main clause's subject), as for a clause CoreNLP parses right.
 */
final class PrepositionalGerundRepair {
    /** Prepositions that open a clause about a time or a manner; "for hosting" or "of meeting" name a reason or content. */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "while", "upon", "without", "when");

    private PrepositionalGerundRepair() {}

    /** Repairs the graph in place; returns how many clauses it rebuilt. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("amod")) continue;
            IndexedWord name = e.getGovernor(), gerund = e.getDependent();
            if (!"VBG".equals(gerund.tag()) || !name.tag().startsWith("NNP") || gerund.index() > name.index()) continue;
            SemanticGraphEdge caseEdge = GraphEdges.outgoing(g, name, r -> r.equals("case"));
            if (caseEdge == null || caseEdge.getDependent().index() != gerund.index() - 1) continue;
            IndexedWord preposition = caseEdge.getDependent();
            String p = preposition.word().toLowerCase();
            if (!CLAUSE_PREPOSITIONS.contains(p)) continue;
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(name)) if (in.getRelation().toString().startsWith("obl")) up = in;
            if (up == null || !up.getGovernor().tag().startsWith("VB")) continue;
            g.removeEdge(up);
            g.removeEdge(caseEdge);
            g.removeEdge(e);
            g.addEdge(up.getGovernor(), gerund, enhanced ? UniversalEnglishGrammaticalRelations.getAdvcl(p)
                    : UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(gerund, preposition, UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(gerund, name, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
