package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "condemned what it called X": X is what was condemned. */
class FreeRelativeNamingRepairTest {
    @Test
    void theNamedPhraseIsTheObjectOfTheVerb() {
        // Raw CoreNLP 4.5.10: ccomp(condemned, called), obj(called, what), obj(called, meddling).
        SemanticGraph g = parse("Sweden condemned what it called Belarus's \"reckless meddling\" in the vote.");
        String condemned = arcs(g, "condemned");
        assertTrue(condemned.contains("obj:meddling") && !condemned.contains("ccomp"), condemned);
        assertTrue(arcs(g, "meddling").contains("acl:relcl:called"), arcs(g, "meddling"));
    }

    @Test
    void aPhraseNamedWithAsIsTheObjectToo() {
        SemanticGraph g = parse("The union criticised what it described as the insurer's unfair pay offer.");
        String criticised = arcs(g, "criticised");
        assertTrue(criticised.contains("obj:offer"), criticised);
    }

    @Test
    void aReportedClauseIsLeftAlone() {
        SemanticGraph g = parse("Sweden said it called the ambassador in.");
        assertTrue(arcs(g, "said").contains("ccomp:called"), arcs(g, "said"));
    }
}
