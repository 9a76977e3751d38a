package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** An infinitive right after an owned noun of intent ("Russia's plan to take") is the noun's, not the main verb's. */
class InfinitiveOnActNounRepairTest {
    @Test
    void theInfinitiveHangsOnTheOwnedPlan() {
        // Raw CoreNLP 4.5.10: xcomp(examined, take), nsubj:xsubj(take, plan).
        SemanticGraph g = parse("Regulators examined Russia's plan to take control of the port.");
        assertTrue(arcs(g, "plan").contains("acl:to:take"), arcs(g, "plan"));
        assertFalse(arcs(g, "examined").contains("xcomp:take"), arcs(g, "examined"));
    }

    @Test
    void theInfinitiveOfANounInsideAPhraseMovesToo() {
        SemanticGraph g = parse("The Commission opened an inquiry into Lufthansa's plan to buy a stake in the airline.");
        assertTrue(arcs(g, "plan").contains("acl:to:buy"), arcs(g, "plan"));
    }

    @Test
    void anUnownedObjectOfIntentKeepsTheMainVerbsSubject() {
        SemanticGraph g = parse("The government made a decision to withdraw its troops.");
        assertFalse(arcs(g, "decision").contains("acl:to:withdraw"), arcs(g, "decision"));
    }
}
