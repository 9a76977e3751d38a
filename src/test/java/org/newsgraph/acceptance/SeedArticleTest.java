package org.newsgraph.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.PipelineUnderTest;
import org.newsgraph.eval.EvaluationTable;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.GoldScorer;
import org.newsgraph.export.IngestedArticles;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;

/**
 * The seed article, ingested through the real pipeline, read back ONLY through the project's
 * contract queries and scored against the analyst's gold facts in ../shared/eval/seed.
 */
class SeedArticleTest {
    private static GoldScore score;
    private static IngestedArticles ingested;

    @BeforeAll
    static void ingestAndScore() {
        ingested = IngestedArticles.get();
        Path goldFile = IngestedArticles.projectFolder().resolve("../shared/eval/seed/seed.gold.json").normalize();
        GoldFile gold = GoldFile.read(goldFile);
        String article = Iris.article(IngestedArticles.SEED_ID).getURI();
        score = new GoldScorer().score(gold, PipelineUnderTest.read(ingested.store(), article));
        System.out.println(EvaluationTable.goldDetail(score).toText());
    }

    @Test
    void findsEveryGoldEntity() {
        assertEquals(6, score.entityRecall().count(), "entities " + score.entityRecall());
    }

    @Test
    void findsAtLeastNineOfTheTenGoldEventsWithTheirModality() {
        assertTrue(score.eventRecall().count() >= 9, "events " + score.eventRecall());
        assertTrue(score.modalityAccuracy().value() >= 0.9, "modality " + score.modalityAccuracy());
    }

    @Test
    void extractsFewEventsOutsideTheGold() {
        assertTrue(score.eventPrecision().value() >= 0.75, "event precision " + score.eventPrecision());
    }

    @Test
    void findsEveryGoldRelation() {
        assertEquals(5, score.relationRecall().count(), "relations " + score.relationRecall());
    }

    @Test
    void assertsNoneOfTheNegatives() {
        assertEquals(0, score.negativesHit().count(), "negatives hit " + score.negativesHit());
    }

    // ---- the same facts as an analyst would ask for them, through the query library ----

    private static List<QuerySolution> query(String name, Map<String, String> params) {
        var library = QueryLibrary.fromClasspath();
        List<QuerySolution> rows = new java.util.ArrayList<>();
        QueryRunner.select(ingested.store().dataset(), library.require(name).bind(params)).forEachRemaining(rows::add);
        return rows;
    }

    private static String text(QuerySolution row, String var) {
        return row.get(var) == null ? null : row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString();
    }

    @Test
    void trumpInvitedPetroAsAFact() {
        List<QuerySolution> rows = query("who-did-what", Map.of("actor", "Trump", "target", "Petro"));
        assertTrue(rows.stream().anyMatch(r -> "036".equals(text(r, "cameo")) && "asserted".equals(text(r, "modality"))),
                "who-did-what Trump -> Petro: " + rows);
    }

    @Test
    void washingtonsWishToResetTiesIsOnlyHedged() {
        List<QuerySolution> rows = query("claims-by-modality", Map.of("modality", "hedged"));
        assertTrue(rows.stream().anyMatch(r -> text(r, "cameo").startsWith("03")), "hedged claims: " + rows);
    }

    @Test
    void petroIsHeadOfStateOfColombiaWithEvidence() {
        List<QuerySolution> rows = query("relations", Map.of("article", Iris.article(IngestedArticles.SEED_ID).getURI(),
                "subject", "Gustavo Petro"));
        assertTrue(rows.stream().anyMatch(r -> text(r, "property").endsWith("#headOfStateOf")
                && "Colombia".equals(text(r, "objectLabel")) && r.get("sentence") != null), "relations of Petro: " + rows);
    }

    @Test
    void relativeTimeIsResolvedAgainstThePublicationDate() {
        List<QuerySolution> rows = query("events", Map.of("article", Iris.article(IngestedArticles.SEED_ID).getURI()));
        assertTrue(rows.stream().anyMatch(r -> "2026-01-07".equals(text(r, "time"))), "'on Wednesday' is 2026-01-07: " + rows);
    }
}
