package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.store.KnowledgeStore;

/** fixtures/model-example.trig, the one-article graph model, as test data for the commands. */
final class ModelExample {
    static final Node ARTICLE_GRAPH = NodeFactory.createURI("https://w3id.org/newsgraph/id/graph/article/ruritania-talks");
    static final String EVENT = "https://w3id.org/newsgraph/id/event/ruritania-talks/1";

    private ModelExample() {}

    /** The article graph(s) of the fixture, by graph name. */
    static Map<Node, Graph> graphs() {
        DatasetGraph parsed = DatasetGraphFactory.create();
        try (InputStream in = ModelExample.class.getResourceAsStream("/fixtures/model-example.trig")) {
            RDFParser.source(Objects.requireNonNull(in, "fixtures/model-example.trig")).lang(Lang.TRIG).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        parsed.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            parsed.getGraph(g).find().forEachRemaining(copy::add);
            graphs.put(g, copy);
        });
        return graphs;
    }

    /** Triples in the article's graph. */
    static int articleTriples() {
        return graphs().get(ARTICLE_GRAPH).size();
    }

    /** Creates a TDB2 store in {@code folder} holding the model example, and closes it again. */
    static Path storeIn(Path folder) {
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.replaceGraphs(graphs());
        }
        return folder;
    }
}
