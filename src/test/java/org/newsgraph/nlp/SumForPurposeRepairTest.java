package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A sum of money asked for is the verb's "for" object, never the subject of the purpose clause after it. */
class SumForPurposeRepairTest {
    @Test
    void theSumIsWhatTheAppealIsForAndThePurposeClauseHasNoSubject() {
        // Raw CoreNLP 4.5.10: mark(feed, for), nsubj(feed, dollars), advcl:to(appealed, feed).
        SemanticGraph g = parse("The aid agency on Monday appealed for 300 million dollars to feed displaced families in the north.");
        assertTrue(arcs(g, "appealed").contains("obl:for:dollars"), arcs(g, "appealed"));
        assertFalse(arcs(g, "feed").contains("nsubj:dollars"), arcs(g, "feed"));
    }

    @Test
    void aPersonAskedToActKeepsTheForToClause() {
        SemanticGraph g = parse("The minister appealed for donors to send tents before the winter.");
        assertFalse(arcs(g, "appealed").contains("obl:for:donors"), arcs(g, "appealed"));
    }
}
