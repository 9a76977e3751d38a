package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends two readings of "X, which/who VERB ..." in which the clause's verb loses its subject:
 * <ul>
 * <li>"The World Bank, which approved 150 million dollars in December, said ...": CoreNLP may read
 * the pronoun as an apposition of the noun ({@code appos(Bank, which)}) with the verb hanging on
 * the pronoun ({@code acl(which, approved)}). A pronoun is never a noun's apposition: the verb is a
 * relative clause of the noun.</li>
 * <li>"the Zimbabwe Congress of Trade Unions, which called a two-day stayaway": the pronoun read as
 * the verb's object ({@code obj(called, which)}, in the enhanced graph the noun itself), beside the
 * real object. A relative pronoun right before its verb, with no subject between, is the subject:
 * an object relative needs one ("the stayaway which the union called").</li>
 * </ul>
 * In both, the pronoun (in the enhanced graph, the noun it stands for) becomes the verb's subject.
 */
final class RelativePronounSubjectRepair {
    private RelativePronounSubjectRepair() {}

    /** Repairs the graph in place; returns how many relative clauses it gave a subject. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        return rebuildApposedClauses(g, enhanced) + moveObjectToSubject(g, enhanced);
    }

    private static int rebuildApposedClauses(SemanticGraph g, boolean enhanced) {
        int repaired = 0;
        for (SemanticGraphEdge appos : List.copyOf(g.edgeListSorted())) {
            if (!appos.getRelation().toString().equals("appos")) continue;
            IndexedWord noun = appos.getGovernor(), pronoun = appos.getDependent();
            if (!GraphEdges.isRelativePronoun(pronoun) || pronoun.index() < noun.index()) continue;
            SemanticGraphEdge clause = GraphEdges.outgoing(g, pronoun, r -> r.equals("acl") || r.startsWith("acl:"));
            if (clause == null || !clause.getDependent().tag().startsWith("VB")) continue;
            IndexedWord verb = clause.getDependent();
            if (GraphEdges.hasOutgoing(g, verb, r -> r.startsWith("nsubj"))) continue;
            g.removeEdge(appos);
            g.removeEdge(clause);
            g.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, enhanced ? noun : pronoun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (enhanced) g.addEdge(noun, pronoun, UniversalEnglishGrammaticalRelations.REFERENT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    private static int moveObjectToSubject(SemanticGraph g, boolean enhanced) {
        int repaired = 0;
        for (SemanticGraphEdge relcl : List.copyOf(g.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) continue;
            IndexedWord noun = relcl.getGovernor(), verb = relcl.getDependent();
            IndexedWord pronoun = g.getNodeByIndexSafe(verb.index() - 1);
            if (pronoun == null || !GraphEdges.isRelativePronoun(pronoun) || !verb.tag().startsWith("VB")) continue;
            if (GraphEdges.hasOutgoing(g, verb, r -> r.startsWith("nsubj"))) continue;
            IndexedWord misread = enhanced ? noun : pronoun;
            SemanticGraphEdge object = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                if (e.getRelation().toString().equals("obj") && e.getDependent().equals(misread)) object = e;
            }
            if (object == null) continue;
            g.removeEdge(object);
            g.addEdge(verb, misread, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
