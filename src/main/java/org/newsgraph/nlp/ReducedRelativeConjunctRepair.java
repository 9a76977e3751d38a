package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Mends "Human Rights Watch urged Aliyev to free 20 journalists jailed in Azerbaijan and called on
 * Mirziyoyev to raise the issue": CoreNLP joins "called" to the participle "jailed" that describes
 * the journalists, so the appeal has no subject. A participle modifying a noun (a reduced
 * relative, or the small clause CoreNLP may make of it under a non-finite verb) cannot be
 * coordinated with a finite past that has no subject of its own, so that past becomes the
 * conjunct of the finite verb the noun's clause hangs on, sharing its subject.
 */
final class ReducedRelativeConjunctRepair {
    /** How far up from the noun the finite verb may be ("urged Aliyev to free journalists": two steps). */
    private static final int MAX_CLIMB = 4;
    /** The relations (short names) climbed from the noun to its verb. */
    private static final java.util.Set<String> CLIMBED = java.util.Set.of("obj", "iobj", "obl", "xcomp", "ccomp");

    private ReducedRelativeConjunctRepair() {}

    /** Repairs the graph in place; returns how many conjuncts it moved. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge conj : List.copyOf(g.edgeListSorted())) {
            if (!conj.getRelation().getShortName().equals("conj")) continue;
            IndexedWord participle = conj.getGovernor(), past = conj.getDependent();
            if (!participle.tag().equals("VBN") || !past.tag().equals("VBD") || past.index() < participle.index()) continue;
            if (GraphEdges.hasOutgoing(g, past, r -> r.startsWith("aux") || r.equals("cop")) || hasOwnSubject(g, past, participle)) continue;
            if (GraphEdges.hasOutgoing(g, participle, r -> r.startsWith("aux"))) continue;
            // "journalists jailed in Azerbaijan": on its noun, or read as a small clause of the verb above.
            SemanticGraphEdge relative = GraphEdges.incomingEdge(g, participle, "acl");
            SemanticGraphEdge small = GraphEdges.incomingEdge(g, participle, "ccomp");
            if (relative == null && (small == null || !small.getGovernor().tag().matches("VB[GN]?"))) continue;
            IndexedWord finite = finiteVerbAbove(g, relative != null ? relative.getGovernor() : participle);
            if (finite == null || finite.index() > participle.index()) continue;
            g.removeEdge(conj);
            // The enhanced graph gave the past the participle's subject ("journalists ... called"): not its own.
            for (SemanticGraphEdge subject : List.copyOf(g.outgoingEdgeList(past))) {
                if (subject.getRelation().getShortName().startsWith("nsubj")) g.removeEdge(subject);
            }
            g.addEdge(finite, past, GraphEdges.andConjunct(enhanced && conj.getRelation().getSpecific() != null),
                    Double.NEGATIVE_INFINITY, false);
            if (enhanced) GraphEdges.shareSubjects(g, finite, past);
            repaired++;
        }
        return repaired;
    }

    /** Has the past a subject other than the one the enhanced graph copied from the participle? */
    private static boolean hasOwnSubject(SemanticGraph g, IndexedWord past, IndexedWord participle) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(past)) {
            if (!e.getRelation().getShortName().startsWith("nsubj")) continue;
            boolean copied = g.outgoingEdgeList(participle).stream()
                    .anyMatch(x -> x.getRelation().getShortName().startsWith("nsubj") && x.getDependent().equals(e.getDependent()));
            if (!copied) return true;
        }
        return false;
    }

    /** The nearest finite verb (VBD, VBZ, VBP) above the noun, through objects, obliques and complements, or null. */
    private static IndexedWord finiteVerbAbove(SemanticGraph g, IndexedWord noun) {
        return GraphEdges.ancestor(g, noun, MAX_CLIMB, rel -> CLIMBED.contains(rel.split(":")[0]), w -> w.tag().matches("VB[DZP]"));
    }
}
