package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "ambassador to Russia to lodge": the first "to" phrase is the noun's, not the infinitive's subject. */
class DestinationPhraseRepairTest {
    @Test
    void theCountryAnEnvoyIsPostedToIsNoSubjectOfTheInfinitive() {
        // Raw CoreNLP 4.5.10: nsubj(lodge, Russia) with two mark "to".
        SemanticGraph g = parse("Moscow summoned the EU's ambassador to Russia to lodge a protest.");
        String ambassador = arcs(g, "ambassador");
        assertTrue(ambassador.contains("nmod:to:Russia"), ambassador);
        assertFalse(arcs(g, "lodge").contains("nsubj"), arcs(g, "lodge"));
    }

    @Test
    void aRealSubjectOfAForInfinitiveStays() {
        SemanticGraph g = parse("The ministry called for Russia to withdraw its troops.");
        assertFalse(arcs(g, "troops").contains("nmod:to"), arcs(g, "troops"));
    }
}
