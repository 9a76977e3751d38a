package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends 'Google said it "respectfully disagrees" with the findings': a quotation mark after the
 * subject pronoun of a reported clause makes CoreNLP read the pronoun as the reporting verb's
 * object and leave the quoted verb subjectless (dep). A personal pronoun right before an opening
 * quote, with a subjectless verb after it hanging on the same verb, is that verb's subject, and the
 * verb is the reported clause (ccomp). Its conjuncts share the subject ("... and is considering").
 */
final class QuotedVerbSubjectRepair {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "he", "she", "they", "we", "i");

    private QuotedVerbSubjectRepair() {}

    /** Repairs the graph in place; returns how many clauses it mended. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge object : List.copyOf(g.edgeListSorted())) {
            if (!object.getRelation().toString().equals("obj")) continue;
            IndexedWord verb = object.getGovernor(), pronoun = object.getDependent();
            if (!SUBJECT_PRONOUNS.contains(pronoun.word().toLowerCase()) || !pronoun.tag().equals("PRP")) continue;
            IndexedWord quote = g.getNodeByIndexSafe(pronoun.index() + 1);
            if (quote == null || !(quote.tag().equals("``") || quote.word().equals("\""))) continue;
            SemanticGraphEdge clause = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                IndexedWord w = e.getDependent();
                String rel = e.getRelation().toString();
                if (w.index() > pronoun.index() && w.tag().startsWith("VB") && (rel.equals("dep") || rel.startsWith("parataxis"))
                        && !GraphEdges.hasOutgoing(g, w, r -> r.startsWith("nsubj"))) {
                    if (clause == null || w.index() < clause.getDependent().index()) clause = e;
                }
            }
            if (clause == null) continue;
            IndexedWord reported = clause.getDependent();
            g.removeEdge(object);
            g.removeEdge(clause);
            g.addEdge(verb, reported, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(reported, pronoun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (enhanced) {
                // The enhanced graph states a subject each conjunct shares; drop the copies of the misreading.
                for (SemanticGraphEdge conj : g.outgoingEdgeList(reported)) {
                    if (!conj.getRelation().toString().startsWith("conj")) continue;
                    IndexedWord other = conj.getDependent();
                    SemanticGraphEdge copied = g.getEdge(verb, other);
                    if (copied != null && copied.getRelation().toString().equals("dep")) g.removeEdge(copied);
                    if (!GraphEdges.hasOutgoing(g, other, r -> r.startsWith("nsubj"))) {
                        g.addEdge(other, pronoun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
                    }
                }
            }
            repaired++;
        }
        return repaired;
    }
}
