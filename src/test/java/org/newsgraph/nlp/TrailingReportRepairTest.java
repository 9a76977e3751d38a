package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.input.Article;

/** "X welcomed the visit, a spokesman said": after analysis the visit is welcomed and the spokesman speaks. */
class TrailingReportRepairTest {
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
    void theNounBeforeTheCommaIsTheObjectAndTheNounAfterItTheSpeaker() {
        // Raw CoreNLP 4.5.10 makes "the visit" the subject of "said" and the spokesman its apposition.
        SemanticGraph g = parse("Japan's prime minister welcomed the visit, a Japanese government spokesman said.");
        assertEquals("[nsubj:minister, obj:visit, parataxis:said, punct:.]", arcs(g, "welcomed"));
        assertEquals("[nsubj:spokesman]", arcs(g, "said"));
    }

    @Test
    void aSpeakerReadAsAnAppositionBecomesTheSubject() {
        // Raw: appos(border, Ibrahim) and dep(agreed, said) with no subject.
        SemanticGraph g = parse("Thailand and Cambodia agreed on Sunday to a ceasefire after days of fighting along their border, "
                + "Malaysian Prime Minister Anwar Ibrahim said after hosting talks in Kuala Lumpur.");
        assertEquals(true, arcs(g, "said").contains("nsubj:Ibrahim"), arcs(g, "said"));
        assertEquals(true, arcs(g, "agreed").contains("parataxis:said"), arcs(g, "agreed"));
    }

    @Test
    void aWellParsedReportIsLeftAlone() {
        SemanticGraph g = parse("Japan's prime minister welcomed the visit, a government spokesman said.");
        assertEquals("[ccomp:welcomed, nsubj:spokesman, punct:,, punct:.]", arcs(g, "said"));
        assertEquals("[nsubj:minister, obj:visit]", arcs(g, "welcomed"));
    }
}
