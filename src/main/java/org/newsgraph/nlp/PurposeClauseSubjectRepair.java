package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "Faisal telephoned Rajji to congratulate him": CoreNLP's enhanced graph gives every
 * infinitive after an object the object as its subject ({@code nsubj:xsubj}), as for "urged Rajji
 * to sign". After a verb of contact the infinitive is the caller's purpose: whoever telephones,
 * visits or meets someone "to congratulate", "to discuss" does that act, so the infinitive takes
 * the verb's own subject. Verbs that hand the act to their object ("invited", "urged", "sent
 * troops to guard") are not contact verbs and keep CoreNLP's reading.
 */
final class PurposeClauseSubjectRepair {
    /** Verbs of contact whose object does not do the infinitive's act. */
    private static final Set<String> CONTACT_VERBS = Set.of(
            "telephone", "phone", "call", "ring", "visit", "meet", "host", "receive", "contact", "write", "email", "text");

    private PurposeClauseSubjectRepair() {}

    /** Repairs the enhanced graph in place; returns how many infinitives it gave back to the caller. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("xcomp")) continue;
            IndexedWord verb = e.getGovernor(), infinitive = e.getDependent();
            if (!verb.tag().startsWith("VB") || !CONTACT_VERBS.contains(verb.lemma().toLowerCase())) continue;
            if (!GraphEdges.hasOutgoing(g, infinitive, r -> r.equals("mark"))) continue;
            SemanticGraphEdge object = GraphEdges.outgoing(g, verb, r -> r.equals("obj"));
            SemanticGraphEdge subject = GraphEdges.outgoing(g, verb, r -> r.equals("nsubj"));
            SemanticGraphEdge controlled = GraphEdges.outgoing(g, infinitive, r -> r.equals("nsubj:xsubj"));
            if (object == null || subject == null || controlled == null || !controlled.getDependent().equals(object.getDependent())) continue;
            g.removeEdge(controlled);
            g.addEdge(infinitive, subject.getDependent(), UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                    Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
