package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "X welcomed the visit, a spokesman said": after analysis the visit is welcomed and the spokesman speaks. */
class TrailingReportRepairTest {
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
