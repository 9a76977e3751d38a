package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The Newsgraph ontology as shipped on the classpath ({@code /ontology/*.ttl}, copied there from
 * the top-level {@code ontology/} folder by the build).
 *
 * <p>Graphs are parsed once and cached: the codebook, the validator and the store all need them,
 * and cameo.ttl alone is a few thousand triples. The cached graphs are shared, so callers must
 * treat them as read-only (copy before adding anything).
 */
public final class Ontology {
    private Ontology() {}

    /** Named graph in which the store keeps {@link #ontologyGraph()}. */
    public static final Node GRAPH = NodeFactory.createURI(NG.ID + "graph/ontology");

    /** Ontology IRI of newsgraph.ttl. */
    public static final String IRI = "https://w3id.org/newsgraph/ontology";

    /** owl:versionInfo of newsgraph.ttl; a test keeps the two in step. */
    public static final String VERSION = "0.1.0";

    public static final String NEWSGRAPH_TTL = "/ontology/newsgraph.ttl";
    public static final String CAMEO_TTL = "/ontology/cameo.ttl";
    public static final String SHAPES_TTL = "/ontology/shapes.ttl";

    // Holder idiom: each graph is parsed on first use, thread-safely, without locks.
    private static final class Cameo { static final Graph GRAPH = load(CAMEO_TTL); }

    private static final class Merged {
        static final Graph GRAPH = merge(load(NEWSGRAPH_TTL), Cameo.GRAPH);
    }

    private static final class Shapes { static final Graph GRAPH = load(SHAPES_TTL); }

    /** newsgraph.ttl and cameo.ttl merged: what queries and validation see as "the ontology". */
    public static Graph ontologyGraph() { return Merged.GRAPH; }

    /** cameo.ttl alone (the event codebook). */
    public static Graph cameoGraph() { return Cameo.GRAPH; }

    /** shapes.ttl: the SHACL shapes of a well-formed article graph. */
    public static Graph shapesGraph() { return Shapes.GRAPH; }

    /** Parses one Turtle resource from the classpath into a fresh graph. */
    public static Graph load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Ontology resource " + resource + " is not on the classpath;"
                        + " the build copies ontology/ to the classes directory, so run it through Maven or the jar.");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(IRI).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Graph merge(Graph... parts) {
        Graph merged = GraphFactory.createDefaultGraph();
        for (Graph part : parts) part.find().forEachRemaining(merged::add);
        merged.getPrefixMapping().setNsPrefixes(parts[0].getPrefixMapping());
        return merged;
    }
}
