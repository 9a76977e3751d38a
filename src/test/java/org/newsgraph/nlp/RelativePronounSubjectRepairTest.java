package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "The World Bank, which approved ...", "the union, which called a stayaway": the relative clause's verb has the noun as its subject. */
class RelativePronounSubjectRepairTest {
    @Test
    void aRelativePronounReadAsAppositionIntroducesTheNounsClause() {
        // Raw CoreNLP 4.5.10: appos(Bank, which), acl(which, approved), and approved has no subject.
        SemanticGraph g = parse("The Caribbean Bank, which approved 150 million dollars in emergency financing in December, said it would present a further package to its board in February.");
        assertTrue(arcs(g, "approved").contains("nsubj:Bank"), arcs(g, "approved"));
        assertTrue(arcs(g, "Bank").contains("acl:relcl:approved"), arcs(g, "Bank"));
        assertFalse(arcs(g, "Bank").contains("appos:which"), arcs(g, "Bank"));
    }

    @Test
    void aRelativePronounRightBeforeItsVerbIsNoObject() {
        // Raw CoreNLP 4.5.10: obj(called, Congress) in the enhanced graph, beside obj(called, stayaway).
        SemanticGraph g = parse("The protest was backed by the Malawi Congress of Trade Unions (MCTU), which called a two-day stayaway.");
        assertTrue(arcs(g, "called").contains("nsubj:Congress"), arcs(g, "called"));
        assertFalse(arcs(g, "called").contains("obj:Congress"), arcs(g, "called"));
    }

    @Test
    void anObjectRelativeKeepsItsObject() {
        SemanticGraph g = parse("The stayaway which the union called last week ended on Monday.");
        assertTrue(arcs(g, "called").contains("nsubj:union"), arcs(g, "called"));
    }

    @Test
    void aTrueRelativeClauseIsLeftAsParsed() {
        SemanticGraph g = parse("The bank, which is based in Washington, approved the loan on Monday.");
        assertTrue(arcs(g, "approved").contains("nsubj:bank"), arcs(g, "approved"));
    }
}
