package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A finite verb after "and" is no conjunct of the adjective or participle another verb's object is called. */
class PredicateConjunctRepairTest {
    @Test
    void aVerbAfterACalledParticipleIsTheCallingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(planned, accused), and "accused" has no subject.
        SemanticGraph g = parse("Finnish Defence Minister Antti Koskela called the sabotage \"almost certainly planned\" and accused Moscow of staging a series of attacks on Nordic pipelines.");
        assertTrue(arcs(g, "called").contains("conj:and:accused"), arcs(g, "called"));
        assertTrue(arcs(g, "accused").contains("nsubj:Koskela"), arcs(g, "accused"));
        assertFalse(arcs(g, "planned").contains("conj:and:accused"), arcs(g, "planned"));
    }

    @Test
    void aListedVerbAfterAQuotedPredicateIsTheCallingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: dep(motivated, accused/VBN), conj:and(hunting, demanded): neither verb has a subject.
        SemanticGraph g = parse("Russia's embassy in Madrid called the ruling \"politically motivated\", accused Washington of \"hunting Russian citizens around the world\" with the help of its allies and demanded renewed consular access to Sorokin.");
        assertTrue(arcs(g, "called").contains("conj:and:accused"), arcs(g, "called"));
        assertTrue(arcs(g, "accused").contains("nsubj:embassy"), arcs(g, "accused"));
        // The mixed-tense repair then takes the past verb out of the gerund's coordination.
        assertTrue(arcs(g, "accused").contains("conj:and:demanded"), arcs(g, "accused"));
        assertTrue(arcs(g, "demanded").contains("nsubj:embassy"), arcs(g, "demanded"));
    }

    @Test
    void coordinatedAdjectivesStayTogether() {
        SemanticGraph g = parse("The minister called the report \"biased and misleading\" on Monday.");
        assertTrue(arcs(g, "biased").contains("conj:and:misleading"), arcs(g, "biased"));
    }
}
