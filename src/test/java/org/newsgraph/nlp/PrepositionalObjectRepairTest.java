package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "X called on Y to do Z": after analysis Y is whom X called on, and Z what Y is to do. */
class PrepositionalObjectRepairTest {
    @Test
    void theAddresseeIsThePrepositionalObjectAndTheInfinitiveItsComplement() {
        // Raw CoreNLP 4.5.10: mark(show, on), nsubj(show, countries), advcl:to(called, show).
        SemanticGraph g = parse("UN Secretary-General Antonio Guterres called on both countries to show maximum restraint.");
        String called = arcs(g, "called");
        assertTrue(called.contains("obl:on:countries"), called);
        assertTrue(called.contains("xcomp:show"), called);
        String show = arcs(g, "show");
        assertTrue(show.contains("obj:restraint") && show.contains("mark:to"), show);
        // The ones called on are the ones to show restraint.
        assertTrue(show.contains("nsubj:xsubj:countries"), show);
    }

    @Test
    void anInfinitiveOfPurposeIsLeftAlone() {
        SemanticGraph g = parse("The minister travelled to Paris on Monday to discuss trade.");
        assertTrue(arcs(g, "travelled").contains("advcl:to:discuss"), arcs(g, "travelled"));
    }

    @Test
    void aPassiveAgentBeforeAnInfinitiveIsTheAgent() {
        // Raw CoreNLP 4.5.10: mark(lead, by), nsubj(lead, Siemens), advcl:to(appointed, lead).
        SemanticGraph g = parse("Ferreira, who was appointed by Siemens to lead the unit, starts in May.");
        String appointed = arcs(g, "appointed");
        assertTrue(appointed.contains("obl:agent:Siemens"), appointed);
        assertTrue(appointed.contains("xcomp:lead"), appointed);
    }

    @Test
    void anActiveVerbDoesNotTakeAnAgent() {
        SemanticGraph g = parse("The rebels took the town by force to secure the road.");
        assertTrue(!arcs(g, "took").contains("obl:agent"), arcs(g, "took"));
    }
}
