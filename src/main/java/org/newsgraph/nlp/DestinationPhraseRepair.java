package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * Mends "summoned the EU's ambassador to Russia to lodge a protest": CoreNLP reads "to Russia to
 * lodge" as a for-less infinitive clause whose subject is Russia ("Russia to lodge", with two
 * markers "to"), so Russia became the one who lodges and the ambassador lost the country they
 * are posted to. An infinitive marked twice by "to", whose subject sits between the two, right
 * after a noun, is a noun's "to" phrase ("ambassador to Russia") followed by the infinitive.
 */
final class DestinationPhraseRepair {
    private DestinationPhraseRepair() {}

    /** Repairs the graph in place; returns how many phrases it re-attached. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (IndexedWord infinitive : List.copyOf(g.vertexSet())) {
            List<SemanticGraphEdge> marks = new ArrayList<>();
            SemanticGraphEdge subject = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(infinitive)) {
                String rel = e.getRelation().toString();
                if (rel.equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) marks.add(e);
                else if (rel.equals("nsubj")) subject = e;
            }
            if (marks.size() != 2 || subject == null) continue;
            marks.sort(java.util.Comparator.comparingInt(e -> e.getDependent().index()));
            IndexedWord to = marks.get(0).getDependent(), place = subject.getDependent();
            if (GraphEdges.firstIndexOf(g, place) != to.index() + 1 || place.index() > marks.get(1).getDependent().index()) continue;
            IndexedWord noun = g.getNodeByIndexSafe(to.index() - 1);
            if (noun == null || !noun.tag().startsWith("NN")) continue;
            g.removeEdge(marks.get(0));
            g.removeEdge(subject);
            GraphEdges.attachPrepositional(g, noun, place, to, enhanced);
            repaired++;
        }
        return repaired;
    }
}
