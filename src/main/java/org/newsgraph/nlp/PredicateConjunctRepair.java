package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Mends "Koskela called the sabotage \"almost certainly deliberate\" and accused Moscow of ...":
 * CoreNLP coordinates "accused" with the adjective that completes "called", so the accusation has
 * no subject and is lost. A finite verb cannot be the conjunct of a bare adjective, adverb or
 * participle ("almost certainly planned") that another verb governs; it is that verb's conjunct
 * and shares its subject. So is a verb after a comma, with an object of its own, that CoreNLP hangs
 * on such a predicate by "dep" or as its conjunct ("called the ruling \"politically motivated\",
 * accused Washington of ...").
 */
final class PredicateConjunctRepair {
    private PredicateConjunctRepair() {}

    /** Repairs the graph in place; returns how many conjuncts it moved. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge conj : List.copyOf(g.edgeListSorted())) {
            IndexedWord predicate = conj.getGovernor(), verb = conj.getDependent();
            boolean conjunct = conj.getRelation().getShortName().equals("conj");
            boolean listed = (conjunct || conj.getRelation().getShortName().equals("dep")) && isListedPredicate(g, verb);
            if (!conjunct && !listed) continue;
            if (!isBarePredicate(g, predicate) || !verb.tag().matches(listed ? "VB[DZN]" : "VB[DZ]")) continue;
            if (GraphEdges.hasOutgoing(g, verb, PredicateConjunctRepair::opensClause)) {
                // The enhanced graph may already have copied a subject onto it; only one after "and" is its own.
                if (!enhanced || ownSubject(g, verb, predicate)) continue;
            }
            IndexedWord governor = governingVerb(g, predicate);
            if (governor == null || governor.index() > predicate.index()) continue;

            g.removeEdge(conj);
            // The enhanced graph copied the adjective's own relation onto the conjunct ("advmod<-called"): undo it.
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(verb))) if (e.getGovernor().equals(governor)) g.removeEdge(e);
            g.addEdge(governor, verb, conjunct ? conj.getRelation() : GraphEdges.andConjunct(enhanced), Double.NEGATIVE_INFINITY, false);
            if (enhanced) GraphEdges.shareSubjects(g, governor, verb);
            repaired++;
        }
        return repaired;
    }

    /** An adjective or adverb, or a participle used as one ("called it \"almost certainly planned\""): no clause of its own. */
    private static boolean isBarePredicate(SemanticGraph g, IndexedWord w) {
        if (w.tag().matches("JJ.?|RB.?")) return true;
        return w.tag().equals("VBN") && !GraphEdges.hasOutgoing(g, w, r -> r.startsWith("nsubj") || r.startsWith("aux") || r.equals("obj"));
    }

    /** The verb the adjective or adverb completes or modifies, or null. */
    private static IndexedWord governingVerb(SemanticGraph g, IndexedWord predicate) {
        for (SemanticGraphEdge in : g.incomingEdgeList(predicate)) {
            String rel = in.getRelation().toString();
            boolean completes = rel.equals("advmod") || rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("ccomp") || rel.equals("dep");
            if (completes && in.getGovernor().tag().matches("VB[DZPN]?")) return in.getGovernor();
            // "called the ruling \"politically motivated\"": CoreNLP hangs the adjective on the object noun,
            // as a modifier or an unlabelled dependent after it.
            IndexedWord noun = in.getGovernor();
            if ((rel.equals("dep") || rel.equals("amod")) && noun.tag().startsWith("NN") && noun.index() < predicate.index()) {
                for (SemanticGraphEdge up : g.incomingEdgeList(noun)) {
                    if (up.getRelation().toString().equals("obj") && up.getGovernor().tag().matches("VB[DZ]")) return up.getGovernor();
                }
            }
        }
        return null;
    }

    private static boolean ownSubject(SemanticGraph g, IndexedWord verb, IndexedWord predicate) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (opensClause(rel) && e.getDependent().index() > predicate.index()) return true;
        }
        return false;
    }

    /**
     * "called the ruling \"politically motivated\", accused Washington of ...": a verb set after a
     * comma with an object of its own, which CoreNLP hung on the words before, is the next item of a
     * list of the subject's acts.
     */
    private static boolean isListedPredicate(SemanticGraph g, IndexedWord verb) {
        IndexedWord before = g.getNodeByIndexSafe(verb.index() - 1);
        return before != null && before.word().equals(",")
                && GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj") || r.startsWith("ccomp"));
    }

    /** A subject, an auxiliary or a copula: what a verb of a clause of its own has. */
    private static boolean opensClause(String relation) {
        return relation.startsWith("nsubj") || relation.startsWith("aux") || relation.equals("cop");
    }
}
