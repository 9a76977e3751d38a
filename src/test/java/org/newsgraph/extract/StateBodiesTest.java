package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.EntityNamesTest.entity;
import static org.newsgraph.extract.EntityNamesTest.facts;
import static org.newsgraph.extract.EntityNamesTest.labels;
import static org.newsgraph.extract.EntityNamesTest.mentionTexts;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "parliament" or "foreign ministry" with no name around it is a country's body, a government body
 * of its own ({@link StateBodies}): whose, the words say ("the Turkish parliament", "Chile's foreign
 * ministry"), an earlier mention does ("the foreign ministry" again) or the article does (a story
 * about one country).
 */
class StateBodiesTest {

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

    @Test
    void aMinistryOwnedByACountryIsABodyOfItsOwnAndABareMentionLaterIsTheSameBody() {
        ArticleFacts facts = facts("state-body-ministry");
        Entity ministry = entity(facts, "Ministry of Foreign Affairs of Chile");
        assertNotNull(ministry, labels(facts).toString());
        assertEquals(EntityType.GovernmentBody, ministry.type());
        // the possessor stays a mention of Chile; the body is named by the words "foreign ministry"
        assertEquals(List.of("foreign ministry", "foreign ministry"), mentionTexts(facts, ministry));
        // "a Peruvian foreign ministry spokeswoman" is a person who speaks for Peru, not a second body
        assertNull(entity(facts, "Ministry of Foreign Affairs of Peru"), labels(facts).toString());
    }

    @Test
    void aMinistrysActIsItsStatesActThroughTheMinistryWhileAParliamentActsForItself() {
        ArticleFacts facts = facts("state-body-acts");
        Entity chile = entity(facts, "Chile");
        Entity ministry = entity(facts, "Ministry of Foreign Affairs of Chile");
        Event summons = event(facts, "114");
        assertEquals(chile.key(), summons.actorKey(), facts.events().toString());
        assertEquals(ministry.key(), summons.actingBodyKey(), "the graph keeps which body acted");
        Event condemnation = event(facts, "111");
        assertEquals(entity(facts, "Parliament of Chile").key(), condemnation.actorKey(), facts.events().toString());
        assertNull(condemnation.actingBodyKey());
        // a body the gazetteer knows acts for the state the gazetteer gives it
        assertEquals("Q30", event(facts, "02").actorKey(), facts.events().toString());
    }

    @Test
    void aNamedSpokespersonActsAsHimselfAndWorksForTheStateHisTitleNames() {
        ArticleFacts facts = facts("spokesperson-acts");
        Entity spokesman = entity(facts, "Oleg Varentsov");
        assertNotNull(spokesman, labels(facts).toString());
        Event accusation = event(facts, "112");
        assertEquals(spokesman.key(), accusation.actorKey(), "a named spokesman acts as himself: " + facts.events());
        assertNull(accusation.actingBodyKey());
        assertTrue(facts.relations().stream().anyMatch(r -> r.subjectKey().equals(spokesman.key())
                && r.property().equals("employedBy") && r.objectKey().equals("Q159")), "he speaks for Russia: " + facts.relations());
        Event criticism = event(facts, "111");
        assertEquals(entity(facts, "Sergey Lavrov").key(), criticism.actorKey(), "a minister is a principal: " + facts.events());
        assertNull(criticism.actingBodyKey());
    }

    private static Event event(ArticleFacts facts, String codePrefix) {
        return facts.events().stream().filter(e -> e.cameo().startsWith(codePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + codePrefix + " event in " + facts.events()));
    }
}
