package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldScore.EventResult;
import org.newsgraph.eval.GoldScore.MissReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.eval.FakeGraph.ID;
import static org.newsgraph.eval.SeedGraphs.COLOMBIA;
import static org.newsgraph.eval.SeedGraphs.PETRO;
import static org.newsgraph.eval.SeedGraphs.TRUMP;
import static org.newsgraph.eval.SeedGraphs.US;

class GoldScorerTest {
    private final GoldScorer scorer = new GoldScorer();

    static GoldFile seedGold() {
        try (InputStream in = GoldScorerTest.class.getResourceAsStream("/eval/seed/seed.gold.json")) {
            return GoldFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static EventResult event(GoldScore score, String id) {
        return score.events().stream().filter(e -> e.gold().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsTheSeedGoldFile() {
        GoldFile gold = seedGold();
        assertEquals("seed", gold.id());
        assertEquals(6, gold.entities().size());
        assertEquals(10, gold.events().size());
        assertEquals(5, gold.relations().size());
        assertEquals(3, gold.negatives().size());
        assertEquals("Q22686", gold.entity("trump").wikidata());
        assertEquals("trump", gold.events().get(5).attributedTo());
        assertNull(gold.entity("latin-america").wikidata());
        assertEquals("asserted", gold.negatives().get(2).modality());
    }

    @Test
    void goldFileWithUnknownEntityKeyFailsLoudly() {
        String json = "{\"id\":\"x\",\"entities\":[],\"events\":[{\"id\":\"e1\",\"cameo\":[\"01\"],\"actor\":\"nobody\"}]}";
        assertThrows(IllegalArgumentException.class, () -> GoldFile.parse(json));
    }

    @Test
    void perfectSystemScoresOne() {
        GoldScore score = scorer.score(seedGold(), SeedGraphs.perfect());
        assertEquals(new Fraction(6, 6), score.entityRecall());
        assertEquals(new Fraction(10, 10), score.eventRecall());
        assertEquals(new Fraction(10, 10), score.eventPrecision());
        assertEquals(1.0, score.modalityAccuracy().value());
        assertEquals(1.0, score.attributionAccuracy().value());
        assertEquals(1.0, score.timeAccuracy().value());
        assertEquals(new Fraction(5, 5), score.relationRecall());
        assertEquals(new Fraction(0, 3), score.negativesHit());
    }

    @Test
    void emptyGraphFindsNothing() {
        GoldScore score = scorer.score(seedGold(), GraphRows.empty());
        assertEquals(new Fraction(0, 6), score.entityRecall());
        assertEquals(new Fraction(0, 10), score.eventRecall());
        assertEquals(0.0, score.eventPrecision().value());
        assertTrue(score.events().stream().allMatch(e -> e.missReason() == MissReason.NO_EVENT_OF_TYPE));
    }

    @Test
    void swappedRolesMissDirectedEventsButMatchSymmetricConsult() {
        GoldScore score = scorer.score(seedGold(), SeedGraphs.swapped());
        assertEquals(new Fraction(1, 10), score.eventRecall());
        assertTrue(event(score, "e2").found(), "041 (discuss by telephone) is symmetric");
        assertEquals(MissReason.WRONG_ACTOR_AND_TARGET, event(score, "e1").missReason());
        assertEquals(new Fraction(1, 10), score.eventPrecision());
    }

    @Test
    void wrongTargetAndWrongActorAreTold() {
        GraphRows rows = SeedGraphs.entities()
                .event(ID + "event/a", "111", TRUMP, US, null, "asserted", null, 5)       // e5 wants target Colombia
                .event(ID + "event/b", "070", COLOMBIA, COLOMBIA, null, "asserted", null, 15) // e10 wants actor US
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertEquals(MissReason.WRONG_TARGET, event(score, "e5").missReason());
        assertEquals(MissReason.WRONG_ACTOR, event(score, "e10").missReason());
    }

    @Test
    void theRightPartiesUnderAnotherCodeAreToldApart() {
        GraphRows rows = SeedGraphs.entities()
                .event(ID + "event/a", "020", TRUMP, COLOMBIA, null, "asserted", null, 5)  // e5 wants 111
                .event(ID + "event/b", "070", COLOMBIA, US, null, "asserted", null, 14)    // e10 is in sentence 15
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertEquals(MissReason.OTHER_TYPE_SAME_PARTIES, event(score, "e5").missReason());
        assertEquals(MissReason.NO_EVENT_OF_TYPE, event(score, "e10").missReason());
    }

    @Test
    void visitMatchesHostingWithRolesSwapped() {
        // "Petro will visit Trump" (042, planned) is the invitation's hosting (043) seen from the guest.
        GraphRows visit = SeedGraphs.entities()
                .event(ID + "event/visit", "042", PETRO, TRUMP, "2026-01-07", "planned", null, 1).rows();
        GoldScore score = scorer.score(seedGold(), visit);
        EventResult e1 = event(score, "e1");
        assertEquals(ID + "event/visit", e1.matchedEvent());
        assertFalse(e1.modalityCorrect(), "gold says asserted");
        assertEquals(new Fraction(0, 3), score.negativesHit());

        // hosting with the guest as host is not the invitation
        GraphRows wrongHost = SeedGraphs.entities()
                .event(ID + "event/host", "043", PETRO, TRUMP, null, "asserted", null, 1).rows();
        assertFalse(event(scorer.score(seedGold(), wrongHost), "e1").found());

        // Trump hosting Petro matches directly
        GraphRows host = SeedGraphs.entities()
                .event(ID + "event/host", "043", TRUMP, PETRO, null, "asserted", null, 1).rows();
        assertTrue(event(scorer.score(seedGold(), host), "e1").found());
    }

    @Test
    void assertedVisitHitsNegativeAndEarnsNothing() {
        GraphRows rows = SeedGraphs.entities()
                .event(ID + "event/visit", "042", PETRO, TRUMP, null, "asserted", null, 1).rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertEquals(new Fraction(1, 3), score.negativesHit());
        assertEquals(MissReason.EVENT_HITS_NEGATIVE, event(score, "e1").missReason());
        assertEquals(new Fraction(0, 1), score.eventPrecision());
    }

    @Test
    void negativeHitCountsAgainstPrecision() {
        GraphRows rows = SeedGraphs.entities()
                .event(ID + "event/attack", "190", US, COLOMBIA, null, "asserted", null, 3)  // n1: only hinted at
                .event(ID + "event/sanction", "163", US, COLOMBIA, null, "hedged", null, 3)  // hedged: allowed
                .event(ID + "event/threat", "138", TRUMP, COLOMBIA, null, "asserted", null, 3)
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertEquals(new Fraction(1, 3), score.negativesHit());
        assertTrue(score.negatives().get(0).hit());
        assertEquals(ID + "event/attack", score.negatives().get(0).hitBy().get(0));
        assertFalse(score.negatives().get(1).hit());
        assertEquals(new Fraction(1, 3), score.eventPrecision());
        assertTrue(event(score, "e4").found());
    }

    @Test
    void matchingIsOneToOne() {
        // 036 (express intent to meet) fits e1 (036) and e6 (root 03): it can count only once.
        GraphRows one = SeedGraphs.entities()
                .event(ID + "event/x", "036", TRUMP, PETRO, null, "asserted", null, 1).rows();
        GoldScore score = scorer.score(seedGold(), one);
        assertEquals(new Fraction(1, 10), score.eventRecall());
        assertEquals(new Fraction(1, 1), score.eventPrecision());
        assertEquals(MissReason.EVENT_USED_FOR_OTHER_GOLD, event(score, "e6").missReason());

        // with a second event only e6 accepts, both gold events are found
        GraphRows two = SeedGraphs.entities()
                .event(ID + "event/x", "036", TRUMP, PETRO, null, "asserted", null, 8)
                .event(ID + "event/y", "019", TRUMP, PETRO, null, "asserted", TRUMP, 8).rows();
        GoldScore both = scorer.score(seedGold(), two);
        assertTrue(event(both, "e1").found());
        assertTrue(event(both, "e6").found());
        assertEquals(ID + "event/x", event(both, "e1").matchedEvent());
    }

    @Test
    void sameEventOverSeveralRowsCountsOnce() {
        GraphRows rows = SeedGraphs.entities()
                .event(new EventRow(ID + "event/x", "036", TRUMP, "Trump", PETRO, "Petro", "2026-01-07", "asserted", null, null, 1, null, null))
                .event(new EventRow(ID + "event/x", "036", TRUMP, "Donald Trump", PETRO, "Gustavo Petro", "2026-01-07", "asserted", null, null, 1, null, null))
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertEquals(1, score.extractedEvents());
        assertEquals(new Fraction(1, 1), score.eventPrecision());
        assertTrue(event(score, "e1").timeCorrect());
    }

    @Test
    void labelsMatchWithoutAccentsOrCase() {
        String bogota = ID + "entity/city/bogota";
        GraphRows rows = new FakeGraph()
                .entity(bogota, "City", null, "BOGOTA")
                .entity(ID + "entity/usa", "Country", null, "Washington")
                .event(ID + "event/w", "051", bogota, ID + "entity/usa", null, "asserted", null, 11)
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertTrue(score.entities().stream().filter(e -> e.gold().key().equals("colombia")).findFirst().orElseThrow().found());
        assertTrue(event(score, "e8").found());
    }

    @Test
    void timeIsAPrefixMatchAndNullWantsNoTime() {
        GraphRows rows = SeedGraphs.entities()
                .event(ID + "event/x", "036", TRUMP, PETRO, "2026-01-07T15:00", "asserted", null, 1)
                .event(ID + "event/y", "041", TRUMP, PETRO, "2026-01-07", "asserted", null, 1)
                .event(ID + "event/z", "051", TRUMP, PETRO, "2026-01", "asserted", null, 2)
                .rows();
        GoldScore score = scorer.score(seedGold(), rows);
        assertTrue(event(score, "e1").timeCorrect());
        assertFalse(event(score, "e2").timeCorrect(), "gold time is null");
        assertFalse(event(score, "e3").timeCorrect(), "less precise than gold 2026-01-07");
    }

    @Test
    void relationNeedsListedPropertyOrWhatWords() {
        GoldFile gold = seedGold();
        GoldFile.Relation presidentOf = gold.relations().get(0);
        GoldFile.Relation ally = gold.relations().get(2);
        RelationRow headOfState = new RelationRow(PETRO, null, SeedGraphs.NG + "headOfStateOf", "head of state of",
                "http://www.wikidata.org/prop/direct/P35", COLOMBIA, null, 1);
        RelationRow allyOf = new RelationRow(COLOMBIA, null, SeedGraphs.NG + "allyOf", null, null, US, null, 6);
        RelationRow memberOf = new RelationRow(COLOMBIA, null, SeedGraphs.NG + "memberOf", "member of", "P463", US, null, 6);
        assertTrue(GoldScorer.propertyFits(headOfState, presidentOf));
        assertTrue(GoldScorer.propertyFits(allyOf, ally), "label from the property name");
        assertFalse(GoldScorer.propertyFits(memberOf, ally));
        assertFalse(GoldScorer.propertyFits(memberOf, presidentOf));
    }
}
