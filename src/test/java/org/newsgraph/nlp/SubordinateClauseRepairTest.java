package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "after talks collapsed": a subordinator with a noun and a verb opens a clause, not a phrase of the main verb. */
class SubordinateClauseRepairTest {
    @Test
    void theNounAfterTheSubordinatorIsTheSubjectOfTheVerbLeftHanging() {
        // Raw CoreNLP 4.5.10: obl:after(called, talks), dep(called, collapsed).
        SemanticGraph g = parse("The Dock Workers Union called the 72-hour stoppage after talks with Bandari Logistics collapsed on Friday.");
        assertTrue(arcs(g, "collapsed").contains("nsubj:talks"), arcs(g, "collapsed"));
        assertTrue(arcs(g, "collapsed").contains("mark:after"), arcs(g, "collapsed"));
        assertTrue(arcs(g, "called").contains("advcl:after:collapsed"), arcs(g, "called"));
        assertFalse(arcs(g, "called").contains("obl:after:talks"), arcs(g, "called"));
    }

    @Test
    void aPhraseThatEndsTheClauseIsLeftAlone() {
        SemanticGraph g = parse("The union called the stoppage after talks with the operator on Friday.");
        assertTrue(arcs(g, "called").contains("obl:after:talks"), arcs(g, "called"));
    }
}
