package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends one systematic error of CoreNLP's neural dependency parser on news prose. In
 * "Tokyo welcomed the visit, a government spokesman said." it reads "the visit" as the subject
 * of "said", "a government spokesman" as an apposition of "the visit", and hangs "said" under
 * "welcomed" as its complement: the act loses its object and the speaker becomes the thing
 * said. The shape is unmistakable (subject before a comma, its "apposition" after it, the verb
 * right after the apposition, the whole clause attached under an earlier predicate), and it is
 * rewritten to the reading every reader makes: the noun before the comma is the object of the
 * earlier predicate, the noun after it is the subject, and the reporting clause is parataxis.
 */
final class TrailingReportRepair {
    private TrailingReportRepair() {}

    /** Repairs the graph in place; returns how many clauses it rewrote. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        return misreadSubjects(g) + strandedSpeakers(g);
    }

    /**
     * The second shape: "…ceasefire after four days of fighting along their border, Malaysian
     * Prime Minister Anwar Ibrahim said": the verb has no subject at all, the speaker right before
     * it hangs as an apposition of a noun before the comma. The speaker becomes the subject.
     */
    private static int strandedSpeakers(SemanticGraph g) {
        int repaired = 0;
        for (IndexedWord verb : List.copyOf(g.vertexListSorted())) {
            if (!verb.tag().matches("VB[DZP]") || firstEdge(g.outgoingEdgeList(verb), "nsubj") != null) continue;
            IndexedWord before = g.getNodeByIndexSafe(verb.index() - 1);
            if (before == null || !before.tag().startsWith("NN")) continue;
            SemanticGraphEdge appos = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(before)) {
                if (in.getRelation().getShortName().equals("appos") && in.getGovernor().index() < before.index()) appos = in;
            }
            if (appos == null || !commaBetween(g, appos.getGovernor().index(), before.index())) continue;
            SemanticGraphEdge attachment = clauseAttachment(g, verb, appos.getGovernor());
            if (attachment == null) continue;
            g.removeEdge(appos);
            g.removeEdge(attachment);
            g.addEdge(verb, before, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(attachment.getGovernor(), verb, UniversalEnglishGrammaticalRelations.PARATAXIS, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    private static int misreadSubjects(SemanticGraph g) {
        int repaired = 0;
        for (IndexedWord verb : List.copyOf(g.vertexListSorted())) {
            if (!verb.tag().matches("VB[DZP]")) continue;
            SemanticGraphEdge subject = firstEdge(g.outgoingEdgeList(verb), "nsubj");
            if (subject == null) continue;
            IndexedWord misreadObject = subject.getDependent();
            if (misreadObject.index() >= verb.index()) continue;
            SemanticGraphEdge appos = firstEdge(g.outgoingEdgeList(misreadObject), "appos");
            if (appos == null) continue;
            IndexedWord speaker = appos.getDependent();
            if (speaker.index() <= misreadObject.index() || speaker.index() >= verb.index()) continue;
            if (!commaBetween(g, misreadObject.index(), speaker.index())) continue;
            SemanticGraphEdge attachment = clauseAttachment(g, verb, misreadObject);
            if (attachment == null) continue;
            IndexedWord predicate = attachment.getGovernor();

            g.removeEdge(subject);
            g.removeEdge(appos);
            g.removeEdge(attachment);
            g.addEdge(verb, speaker, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(predicate, verb, UniversalEnglishGrammaticalRelations.PARATAXIS, Double.NEGATIVE_INFINITY, false);
            GrammaticalRelation role = predicate.tag().startsWith("VB") && firstEdge(g.outgoingEdgeList(predicate), "obj") == null
                    ? UniversalEnglishGrammaticalRelations.DIRECT_OBJECT
                    : GrammaticalRelation.DEPENDENT;
            g.addEdge(predicate, misreadObject, role, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /** The reporting clause hangs as a complement of a predicate before the misread noun. */
    private static SemanticGraphEdge clauseAttachment(SemanticGraph g, IndexedWord verb, IndexedWord misreadObject) {
        for (SemanticGraphEdge in : g.incomingEdgeList(verb)) {
            String rel = in.getRelation().getShortName();
            boolean complement = rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("dep") || rel.equals("advcl");
            if (complement && in.getGovernor().index() < misreadObject.index()) return in;
        }
        return null;
    }

    private static boolean commaBetween(SemanticGraph g, int from, int to) {
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() > from && w.index() < to && ",".equals(w.word())) return true;
        }
        return false;
    }

    private static SemanticGraphEdge firstEdge(List<SemanticGraphEdge> edges, String relation) {
        for (SemanticGraphEdge e : edges) if (e.getRelation().getShortName().equals(relation)) return e;
        return null;
    }
}
