package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.input.Article;

/** "X called on Y to do Z": after analysis Y is whom X called on, and Z what Y is to do. */
class PrepositionalObjectRepairTest {
    private static SemanticGraph parse(String sentence) {
        Article article = new Article("repair", sentence, LocalDate.parse("2026-10-07"), null, null, sentence);
        return CoreNlpAnalyzer.shared().analyze(article).document().sentences().get(0).dependencyParse();
    }

    private static String arcs(SemanticGraph g, String word) {
        TreeSet<String> out = new TreeSet<>();
        for (IndexedWord w : g.vertexSet()) {
            if (!w.word().equals(word)) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) out.add(e.getRelation() + ":" + e.getDependent().word());
        }
        return out.toString();
    }

    @Test
    void theAddresseeIsThePrepositionalObjectAndTheInfinitiveItsComplement() {
        // Raw CoreNLP 4.5.10: mark(show, on), nsubj(show, countries), advcl:to(called, show).
        SemanticGraph g = parse("UN Secretary-General Antonio Guterres called on both countries to show maximum restraint.");
        String called = arcs(g, "called");
        assertTrue(called.contains("obl:on:countries"), called);
        assertTrue(called.contains("xcomp:show"), called);
        assertEquals("[mark:to, obj:restraint]", arcs(g, "show"));
    }

    @Test
    void anInfinitiveOfPurposeIsLeftAlone() {
        SemanticGraph g = parse("The minister travelled to Paris on Monday to discuss trade.");
        assertTrue(arcs(g, "travelled").contains("advcl:to:discuss"), arcs(g, "travelled"));
    }
}
