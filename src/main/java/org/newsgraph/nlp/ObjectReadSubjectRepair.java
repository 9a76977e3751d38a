package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "the Kremlin said President Vladimir Putin had spoken by telephone with Japarov": with no
 * "that", CoreNLP may read the name after the verb as its object and hang the following clause
 * as an unlabelled {@code dep} with no subject. A verb's object followed at once by an auxiliary
 * whose verb has no subject and hangs as {@code dep} of the same verb is that clause's subject,
 * and the clause is the verb's complement.
 * The same misreading turns "Ottawa told reporters the decision was unfair" upside down: the
 * predicate becomes the root with the reporting verb as its clausal subject ({@code csubj}). A
 * verb whose object is followed at once by the copula or auxiliary of the predicate it is
 * clausal subject of says that predicate: the object is the predicate's subject, the verb the root.
 * So does a conjunct of that verb ("denounced the duties and said China would take measures").
 */
final class ObjectReadSubjectRepair {
    private ObjectReadSubjectRepair() {}

    /** Repairs the graph in place; returns how many clauses it re-attached. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge dep : List.copyOf(g.edgeListSorted())) {
            if (!dep.getRelation().toString().equals("dep")) continue;
            IndexedWord verb = dep.getGovernor(), clause = dep.getDependent();
            if (!verb.tag().startsWith("VB") || !clause.tag().startsWith("VB") || clause.index() < verb.index()) continue;
            if (GraphEdges.hasOutgoing(g, clause, r -> r.startsWith("nsubj"))) continue;
            if (reattach(g, verb, clause, dep)) repaired++;
        }
        for (SemanticGraphEdge csubj : List.copyOf(g.edgeListSorted())) {
            if (!csubj.getRelation().toString().equals("csubj")) continue;
            IndexedWord clause = csubj.getGovernor(), verb = csubj.getDependent();
            if (!verb.tag().startsWith("VB") || clause.index() < verb.index() || !g.getRoots().contains(clause)) continue;
            if (GraphEdges.hasOutgoing(g, clause, r -> r.startsWith("nsubj"))) continue;
            // "A spokeswoman denounced the duties and said China would take measures": the
            // reporting verb may be a later conjunct of the clausal subject.
            List<IndexedWord> reporters = reportersOf(g, verb, clause);
            for (IndexedWord reporter : reporters) {
                if (!reattach(g, reporter, clause, csubj)) continue;
                // Enhanced++ copies the clausal subject to each conjunct; none of them is one now.
                for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(clause))) {
                    if (e.getRelation().toString().equals("csubj") && reporters.contains(e.getDependent())) g.removeEdge(e);
                }
                g.setRoot(verb);
                repaired++;
                break;
            }
        }
        return repaired;
    }

    /** The verb itself, then its verb conjuncts that stand before {@code clause}. */
    private static List<IndexedWord> reportersOf(SemanticGraph g, IndexedWord verb, IndexedWord clause) {
        List<IndexedWord> reporters = new java.util.ArrayList<>(List.of(verb));
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            IndexedWord w = e.getDependent();
            if (e.getRelation().toString().startsWith("conj") && w.tag().startsWith("VB") && w.index() < clause.index()) reporters.add(w);
        }
        return reporters;
    }

    /**
     * If the verb's object stands before {@code clause} and is followed at once by the clause's
     * auxiliary or copula, makes the object the clause's subject and the clause the verb's
     * complement, dropping {@code misread} (the edge that joined them wrongly); false if not.
     */
    private static boolean reattach(SemanticGraph g, IndexedWord verb, IndexedWord clause, SemanticGraphEdge misread) {
        SemanticGraphEdge object = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) if (e.getRelation().toString().equals("obj")) object = e;
        if (object == null || object.getDependent().index() > clause.index()) return false;
        if (!isAuxiliaryOf(g, GraphEdges.lastIndexOf(g, object.getDependent()) + 1, clause)) return false;
        g.removeEdge(object);
        g.removeEdge(misread);
        g.addEdge(clause, object.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
        g.addEdge(verb, clause, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
        return true;
    }

    private static boolean isAuxiliaryOf(SemanticGraph g, int index, IndexedWord clause) {
        IndexedWord w = g.getNodeByIndexSafe(index);
        if (w == null) return false;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (e.getGovernor().equals(clause) && (rel.startsWith("aux") || rel.equals("cop"))) return true;
        }
        return false;
    }
}
