package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** ", and" + a noun phrase + the verb right after it is a clause of its own, even after a long reported clause. */
class StrandedClauseRepairTest {
    @Test
    void theNounBeforeAStrandedVerbIsItsSubject() {
        // Raw CoreNLP 4.5.10: conj:and(pave, minister), dep(pave, fly): the trip has no traveller.
        SemanticGraph g = parse("New Zealand said it was \"deeply concerned\" that the deal could pave the way for a permanent Chinese security presence in the region, and its Pacific minister, Claire Whitmore, will fly to Apia next week to seek assurances.");
        assertTrue(arcs(g, "fly").contains("nsubj:minister"), arcs(g, "fly"));
        assertTrue(arcs(g, "said").contains("conj:and:fly"), arcs(g, "said"));
        assertFalse(arcs(g, "pave").contains("conj:and:minister"), arcs(g, "pave"));
    }
}
