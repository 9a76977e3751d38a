package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;

/**
 * The TDB2 knowledge store: one named graph per article plus the ontology graph, queried with
 * the union of all graphs as the default graph.
 *
 * <p>Writes replace an article's whole graph inside one write transaction, so readers see the
 * old graph or the new one, never half of either, and a failed write leaves the store as it was.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;

    private KnowledgeStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ensureOntology();
    }

    /** Opens (or creates) the store in {@code folder}; one process at a time may hold it. */
    public static KnowledgeStore open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new KnowledgeStore(TDB2Factory.connectDataset(folder.toString()), folder);
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException("The store at " + folder + " is in use by another Newsgraph process"
                        + " (a running 'serve' or 'ingest'); stop it or use another --db.", e);
            }
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create store folder " + folder, e);
        }
    }

    /** An in-memory store, for tests and one-off evaluation runs. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(TDB2Factory.createDataset(), null);
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("lock") || m.contains("Lock")) return true;
        }
        return false;
    }

    /** Loads the ontology and codebook into their graph when missing or of another version. */
    private void ensureOntology() {
        Graph current = Txn.calculateRead(dataset, () -> {
            Node g = Ontology.GRAPH;
            return dataset.asDatasetGraph().containsGraph(g) ? dataset.asDatasetGraph().getGraph(g) : null;
        });
        boolean upToDate = Txn.calculateRead(dataset, () -> current != null && current.size() == Ontology.ontologyGraph().size());
        if (upToDate) return;
        replaceGraphs(Map.of(Ontology.GRAPH, Ontology.ontologyGraph()));
    }

    /**
     * Replaces each named graph with the given content in ONE write transaction (group commit):
     * either every article of the batch is written or none is.
     */
    public void replaceGraphs(Map<Node, Graph> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
                dsg.removeGraph(e.getKey());
                Graph target = dsg.getGraph(e.getKey());
                e.getValue().find().forEachRemaining(target::add);
            }
        });
    }

    /** Removes an article's graph; returns whether it was there. */
    public boolean removeArticle(String articleId) {
        Node g = Iris.articleGraph(articleId);
        return Txn.calculateWrite(dataset, () -> {
            boolean had = dataset.asDatasetGraph().containsGraph(g);
            dataset.asDatasetGraph().removeGraph(g);
            return had;
        });
    }

    /** Ids of the articles in the store, sorted. */
    public List<String> articleIds() {
        return Txn.calculateRead(dataset, () -> {
            List<String> ids = new ArrayList<>();
            Iterator<Node> it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                String id = Iris.articleIdOfGraph(it.next());
                if (id != null) ids.add(id);
            }
            ids.sort(String::compareTo);
            return ids;
        });
    }

    /** Reclaims the space that many small transactions leave behind (TDB2 is append-only). */
    public void compact() {
        if (location != null) DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** The dataset for queries and the server; callers run their own transactions. */
    public Dataset dataset() { return dataset; }

    public Path location() { return location; }

    @Override
    public void close() {
        // Expelling releases the folder's lock so the same JVM (a test, or demo after ingest) can reopen it.
        if (location != null) TDBInternal.expel(dataset.asDatasetGraph());
        else dataset.close();
    }
}
