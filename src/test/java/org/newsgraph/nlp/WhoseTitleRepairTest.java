package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A title after "whose" describes the name after it; it is no object of the relative clause's verb. */
class WhoseTitleRepairTest {
    @Test
    void theTitleAfterWhoseDescribesTheSubjectsName() {
        // Raw CoreNLP 4.5.10: obj(visited, minister) beside obj(visited, Yerevan).
        SemanticGraph g = parse("Iran, whose foreign minister Abbas Araghchi visited Yerevan last month, warned Washington.");
        assertFalse(arcs(g, "visited").contains("obj:minister"), arcs(g, "visited"));
        assertTrue(arcs(g, "visited").contains("obj:Yerevan"), arcs(g, "visited"));
        assertTrue(arcs(g, "Araghchi").contains("compound:minister"), arcs(g, "Araghchi"));
    }

    @Test
    void aRealObjectBeforeItsVerbIsLeftAlone() {
        // "whose shares Vanguard sold": the shares are no title, so they stay what was sold.
        SemanticGraph g = parse("The company, whose shares Vanguard sold on Monday, fell sharply.");
        assertFalse(arcs(g, "Vanguard").contains("compound:shares"), arcs(g, "Vanguard"));
    }
}
