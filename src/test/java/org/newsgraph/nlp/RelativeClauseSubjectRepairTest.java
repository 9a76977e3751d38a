package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A verb is never a nominal subject: the verb after "which" heads the relative clause, the main verb the sentence. */
class RelativeClauseSubjectRepairTest {
    @Test
    void theMainVerbTakesTheNounAsSubjectAndTheRelativeVerbHangsOnTheNoun() {
        // Raw CoreNLP 4.5.10: nsubj(pressed, chairs), acl:relcl(Philippines, pressed), root Philippines.
        SemanticGraph g = parse("The Philippines, which chairs ASEAN this year, has also pressed the bloc to conclude a code of conduct.");
        String pressed = arcs(g, "pressed");
        assertTrue(pressed.contains("nsubj:Philippines") && !pressed.contains("nsubj:chairs"), pressed);
        assertTrue(arcs(g, "Philippines").contains("acl:relcl:chairs"), arcs(g, "Philippines"));
        assertTrue(g.getFirstRoot().word().equals("pressed"), g.toString());
    }

    @Test
    void aWellFormedRelativeClauseIsLeftAlone() {
        SemanticGraph g = parse("Japan, which has its own dispute with China, called on both sides to show restraint.");
        assertTrue(arcs(g, "called").contains("nsubj:Japan"), arcs(g, "called"));
        assertTrue(arcs(g, "Japan").contains("acl:relcl:has"), arcs(g, "Japan"));
    }
}
