package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Ingestion;
import org.newsgraph.extract.Extractor;
import org.newsgraph.input.Article;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.KnowledgeStore;

/**
 * Ingesting the same article twice into a TDB2 store replaces its graph rather than adding to it,
 * and what was committed survives closing and reopening the store.
 */
class ReingestTest {

    @Test
    void reingestingTheSeedReplacesItsGraphAndSurvivesReopening(@TempDir Path dir) {
        Article seed = IngestedArticles.readSeed();
        String id = seed.id();
        assertEquals(IngestedArticles.SEED_ID, id);
        Map<String, String> byArticle = Map.of("article", Iris.article(id).getURI());
        QueryLibrary library = QueryLibrary.fromClasspath();

        Graph first;
        List<List<String>> firstRows;
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            ingest(store, seed);
            first = ShaclOnIngestedGraphsTest.copyOfArticleGraph(store, id);
            firstRows = rows(store, library, byArticle);
            assertFalse(first.isEmpty());
            assertFalse(firstRows.isEmpty(), "events.rq finds no event of the seed");

            ingest(store, seed);
            Graph second = ShaclOnIngestedGraphsTest.copyOfArticleGraph(store, id);
            assertEquals(first.size(), second.size(), "triple count changed on re-ingest");
            assertTrue(second.isIsomorphicWith(first), "re-ingest produced a different graph");
            assertEquals(firstRows, rows(store, library, byArticle));
            assertEquals(List.of(id), store.articleIds());
        }

        try (KnowledgeStore reopened = KnowledgeStore.open(dir)) {
            assertEquals(List.of(id), reopened.articleIds());
            Graph again = ShaclOnIngestedGraphsTest.copyOfArticleGraph(reopened, id);
            assertEquals(first.size(), again.size());
            assertTrue(again.isIsomorphicWith(first), "the article graph changed across close and reopen");
            assertEquals(firstRows, rows(reopened, library, byArticle));
        }
    }

    private static void ingest(KnowledgeStore store, Article article) {
        Ingestion ingestion = new Ingestion(store, CoreNlpAnalyzer.shared(), Extractor.builtIn(), new PrintStream(System.out, true));
        ingestion.ingest(article);
        ingestion.close();
        Ingestion.Summary s = ingestion.summary();
        assertEquals(1, s.stored(), () -> "not stored: " + s.problems());
    }

    /** The events.rq rows, each as its column values in order (IRIs and lexical forms). */
    private static List<List<String>> rows(KnowledgeStore store, QueryLibrary library, Map<String, String> params) {
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), library.require("events").bind(params));
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
