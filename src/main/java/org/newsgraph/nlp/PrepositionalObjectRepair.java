package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends a systematic misparse of "called on both countries to show restraint", "prevailed upon
 * Iran to release the crew": CoreNLP reads "on" as the marker of the infinitive and the addressee
 * as its subject, hanging the clause as an adverbial of "called". A preposition cannot mark a
 * to-infinitive, so the shape (verb, on/upon, noun, to, verb) is rewritten to what it means: the
 * noun is the verb's prepositional object, and the infinitive its controlled complement.
 * The same misparse hits a passive's agent ("was appointed by Siemens to lead the unit"): there
 * "by" marks the agent of the passive verb, and the infinitive is what the appointee is to do.
 */
final class PrepositionalObjectRepair {
    private static final List<String> PREPOSITIONS = List.of("on", "upon", "by");

    private PrepositionalObjectRepair() {}

    /** Repairs the graph in place; returns how many clauses it rewrote. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge clause : List.copyOf(g.edgeListSorted())) {
            if (!clause.getRelation().getShortName().equals("advcl")) continue;
            IndexedWord verb = clause.getGovernor(), infinitive = clause.getDependent();
            SemanticGraphEdge prep = null, to = null, subject = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(infinitive)) {
                String rel = e.getRelation().getShortName();
                String word = e.getDependent().word().toLowerCase();
                if (rel.equals("mark") && PREPOSITIONS.contains(word)) prep = e;
                else if (rel.equals("mark") && word.equals("to")) to = e;
                else if (rel.equals("nsubj")) subject = e;
            }
            if (prep == null || to == null || subject == null) continue;
            IndexedWord on = prep.getDependent(), addressee = subject.getDependent();
            if (!(verb.index() < on.index() && on.index() < addressee.index() && addressee.index() < to.getDependent().index())) continue;
            boolean agent = on.word().equalsIgnoreCase("by");
            if (agent && !isPassive(g, verb)) continue;
            g.removeEdge(clause);
            g.removeEdge(prep);
            g.removeEdge(subject);
            g.addEdge(verb, addressee, agent ? UniversalEnglishGrammaticalRelations.AGENT
                    : enhanced ? UniversalEnglishGrammaticalRelations.getObl(on.word().toLowerCase())
                    : UniversalEnglishGrammaticalRelations.OBLIQUE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(addressee, on, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, infinitive, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            // The one called on is the one to act: "called on Ruto to resign" (object control).
            if (enhanced && !agent) {
                g.addEdge(infinitive, addressee, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                        Double.NEGATIVE_INFINITY, false);
            }
            repaired++;
        }
        return repaired;
    }

    private static boolean isPassive(SemanticGraph g, IndexedWord verb) {
        return GraphEdges.hasOutgoing(g, verb, r -> r.equals("aux:pass") || r.startsWith("nsubj:pass"));
    }
}
