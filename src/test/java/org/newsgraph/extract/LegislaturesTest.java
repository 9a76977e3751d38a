package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.EntityNamesTest.entity;
import static org.newsgraph.extract.EntityNamesTest.facts;
import static org.newsgraph.extract.EntityNamesTest.labels;
import static org.newsgraph.extract.EntityNamesTest.mentionTexts;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "parliament" with no name around it is a country's legislature, a government body of its own
 * ({@link Legislatures}): whose, the words say ("the Turkish parliament") or the article does (a
 * story about one country).
 */
class LegislaturesTest {

    @Test
    void aBareParliamentInAStoryAboutOneCountryIsThatCountrysLegislature() {
        ArticleFacts facts = facts("legislature-bare");
        Entity parliament = entity(facts, "Parliament of Moldova");
        assertNotNull(parliament, labels(facts).toString());
        assertEquals(EntityType.GovernmentBody, parliament.type());
        // the headline's title-case "Parliament" too, and never the British one the gazetteer calls "Parliament"
        assertEquals(List.of("Parliament", "parliament", "parliament"), mentionTexts(facts, parliament));
        assertTrue(facts.entities().stream().noneMatch(e -> "Q11010".equals(e.wikidata())), labels(facts).toString());
    }

    @Test
    void aDemonymBeforeParliamentSaysWhoseItIsAndBothNameTheBody() {
        ArticleFacts facts = facts("legislature-demonym");
        Entity parliament = entity(facts, "Parliament of Turkey");
        assertNotNull(parliament, labels(facts).toString());
        assertEquals(List.of("Turkish parliament"), mentionTexts(facts, parliament));
        assertTrue(mentionTexts(facts, entity(facts, "Turkey")).contains("Turkish"), "\"Turkish\" still names Turkey");
    }

    @Test
    void theGazetteersLegislatureOfTheCountryIsLinked() {
        ArticleFacts facts = facts("legislature-gazetteer");
        Entity parliament = entity(facts, "Parliament of the United Kingdom");
        assertNotNull(parliament, "\"Parliament\" in a story about Britain: " + labels(facts));
        assertEquals("Q11010", parliament.wikidata());
    }
}
