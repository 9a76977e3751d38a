package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.query.FixtureStore.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each library query finds over the fixtures: the model example article
 * (Anna Berg invites Olaf Lind, 2026-03-09) and a second article (Karl Dahl says Lind may visit
 * Ruritania in May; Lind did not sign an agreement with Berg on 2026-04-14; Vestland accused
 * Ruritania in April). IRIs are written short: id:, ng:, wd:.
 */
class LibraryQueriesTest {
    private static final String FIRST_EVENT = "id:event/ruritania-talks/1";
    private static final String HEDGED_VISIT = "id:event/vestland-cools/1";
    private static final String NEGATED_SIGNING = "id:event/vestland-cools/2";
    private static final String ACCUSATION = "id:event/vestland-cools/3";
    private static final String ANNA_BERG = "id:entity/Q99990001";
    private static final String OLAF_LIND = "id:entity/person/olaf-lind";
    private static final String RURITANIA = "id:entity/Q99990002";
    private static final String VESTLAND = "id:entity/country/vestland";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsgraph.query.QueryLibraryTest#libraryQueries")
    void everyQueryRunsWithOnlyItsRequiredParameters(LibraryQuery query) {
        String[] required = query.parameters().stream().filter(QueryParameter::required)
                .flatMap(p -> java.util.stream.Stream.of(p.name(), sampleValue(p))).toArray(String[]::new);
        assertTrue(run(query.name(), required).size() > 0, query.name() + " found nothing over the fixtures");
    }

    /** A value under which each required parameter finds something in the fixtures. */
    private static String sampleValue(QueryParameter parameter) {
        return switch (parameter.name()) {
            case "speaker" -> "Karl Dahl";
            case "a" -> "Ruritania";
            case "b" -> "Vestland";
            case "type" -> "Person";
            case "fact" -> "https://w3id.org/newsgraph/id/event/ruritania-talks/1";
            default -> "Olaf Lind"; // entity, target, actor
        };
    }

    @Nested
    class TheEvaluationContract {
        @Test
        void entitiesListsEveryNameOfEveryEntity() {
            assertEquals(expected("entities"), run("entities").asTsvLines());
        }

        @Test
        void eventsListsEveryEventWithCodeModalityAndSentence() {
            assertEquals(expected("events"), run("events").asTsvLines());
        }

        @Test
        void relationsListsStatementsAndBothDirectionsOfABilateralRelationship() {
            // scoped to the second article: its evidence spans are all complete
            assertEquals(expected("relations-second-article"),
                    run("relations", "article", FixtureStore.SECOND_ARTICLE).asTsvLines());
        }
    }

    @Nested
    class Entities {
        @Test
        void anEntityTypedTwiceIsReportedWithItsMostSpecificClass() {
            assertEquals(List.of("ng:Company"), run("entities").where("label", "Nordline").stream()
                    .map(r -> r.get("type")).toList());
        }

        @Test
        void aTypeParameterIncludesItsSubclasses() {
            var organizations = run("entities", "type", "https://w3id.org/newsgraph/ontology#Organization");
            assertEquals(Set.of("Nordline"), Set.copyOf(organizations.column("label")));
            assertEquals(Set.of("ng:Company"), Set.copyOf(organizations.column("type")));
        }

        @Test
        void anArticleParameterKeepsTheEntitiesItMentions() {
            var firstArticle = run("entities", "article", FixtureStore.FIRST_ARTICLE);
            assertTrue(firstArticle.column("label").contains("Talmo"));
            assertTrue(firstArticle.column("label").contains("she"));
            var secondArticle = run("entities", "article", FixtureStore.SECOND_ARTICLE);
            assertTrue(!secondArticle.column("label").contains("Talmo"), "Talmo is only in the first article");
        }
    }

    @Nested
    class Events {
        @Test
        void theInvitationHasCameo036AndIsAsserted() {
            Map<String, String> invitation = run("events").where("event", FIRST_EVENT).get(0);
            assertEquals("036", invitation.get("cameo"));
            assertEquals("asserted", invitation.get("modality"));
            assertEquals("2026-03-09", invitation.get("time"));
            assertEquals(ANNA_BERG, invitation.get("attributedTo"));
            assertEquals("1", invitation.get("sentence"));
        }

        @Test
        void eventThemesGiveWhatWasSignedWithItsSpan() {
            var themes = run("event-themes");
            assertEquals(List.of(NEGATED_SIGNING), themes.column("event"));
            Map<String, String> signing = themes.get(0);
            assertEquals("the trade agreement", signing.get("theme"));
            assertEquals("150", signing.get("begin"));
            assertEquals("169", signing.get("end"));
            assertEquals("2", signing.get("sentence"));
            assertEquals("Olaf Lind", signing.get("actorLabel"));
            assertEquals(List.of(), run("event-themes", "cameo", "04").column("event"));
        }

        @Test
        void aCameoCodeMatchesItselfAndEveryCodeUnderIt() {
            assertEquals(List.of(FIRST_EVENT), run("events", "cameo", "036").column("event"));
            assertEquals(List.of(HEDGED_VISIT), run("events", "cameo", "04").column("event"));
            assertEquals(List.of(FIRST_EVENT, HEDGED_VISIT, NEGATED_SIGNING), run("events", "cameo", "0").column("event"));
        }

        @Test
        void fromAndToSelectStartDaysBothInclusive() {
            assertEquals(List.of(NEGATED_SIGNING, ACCUSATION),
                    run("events", "from", "2026-04-01", "to", "2026-04-30").column("event"));
            assertEquals(List.of(NEGATED_SIGNING, ACCUSATION),
                    run("events", "from", "2026-04-01", "to", "2026-04-14").column("event"));
            assertEquals(List.of(HEDGED_VISIT, NEGATED_SIGNING),
                    run("events", "from", "2026-04-14").column("event"));
            assertEquals(List.of(FIRST_EVENT), run("events", "to", "2026-03-31").column("event"));
        }

        @Test
        void anArticleParameterKeepsThatArticlesEvents() {
            assertEquals(List.of(FIRST_EVENT), run("events", "article", FixtureStore.FIRST_ARTICLE).column("event"));
        }

        @Test
        void eventsByTypeListsAFamilyInTimeOrder() {
            assertEquals(List.of(FIRST_EVENT, NEGATED_SIGNING, HEDGED_VISIT), run("events-by-type", "cameo", "0").column("event"));
            assertEquals(List.of(ACCUSATION), run("events-by-type", "cameo", "11", "from", "2026-04-01", "to", "2026-04-01").column("event"));
        }
    }

    @Nested
    class Relations {
        @Test
        void headOfStateOfCarriesItsWikidataPropertyP35AndNoOtherVocabulary() {
            var rows = run("relations").where("property", "ng:headOfStateOf");
            assertEquals(1, rows.size(), "the dbpedia closeMatch is not a Wikidata property");
            assertEquals("wd:P35", rows.get(0).get("wikidataProperty"));
            assertEquals(ANNA_BERG, rows.get(0).get("subject"));
            assertEquals(RURITANIA, rows.get(0).get("object"));
        }

        @Test
        void aSubjectIsFoundByAnyOfItsNames() {
            var rows = run("relations", "subject", "FOREIGN MINISTER KARL DAHL");
            assertEquals(List.of("ng:holdsOfficeIn"), rows.column("property"));
            assertEquals(List.of("wd:P39"), rows.column("wikidataProperty"));
        }

        @Test
        void anArticleParameterKeepsThatArticlesRelations() {
            var rows = run("relations", "article", FixtureStore.FIRST_ARTICLE);
            assertEquals(Set.of("ng:headOfStateOf", "ng:bilateralRelationWith"), Set.copyOf(rows.column("property")));
        }
    }

    @Nested
    class WhoDidWhatToWhom {
        @Test
        void anActorLabelFindsTheirEventsCaseInsensitively() {
            var rows = run("who-did-what", "actor", "anna berg");
            assertEquals(1, rows.size());
            assertEquals(FIRST_EVENT, rows.get(0).get("event"));
            assertEquals("036", rows.get(0).get("cameo"));
            assertEquals(OLAF_LIND, rows.get(0).get("target"));
            assertEquals("Olaf Lind", rows.get(0).get("targetLabel"));
        }

        @Test
        void aSurfaceFormFindsTheSameEntity() {
            assertEquals(List.of(NEGATED_SIGNING, HEDGED_VISIT),
                    run("who-did-what", "actor", "Prime Minister Olaf Lind").column("event"));
        }

        @Test
        void actorAndTargetTogetherNarrowTheEvents() {
            assertEquals(List.of(HEDGED_VISIT), run("who-did-what", "actor", "Lind", "target", "Ruritania").column("event"));
        }

        @Test
        void doneToFindsWhatWasDoneToATarget() {
            var rows = run("done-to", "target", "Ruritania");
            assertEquals(List.of(ACCUSATION, HEDGED_VISIT), rows.column("event"));
            assertEquals(List.of(ACCUSATION), run("done-to", "target", "Ruritania", "actor", "vestland").column("event"));
        }
    }

    @Nested
    class BetweenTwoEntities {
        @Test
        void eventsCountInEitherDirection() {
            var rows = run("between", "a", "Anna Berg", "b", "Olaf Lind");
            assertEquals(Set.of(FIRST_EVENT, NEGATED_SIGNING), Set.copyOf(rows.column("fact")));
        }

        @Test
        void eventsStatementsAndBilateralStatesAreAllReportedOnce() {
            var rows = run("between", "a", "Vestland", "b", "Ruritania");
            assertEquals(List.of("bilateral", "bilateral", "event"), rows.column("kind"));
            assertEquals(List.of(VESTLAND, VESTLAND, VESTLAND), rows.column("from"), "a bilateral row runs from a to b");
            assertEquals(List.of("bilateral relationship: cooperative", "bilateral relationship: tense", "112 accuse"),
                    rows.column("what"));
        }

        @Test
        void aRelationStatementIsFound() {
            var rows = run("between", "a", "Ruritania", "b", "Anna Berg");
            assertEquals(List.of("relation"), rows.column("kind"));
            assertEquals(List.of("head of state of"), rows.column("what"));
        }
    }

    @Nested
    class EntityProfileAndTimeline {
        @Test
        void aProfileGathersTypesNamesArticlesAndRoles() {
            var profile = run("entity-profile", "entity", "lind");
            assertEquals(Set.of(OLAF_LIND), Set.copyOf(profile.column("entity")));
            assertEquals(Set.of("Lind", "Olaf Lind", "Prime Minister Olaf Lind"),
                    values(profile.where("facet", "surfaceForm"), "value"));
            assertEquals(Set.of(FixtureStore.FIRST_ARTICLE, FixtureStore.SECOND_ARTICLE).stream()
                    .map(FixtureStore.PREFIXES::shortForm).collect(Collectors.toSet()),
                    values(profile.where("facet", "article"), "value"));
            assertEquals("2", countOf(profile, "event role", "actor"));
            assertEquals("1", countOf(profile, "event role", "target"));
            assertEquals("1", countOf(profile, "subject of", "ng:headOfGovernmentOf"));
            assertEquals("1", countOf(profile, "type", "ng:Person"));
        }

        @Test
        void aProfileShowsWikidataAndSameAsLinks() {
            var profile = run("entity-profile", "entity", "President Anna Berg");
            assertEquals(Set.of("wd:Q99990001"), values(profile.where("facet", "wikidata"), "value"));
            assertEquals(Set.of("dbr:Anna_Berg"), values(profile.where("facet", "sameAs"), "value"));
        }

        @Test
        void aTimelineOrdersAnEntitysEventsByTime() {
            var timeline = run("timeline", "entity", "Olaf Lind");
            assertEquals(List.of(FIRST_EVENT, NEGATED_SIGNING, HEDGED_VISIT), timeline.column("event"));
            assertEquals(List.of("target", "actor", "actor"), timeline.column("role"));
        }

        @Test
        void articlesMentioningAnEntityComeNewestFirst() {
            var articles = run("articles-mentioning", "entity", "Anna Berg");
            assertEquals(List.of("id:article/vestland-cools", "id:article/ruritania-talks"), articles.column("article"));
            assertEquals(List.of("1", "1"), articles.column("mentions"));
        }
    }

    @Nested
    class Evidence {
        @Test
        void anEventsEvidenceIsItsTriggerSpanInItsSentence() {
            var rows = run("evidence", "fact", "https://w3id.org/newsgraph/id/event/ruritania-talks/1");
            assertEquals(1, rows.size());
            Map<String, String> evidence = rows.get(0);
            assertEquals("id:article/ruritania-talks", evidence.get("article"));
            assertEquals("1", evidence.get("sentence"));
            assertTrue(evidence.get("sentenceText").startsWith("President Anna Berg of Ruritania said"));
            assertEquals("79", evidence.get("begin"));
            assertEquals("86", evidence.get("end"));
            assertEquals("invited", evidence.get("anchor"));
            assertEquals(0.85, Double.parseDouble(evidence.get("confidence")));
            assertEquals("id:extractor/newsgraph-0.1.0", evidence.get("extractor"));
            assertEquals("0.1.0", evidence.get("extractorVersion"));
        }

        @Test
        void aStatementsEvidenceIsFoundToo() {
            var rows = run("evidence", "fact", "https://w3id.org/newsgraph/id/statement/ruritania-talks/1");
            assertEquals(List.of("President Anna Berg of Ruritania"), rows.column("anchor"));
        }

        @Test
        void anEntitysEvidenceIsWhereItIsMentioned() {
            var rows = run("evidence", "fact", "https://w3id.org/newsgraph/id/entity/person/olaf-lind");
            assertEquals(List.of("Prime Minister Olaf Lind", "Lind"), rows.column("anchor"));
        }
    }

    @Nested
    class ClaimsAndSpeakers {
        @Test
        void hedgedFindsOnlyTheHedgedClaim() {
            var rows = run("claims-by-modality", "modality", "hedged");
            assertEquals(List.of(HEDGED_VISIT), rows.column("event"));
            assertEquals(List.of("Karl Dahl"), rows.column("attributedToLabel"));
        }

        @Test
        void negatedFindsOnlyTheNegatedEvent() {
            assertEquals(List.of(NEGATED_SIGNING), run("claims-by-modality", "modality", "negated").column("event"));
        }

        @Test
        void assertedCanBeNarrowedToAnActor() {
            assertEquals(List.of(FIRST_EVENT, ACCUSATION), run("claims-by-modality", "modality", "ASSERTED").column("event"));
            assertEquals(List.of(ACCUSATION), run("claims-by-modality", "modality", "asserted", "actor", "Vestland").column("event"));
        }

        @Test
        void withoutAModalityEveryEventIsListedByModality() {
            assertEquals(List.of("asserted", "asserted", "hedged", "negated"), run("claims-by-modality").column("modality"));
        }

        @Test
        void aSpeakerFindsTheClaimsAttributedToThem() {
            var rows = run("statements-by-speaker", "speaker", "karl dahl");
            assertEquals(List.of(HEDGED_VISIT), rows.column("event"));
            assertEquals(List.of("hedged"), rows.column("modality"));
            assertEquals(List.of(FIRST_EVENT), run("statements-by-speaker", "speaker", "Anna Berg").column("event"));
        }
    }

    @Nested
    class BilateralRelationships {
        @Test
        void theStateOfARelationshipIsFollowedOverTime() {
            var rows = run("bilateral", "a", "Ruritania", "b", "Vestland");
            assertEquals(List.of("ng:Cooperative", "ng:Tense"), rows.column("state"));
            assertEquals(List.of("2026-03", "2026-04"), rows.column("time"));
            assertEquals("3", rows.column("sentence").get(1));
        }

        @Test
        void withoutBEveryPartnerIsListed() {
            var rows = run("bilateral", "a", "vestland");
            assertEquals(List.of(RURITANIA, RURITANIA), rows.column("partyB"));
        }
    }

    @Nested
    class EntitiesByTypeAndCooccurrence {
        @Test
        void aShortTypeNameIsMatchedInAnyCase() {
            assertEquals(List.of("Anna Berg", "Karl Dahl", "Olaf Lind"), run("entities-by-type", "type", "person").column("label"));
        }

        @Test
        void aTypeAsIriIncludesSubclassesAndReportsTheMostSpecificClass() {
            var places = run("entities-by-type", "type", "https://w3id.org/newsgraph/ontology#Place");
            assertEquals(List.of("Ruritania", "Talmo", "Vestland"), places.column("label"));
            assertEquals(List.of("ng:Country", "ng:City", "ng:Country"), places.column("type"));
            assertEquals(List.of("ng:Company"), run("entities-by-type", "type", "Organization").column("type"));
        }

        @Test
        void cooccurrenceCountsSharedSentencesForEachPairOnce() {
            var pairs = run("cooccurrence");
            assertEquals(9, pairs.size());
            Map<String, String> strongest = pairs.get(0);
            assertEquals(List.of(RURITANIA, VESTLAND, "3", "1"), List.of(strongest.get("entityA"), strongest.get("entityB"),
                    strongest.get("sentences"), strongest.get("articles")));
        }

        @Test
        void aMinimumCountLeavesOutTheRarePairs() {
            assertEquals(List.of("Ruritania"), run("cooccurrence", "minCount", "2").column("labelA"));
            assertEquals(0, run("cooccurrence", "article", FixtureStore.FIRST_ARTICLE).size(),
                    "the model example has a single mention");
        }
    }

    // ---- helpers ----

    private static Set<String> values(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    private static String countOf(FixtureStore.Rows profile, String facet, String value) {
        return profile.where("facet", facet).stream().filter(r -> r.get("value").equals(value))
                .map(r -> r.get("count")).findFirst().orElse("missing");
    }

    /** Rows of an expected-result file, without its comment lines and its column header. */
    private static List<String> expected(String fileName) {
        String path = "/query/expected/" + fileName + ".tsv";
        String queryName = fileName.replace("-second-article", "");
        try (InputStream in = LibraryQueriesTest.class.getResourceAsStream(path)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            assertEquals(String.join("\t", FixtureStore.library().require(queryName).columns()), lines.get(0),
                    path + " header");
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
