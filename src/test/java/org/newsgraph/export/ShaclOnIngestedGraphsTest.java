package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Ingestion;
import org.newsgraph.rdf.ArticleGraphValidator;
import org.newsgraph.rdf.ArticleGraphValidator.ValidationResult;
import org.newsgraph.rdf.CameoCodebook;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ArticleGraphSink;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreWriter;

/**
 * The SHACL shapes hold for what the real pipeline stores: every seed and sample article is
 * stored, and each stored article graph, read back, still conforms. A graph that breaks a shape
 * is refused on the ingestion path and leaves the stored version alone.
 */
class ShaclOnIngestedGraphsTest {
    private static IngestedArticles ingested;
    private static final ArticleGraphValidator VALIDATOR = new ArticleGraphValidator();

    @BeforeAll
    static void ingest() {
        ingested = IngestedArticles.get();
    }

    @Test
    void everyArticleWasStored() {
        Ingestion.Summary s = ingested.summary();
        String why = "refused " + s.refused() + ", failed " + s.failed() + ":\n" + String.join("\n", s.problems());
        assertEquals(0, s.refused(), why);
        assertEquals(0, s.failed(), why);
        assertEquals(ingested.articles().size(), s.stored(), why);
        assertEquals(ingested.articleIds().stream().sorted().toList(), ingested.store().articleIds());
        assertEquals(9, ingested.articles().size(), "the seed and the eight samples");
        // The seed's date comes from its .meta.json sidecar, not from a default.
        assertEquals(LocalDate.of(2026, 1, 8), ingested.articles().get(0).published());
    }

    @Test
    void everyStoredArticleGraphStillConforms() {
        List<String> reports = new ArrayList<>();
        for (String id : ingested.store().articleIds()) {
            Graph graph = copyOfArticleGraph(ingested.store(), id);
            assertFalse(graph.isEmpty(), "empty graph for " + id);
            ValidationResult result = VALIDATOR.validate(graph);
            if (!result.conforms()) reports.add(id + ": " + result.report());
        }
        assertTrue(reports.isEmpty(), String.join("\n\n", reports));
    }

    /**
     * The seed's stored graph with one event's ng:actor removed, fed through an
     * {@link ArticleGraphSink} as the ingestion would feed it: refused with a report naming the
     * event and the missing actor, and the store still holds the previous, valid version.
     */
    @Test
    void graphWithAnEventMissingItsActorIsRefusedAndTheStoredVersionStays() {
        String id = IngestedArticles.SEED_ID;
        Graph valid = copyOfArticleGraph(ingested.store(), id);
        Node articleGraph = Iris.articleGraph(id);

        // A store of our own, so the shared fixture store is never written to.
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.replaceGraphs(Map.of(articleGraph, valid));
            long before = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().getGraph(articleGraph).size());

            Node event = firstEventWithActor(valid);
            Graph broken = GraphFactory.createDefaultGraph();
            valid.find().forEachRemaining(broken::add);
            broken.remove(event, NG.actor, Node.ANY);

            List<ArticleGraphSink.Outcome> outcomes = new ArrayList<>();
            StoreWriter writer = new StoreWriter(store);
            ArticleGraphSink sink = new ArticleGraphSink(writer, VALIDATOR, outcomes::add);
            sink.start();
            broken.find().forEachRemaining(t -> sink.quad(Quad.create(articleGraph, t)));
            sink.finish();
            writer.close();

            assertEquals(1, outcomes.size());
            ArticleGraphSink.Outcome outcome = outcomes.get(0);
            assertFalse(outcome.stored(), "a graph with an actorless event was stored");
            assertEquals(articleGraph, outcome.graph());
            String report = outcome.report();
            System.out.println("Refusal report:\n" + report);
            String eventShort = "id:" + event.getURI().substring(NG.ID.length());
            assertTrue(report.contains(eventShort + "  ng:actor: An event needs an ng:actor"), report);
            assertTrue(report.lines().count() >= 2 && report.matches("(?s)\\d+ problems? in the article graph:.*"), report);

            Graph after = copyOfArticleGraph(store, id);
            assertEquals(before, after.size());
            assertTrue(after.isIsomorphicWith(valid), "the stored article graph changed after a refused write");
            assertTrue(after.contains(event, NG.actor, Node.ANY), "the stored event lost its actor");
            assertEquals(List.of(id), store.articleIds());
        }
    }

    private static Node firstEventWithActor(Graph graph) {
        CameoCodebook codebook = CameoCodebook.load();
        return graph.find(Node.ANY, NG.actor, Node.ANY).mapWith(Triple::getSubject).toList().stream()
                .filter(e -> graph.find(e, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> codebook.byClass(t.getObject()).isPresent()))
                .sorted(java.util.Comparator.comparing(Node::getURI))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the seed graph has no event with an actor"));
    }

    /** A detached copy of one article graph of a store. */
    static Graph copyOfArticleGraph(KnowledgeStore store, String articleId) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(Iris.articleGraph(articleId)).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
