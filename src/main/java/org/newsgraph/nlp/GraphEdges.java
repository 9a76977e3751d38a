package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.function.Predicate;

/** Questions the parser repairs ask of a word: its edges (by the relation written out in full: "obj", "aux:pass", "obl:on"), its phrase's extent, whether it is a relative pronoun. */
final class GraphEdges {
    private GraphEdges() {}

    static boolean hasOutgoing(SemanticGraph g, IndexedWord w, Predicate<String> relation) {
        return outgoing(g, w, relation) != null;
    }

    /** The first edge out of {@code w} whose relation passes the test, or null. */
    static SemanticGraphEdge outgoing(SemanticGraph g, IndexedWord w, Predicate<String> relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) if (relation.test(e.getRelation().toString())) return e;
        return null;
    }

    /** "which", "who", "that" as the tagger marks a relative pronoun (WDT, WP). */
    static boolean isRelativePronoun(IndexedWord w) {
        return w.tag().equals("WDT") || w.tag().equals("WP");
    }

    /** The index of the leftmost word of the phrase {@code head} heads. */
    static int firstIndexOf(SemanticGraph g, IndexedWord head) {
        int first = head.index();
        for (IndexedWord w : g.descendants(head)) first = Math.min(first, w.index());
        return first;
    }

    /** The index of the rightmost word of the phrase {@code head} heads. */
    static int lastIndexOf(SemanticGraph g, IndexedWord head) {
        int last = head.index();
        for (IndexedWord w : g.descendants(head)) last = Math.max(last, w.index());
        return last;
    }

    /**
     * Hangs {@code noun} on {@code governor} as a phrase its {@code preposition} marks: obl on a
     * verb, nmod on a noun, labelled with the preposition in the enhanced graph ("obl:for").
     */
    static void attachPrepositional(SemanticGraph g, IndexedWord governor, IndexedWord noun, IndexedWord preposition, boolean enhanced) {
        String p = preposition.word().toLowerCase();
        boolean verb = governor.tag().startsWith("VB");
        g.addEdge(governor, noun, verb
                ? (enhanced ? UniversalEnglishGrammaticalRelations.getObl(p) : UniversalEnglishGrammaticalRelations.OBLIQUE_MODIFIER)
                : (enhanced ? UniversalEnglishGrammaticalRelations.getNmod(p) : UniversalEnglishGrammaticalRelations.NOMINAL_MODIFIER),
                Double.NEGATIVE_INFINITY, false);
        g.addEdge(noun, preposition, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
    }

    /** The enhanced graph states the subject a conjunct shares: gives {@code conjunct} the subjects of {@code verb}. */
    static void shareSubjects(SemanticGraph g, IndexedWord verb, IndexedWord conjunct) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().getShortName().equals("nsubj")) {
                g.addEdge(conjunct, e.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            }
        }
    }

    /**
     * The first word above {@code start}, within {@code maxSteps} steps up the edges whose relation
     * (full name) {@code via} accepts (the last such edge at each word), that {@code found} accepts;
     * null when the climb ends before one.
     */
    static IndexedWord ancestor(SemanticGraph g, IndexedWord start, int maxSteps, Predicate<String> via, Predicate<IndexedWord> found) {
        IndexedWord current = start;
        for (int step = 0; step < maxSteps; step++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(current)) if (via.test(in.getRelation().toString())) up = in;
            if (up == null) return null;
            current = up.getGovernor();
            if (found.test(current)) return current;
        }
        return null;
    }

    /** The edge by which {@code w} hangs on its governor with this relation (short name), or null. */
    static SemanticGraphEdge incomingEdge(SemanticGraph g, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) if (e.getRelation().getShortName().equals(relation)) return e;
        return null;
    }

    static boolean hasIncoming(SemanticGraph g, IndexedWord w, Predicate<String> relation) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) if (relation.test(e.getRelation().toString())) return true;
        return false;
    }

    /** The relation of an "and" conjunct: conj:and in the enhanced graphs, plain conj in the basic one. */
    static GrammaticalRelation andConjunct(boolean enhanced) {
        return enhanced ? UniversalEnglishGrammaticalRelations.getConj("and") : UniversalEnglishGrammaticalRelations.CONJUNCT;
    }
}
