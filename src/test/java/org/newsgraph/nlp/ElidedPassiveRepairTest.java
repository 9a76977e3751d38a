package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A passive clause whose auxiliary is left out after "and" is a clause, not a modifier of the agent. */
class ElidedPassiveRepairTest {
    @Test
    void theNounBeforeTheParticipleIsItsPassiveSubject() {
        // Raw CoreNLP 4.5.10: conj(patrol, members), acl(patrol, detained): the crew do the boarding.
        SemanticGraph g = parse("Gabon summoned the envoy after three Gabonese fishing boats were boarded by an Equatoguinean navy patrol"
                + " and 14 crew members detained near the island, the ministry said.");
        assertTrue(arcs(g, "detained").contains("nsubj:pass:members"), arcs(g, "detained"));
        assertTrue(arcs(g, "boarded").contains("conj:and:detained"), arcs(g, "boarded"));
        assertFalse(arcs(g, "boarded").contains("obl:agent:members"), arcs(g, "boarded"));
        assertFalse(arcs(g, "patrol").contains("acl:detained"), arcs(g, "patrol"));
    }

    @Test
    void anAdjectiveReadingOfTheParticipleIsMendedToo() {
        // Raw CoreNLP 4.5.10: amod(police, injured), and the officers did the arresting.
        SemanticGraph g = parse("Twenty protesters had been arrested by police and six officers injured.");
        assertTrue(arcs(g, "injured").contains("nsubj:pass:officers"), arcs(g, "injured"));
        assertFalse(arcs(g, "arrested").contains("obl:agent:officers"), arcs(g, "arrested"));
    }

    @Test
    void aParticipleOnAnAgentWithNoConjunctIsLeftAlone() {
        SemanticGraph g = parse("The boats were boarded by sailors armed with rifles.");
        assertFalse(arcs(g, "armed").contains("nsubj:pass:sailors"), arcs(g, "armed"));
    }
}
