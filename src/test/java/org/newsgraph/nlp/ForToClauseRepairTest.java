package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A for-to clause with its own subject is what the verb asks for, not an adverbial. */
class ForToClauseRepairTest {
    @Test
    void aForToClauseIsTheVerbsComplement() {
        // Raw CoreNLP 4.5.10: advcl(called, released) with marks "for" and "to".
        SemanticGraph g = parse("Rome called for the crew to be released as quickly as possible.");
        assertTrue(arcs(g, "called").contains("ccomp:released"), arcs(g, "called"));
        assertTrue(arcs(g, "released").contains("nsubj:pass:crew"), arcs(g, "released"));
    }

    @Test
    void aPurposeInfinitiveWithoutItsOwnSubjectStaysAdverbial() {
        SemanticGraph g = parse("The minister travelled to Tunis to meet his counterpart.");
        assertFalse(arcs(g, "travelled").contains("ccomp:meet"), arcs(g, "travelled"));
    }
}
