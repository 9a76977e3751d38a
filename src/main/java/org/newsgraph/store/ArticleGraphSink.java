package org.newsgraph.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.ArticleGraphValidator;

/**
 * A {@link StreamRDF} that gathers one article's quads (between {@code start} and {@code finish}),
 * validates the graph against the SHACL shapes, and hands a conforming graph to the
 * {@link StoreWriter}. A graph that does not conform is refused: the article's previous version
 * stays in the store and the report goes to {@code onRefused}.
 */
public final class ArticleGraphSink implements StreamRDF {
    /** What happened to one article graph. */
    public record Outcome(Node graph, boolean stored, long triples, String report) {}

    private final StoreWriter writer;
    private final ArticleGraphValidator validator;
    private final Consumer<Outcome> onOutcome;
    private Graph current;
    private Node currentName;

    public ArticleGraphSink(StoreWriter writer, ArticleGraphValidator validator, Consumer<Outcome> onOutcome) {
        this.writer = writer;
        this.validator = validator;
        this.onOutcome = onOutcome;
    }

    @Override
    public void start() {
        current = GraphFactory.createDefaultGraph();
        currentName = null;
    }

    @Override
    public void quad(Quad quad) {
        if (currentName == null) currentName = quad.getGraph();
        else if (!currentName.equals(quad.getGraph())) {
            throw new IllegalStateException("one article per start/finish: got graphs " + currentName + " and " + quad.getGraph());
        }
        current.add(quad.asTriple());
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("article facts must be quads in the article's named graph");
    }

    @Override
    public void finish() {
        if (currentName == null) return;
        ArticleGraphValidator.ValidationResult result = validator.validate(current);
        if (result.conforms()) {
            writer.submit(currentName, current);
            onOutcome.accept(new Outcome(currentName, true, current.size(), ""));
        } else {
            onOutcome.accept(new Outcome(currentName, false, current.size(), result.report()));
        }
        current = null;
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {}
}
