package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "Iran, whose foreign minister Abbas Araghchi visited Yerevan last month, warned ...":
 * CoreNLP reads the title after "whose" as the relative clause's object and the name after it as
 * the subject, so the visit went to Iran's minister. A title before its verb is no object: it
 * describes the subject's name that follows it, as a compound, and the verb keeps its real object.
 * Only a word NER tags as a title moves: in "whose shares Vanguard sold" the shares are sold.
 */
final class WhoseTitleRepair {
    private WhoseTitleRepair() {}

    /** Repairs the graph in place; returns how many titles it moved. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge object : List.copyOf(g.edgeListSorted())) {
            if (!object.getRelation().toString().equals("obj")) continue;
            IndexedWord verb = object.getGovernor(), title = object.getDependent();
            if (title.index() > verb.index() || !"TITLE".equals(title.ner()) || !hasWhose(g, title)) continue;
            IndexedWord name = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                IndexedWord d = e.getDependent();
                if (e.getRelation().toString().equals("nsubj") && d.index() > title.index() && d.index() < verb.index()) name = d;
            }
            if (name == null || !name.tag().startsWith("NNP")) continue;
            g.removeEdge(object);
            g.addEdge(name, title, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /** Is "whose" right before the title and its modifiers ("whose foreign minister")? */
    private static boolean hasWhose(SemanticGraph g, IndexedWord title) {
        int k = title.index() - 1;
        while (k > 0 && g.getNodeByIndexSafe(k) != null && g.getChildren(title).contains(g.getNodeByIndexSafe(k))
                && !g.getNodeByIndexSafe(k).word().equalsIgnoreCase("whose")) k--;
        IndexedWord before = g.getNodeByIndexSafe(k);
        return before != null && before.word().equalsIgnoreCase("whose");
    }
}
