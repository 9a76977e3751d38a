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
 * "spoke with Jaishankar and with Pakistan's foreign minister, Ishaq Dar, urging both to avoid war":
 * the free adjunct may also be read as a participle describing the person named last; one after a
 * comma on a person the verb speaks to or of is the verb's adverbial clause. So is one on a thing
 * when the participle names whom it is aimed at or reports a clause ("denied any wrongdoing,
 * accusing Chile of ...").
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
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("acl")) continue;
            IndexedWord person = e.getGovernor(), participle = e.getDependent();
            if (!participle.tag().equals("VBG") || participle.index() < person.index() || !(namesPerson(g, person) || addressesSomeone(g, participle))) continue;
            IndexedWord before = g.getNodeByIndexSafe(participle.index() - 1);
            IndexedWord verb = governingVerb(g, person);
            if (before == null || !before.word().equals(",") || verb == null || verb.index() > person.index()) continue;
            g.removeEdge(e);
            g.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /** A person's name or title, or a noun with a person's name in apposition ("the foreign minister, Ishaq Dar"). */
    private static boolean namesPerson(SemanticGraph g, IndexedWord noun) {
        if ("PERSON".equals(noun.ner()) || "TITLE".equals(noun.ner())) return true;
        return GraphEdges.hasOutgoing(g, noun, r -> r.equals("appos"));
    }

    /**
     * "denied any wrongdoing, accusing Chile of ...": a participle that names whom it is aimed at
     * (a proper-noun object) or reports a clause is no description of a thing; it is the free adjunct
     * of the verb, as one on a person is. "rescued a ship, carrying 300 migrants" stays as it is.
     */
    private static boolean addressesSomeone(SemanticGraph g, IndexedWord participle) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(participle)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") && e.getDependent().tag().startsWith("NNP") || rel.startsWith("ccomp")) return true;
        }
        return false;
    }

    /** The verb whose object or oblique the noun is, through conjoined nouns ("with X and with Y"), or null. */
    private static IndexedWord governingVerb(SemanticGraph g, IndexedWord noun) {
        IndexedWord current = noun;
        for (int step = 0; step < 4; step++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(current)) {
                String rel = in.getRelation().toString();
                if (rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("conj") || rel.equals("iobj")) up = in;
            }
            if (up == null) return null;
            current = up.getGovernor();
            if (current.tag().startsWith("VB")) return current;
        }
        return null;
    }
}
