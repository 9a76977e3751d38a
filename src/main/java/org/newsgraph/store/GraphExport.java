package org.newsgraph.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;

/**
 * Writes the store, or one article of it, to a file: as a dataset (TriG, N-Quads, JSON-LD: one
 * named graph per article), as one merged graph (Turtle), or as a single OWL 2 DL ontology with
 * the Newsgraph terms and the articles' individuals that Protégé can open and HermiT can reason over.
 */
public final class GraphExport {
    public static final List<String> FORMATS = List.of("trig", "nquads", "turtle", "jsonld", "owl");
    private static final Map<String, RDFFormat> DATASET_FORMATS = Map.of(
            "trig", RDFFormat.TRIG_PRETTY, "nquads", RDFFormat.NQUADS, "jsonld", RDFFormat.JSONLD11);

    private GraphExport() {}

    public static void write(KnowledgeStore store, String format, String articleId, OutputStream out) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; use one of " + FORMATS);
        }
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph selected = select(store.dataset().asDatasetGraph(), articleId);
            switch (format) {
                case "turtle" -> RDFDataMgr.write(out, merged(selected), RDFFormat.TURTLE_PRETTY);
                case "owl" -> RDFDataMgr.write(out, owlDocument(merged(selected), articleId), Lang.TURTLE);
                default -> RDFDataMgr.write(out, selected, DATASET_FORMATS.get(format));
            }
        });
    }

    /** The article graphs to export (all, or the one named); the ontology graph is not data. */
    private static DatasetGraph select(DatasetGraph all, String articleId) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        List<Node> names = new ArrayList<>();
        all.listGraphNodes().forEachRemaining(names::add);
        boolean found = false;
        for (Node g : names) {
            String id = Iris.articleIdOfGraph(g);
            if (id == null || articleId != null && !articleId.equals(id)) continue;
            found = true;
            Graph copy = GraphFactory.createDefaultGraph();
            all.getGraph(g).find().forEachRemaining(copy::add);
            out.addGraph(g, copy);
        }
        if (articleId != null && !found) throw new IllegalArgumentException("no article '" + articleId + "' in the store");
        return out;
    }

    private static Graph merged(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /**
     * One self-contained ontology: the Newsgraph terms and CAMEO classes plus the individuals,
     * under a single ontology header and without owl:imports (so it opens offline).
     */
    private static Graph owlDocument(Graph individuals, String articleId) {
        Graph doc = GraphFactory.createDefaultGraph();
        Graph terms = Ontology.ontologyGraph();
        List<Node> headers = new ArrayList<>();
        terms.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()).forEachRemaining(t -> headers.add(t.getSubject()));
        terms.find().forEachRemaining(t -> {
            if (!headers.contains(t.getSubject())) doc.add(t);
        });
        individuals.find().forEachRemaining(doc::add);
        Node header = NodeFactory.createURI(NG.ID + "export" + (articleId == null ? "" : "/" + Iris.article(articleId).getURI().substring((NG.ID + "article/").length())));
        doc.add(Triple.create(header, RDF.type.asNode(), OWL.Ontology.asNode()));
        doc.add(Triple.create(header, RDFS.label.asNode(), NodeFactory.createLiteralString(
                articleId == null ? "Newsgraph knowledge graph export" : "Newsgraph export of article " + articleId)));
        doc.add(Triple.create(header, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(Ontology.VERSION)));
        return doc;
    }
}
