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
 * "blocked a boat from entering the river, drawing a protest from Belmopan": a free adjunct after
 * a non-finite complement is the finite verb's ({@link #finiteVerbOfComplement}).
 * "raised fuel taxes, drawing criticism from Uganda": a comma-led participle the parser read as
 * the adjective of a bare noun hung on the verb is that verb's free adjunct, the noun its object.
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
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().getShortName().equals("advcl")) continue;
            IndexedWord inner = e.getGovernor(), participle = e.getDependent();
            IndexedWord before = g.getNodeByIndexSafe(participle.index() - 1);
            if (!participle.tag().equals("VBG") || participle.index() < inner.index() || before == null || !before.word().equals(",")) continue;
            IndexedWord main = finiteVerbOfComplement(g, inner);
            if (main == null) continue;
            g.removeEdge(e);
            g.addEdge(main, participle, e.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().getShortName().equals("amod")) continue;
            IndexedWord noun = e.getGovernor(), participle = e.getDependent();
            IndexedWord before = g.getNodeByIndexSafe(participle.index() - 1);
            if (!participle.tag().equals("VBG") || noun.index() != participle.index() + 1 || before == null || !before.word().equals(",")) continue;
            SemanticGraphEdge hung = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
                String rel = in.getRelation().toString();
                if (in.getGovernor().tag().startsWith("VB") && in.getGovernor().index() < participle.index()
                        && (rel.equals("obl:npmod") || rel.equals("dep") || rel.equals("obj"))) hung = in;
            }
            if (hung == null) continue;
            // "raised fuel taxes, drawing criticism from Uganda": the bare noun is the participle's object.
            g.removeEdge(hung);
            g.removeEdge(e);
            g.addEdge(hung.getGovernor(), participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(participle, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge x : List.copyOf(g.outgoingEdgeList(noun))) {
                if (!x.getRelation().getShortName().equals("nmod") || x.getDependent().index() < noun.index()) continue;
                // "criticism from Uganda": the phrase after the noun tells where the participle's act comes from.
                g.removeEdge(x);
                g.addEdge(participle, x.getDependent(), oblique(x), Double.NEGATIVE_INFINITY, false);
            }
            repaired++;
        }
        return repaired;
    }

    /** The oblique relation of a verb that a noun's "nmod" (or "nmod:from") becomes. */
    private static edu.stanford.nlp.trees.GrammaticalRelation oblique(SemanticGraphEdge nmod) {
        String specific = nmod.getRelation().getSpecific();
        return specific == null ? UniversalEnglishGrammaticalRelations.OBLIQUE_MODIFIER
                : UniversalEnglishGrammaticalRelations.getObl(specific);
    }

    /**
     * "blocked a boat from entering the river, drawing a protest from Belmopan": a free adjunct
     * after a comma belongs to the clause's finite verb, not to the non-finite complement it
     * follows ("from entering", "to avoid arrest"). Returns that finite verb when {@code inner} is
     * such a complement (itself not set off by a comma), else null.
     */
    private static IndexedWord finiteVerbOfComplement(SemanticGraph g, IndexedWord inner) {
        String tag = inner.tag();
        if (!(tag.equals("VBG") || tag.equals("VB"))) return null;
        IndexedWord before = g.getNodeByIndexSafe(inner.index() - 1);
        if (before != null && before.word().equals(",")) return null;
        for (SemanticGraphEdge in : g.incomingEdgeList(inner)) {
            String rel = in.getRelation().getShortName();
            IndexedWord up = in.getGovernor();
            boolean finite = up.tag().equals("VBD") || up.tag().equals("VBZ") || up.tag().equals("VBP");
            if ((rel.equals("advcl") || rel.equals("xcomp") || rel.equals("obl")) && finite && up.index() < inner.index()) return up;
        }
        return null;
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
        return GraphEdges.ancestor(g, noun, 4, rel -> rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("conj") || rel.equals("iobj"),
                w -> w.tag().startsWith("VB"));
    }
}
