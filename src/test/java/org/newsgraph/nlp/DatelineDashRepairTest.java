package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A wire dateline set off by a plain hyphen is no argument of the story's first verb. */
class DatelineDashRepairTest {
    @Test
    void theCountryAfterAHyphenDatelineIsTheSubjectNotAnAppositionOfTheCity() {
        // Raw CoreNLP 4.5.10 tags the hyphen HYPH, makes "Algeria" an apposition of PARIS and PARIS the subject.
        SemanticGraph g = parse("PARIS, March 12 - Algeria recalled its ambassador from Mali on Wednesday.");
        assertTrue(arcs(g, "recalled").contains("nsubj:Algeria"), arcs(g, "recalled"));
        assertFalse(arcs(g, "recalled").contains("nsubj:PARIS"), arcs(g, "recalled"));
    }

    @Test
    void aNounTheParserHungOnTheDatelineTakesBackItsSubjectRole() {
        // Raw CoreNLP 4.5.10 (dash tagged ":") still makes CITY the subject and the court its apposition.
        SemanticGraph g = parse("PANAMA CITY, October 2 - Panama's Supreme Court on Wednesday struck down the concession.");
        assertTrue(arcs(g, "struck").contains("nsubj:Court"), arcs(g, "struck"));
        assertFalse(arcs(g, "struck").contains("nsubj:CITY"), arcs(g, "struck"));
    }

    @Test
    void aHyphenatedPlaceInCapitalsOpensADatelineToo() {
        SemanticGraph g = parse("PORT-AU-PRINCE, June 18 - Gunmen overran the police station on Sunday.");
        assertTrue(arcs(g, "overran").contains("nsubj:Gunmen"), arcs(g, "overran"));
    }

    @Test
    void anAgencyInBracketsBeforeTheHyphenStillClosesTheDateline() {
        // Raw CoreNLP 4.5.10: the dateline's city is the subject and the minister its apposition.
        SemanticGraph g = parse("BRUSSELS, March 4 (Reuters) - Dutch Defence Minister Ruben Brekelmans held talks with his Italian counterpart.");
        assertTrue(arcs(g, "held").contains("nsubj:Brekelmans"), arcs(g, "held"));
        assertFalse(arcs(g, "held").contains("nsubj:BRUSSELS"), arcs(g, "held"));
    }

    @Test
    void aSubjectTheReparseHangsOnTheDatelineAsABareDepTakesBackItsRole() {
        SemanticGraph g = parse("ACCRA, September 9 (Reuters) - Ghana's cocoa regulator, the Cocoa Marketing Board, suspended the permit of a trader.");
        assertTrue(arcs(g, "suspended").contains("nsubj:regulator"), arcs(g, "suspended"));
        assertFalse(arcs(g, "suspended").contains("nsubj:ACCRA"), arcs(g, "suspended"));
    }
}
