package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "Britain pledged 20 million pounds in emergency aid and the European Union announced 15
 * million euros": CoreNLP may coordinate the sum with the next clause's subject ("20 million pounds
 * and the European Union") and make that pair the subject of the second verb, which becomes the
 * first verb's clausal complement, so "pledged" loses its object. A sum or a counted noun cannot be
 * the subject a name is coordinated with when the verb before it has no object: the sum is that
 * verb's object, the name alone the second verb's subject, and the two verbs are coordinated.
 */
final class CoordinatedSubjectRepair {
    private CoordinatedSubjectRepair() {}

    /** Repairs the graph in place; returns how many clauses it re-attached. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge ccomp : List.copyOf(g.edgeListSorted())) {
            if (!ccomp.getRelation().toString().equals("ccomp")) continue;
            IndexedWord first = ccomp.getGovernor(), second = ccomp.getDependent();
            if (!first.tag().startsWith("VB") || !second.tag().startsWith("VB") || second.index() < first.index()) continue;
            if (GraphEdges.hasOutgoing(g, first, r -> r.equals("obj")) || GraphEdges.hasOutgoing(g, second, r -> r.equals("mark"))) continue;
            SemanticGraphEdge subject = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(second)) {
                if (e.getRelation().toString().equals("nsubj") && isQuantity(g, e.getDependent())) subject = e;
            }
            if (subject == null) continue;
            IndexedWord sum = subject.getDependent();
            if (sum.index() < first.index()) continue;
            SemanticGraphEdge conj = GraphEdges.outgoing(g, sum, r -> r.startsWith("conj"));
            if (conj == null || conj.getDependent().index() > second.index() || !conj.getDependent().tag().startsWith("NNP")) continue;
            IndexedWord name = conj.getDependent();
            SemanticGraphEdge cc = GraphEdges.outgoing(g, name, r -> r.startsWith("cc"));

            g.removeEdge(ccomp);
            g.removeEdge(subject);
            g.removeEdge(conj);
            g.addEdge(first, sum, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            if (g.outgoingEdgeList(second).stream().noneMatch(e -> e.getDependent().equals(name) && e.getRelation().toString().startsWith("nsubj"))) {
                g.addEdge(second, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            }
            GrammaticalRelation conjunct = enhanced && cc != null
                    ? UniversalEnglishGrammaticalRelations.getConj(cc.getDependent().word().toLowerCase())
                    : UniversalEnglishGrammaticalRelations.CONJUNCT;
            g.addEdge(first, second, conjunct, Double.NEGATIVE_INFINITY, false);
            if (cc != null) {
                g.removeEdge(cc);
                g.addEdge(second, cc.getDependent(), cc.getRelation(), Double.NEGATIVE_INFINITY, false);
            }
            repaired++;
        }
        return repaired;
    }

    /** A sum of money ("20 million pounds") or a counted noun ("two cargo planes"). */
    private static boolean isQuantity(SemanticGraph g, IndexedWord noun) {
        return noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP")
                && ("MONEY".equals(noun.ner()) || GraphEdges.hasOutgoing(g, noun, r -> r.equals("nummod")));
    }
}
