package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The graph the query tests run over: an in-memory TDB2 store (so the union-default-graph
 * setting behaves as in production) holding the model example article, a second article and
 * a fragment of the ontology in the ontology graph.
 */
final class FixtureStore {
    static final String ONTOLOGY_GRAPH = "https://w3id.org/newsgraph/id/graph/ontology";
    static final String FIRST_ARTICLE = "https://w3id.org/newsgraph/id/article/ruritania-talks";
    static final String SECOND_ARTICLE = "https://w3id.org/newsgraph/id/article/vestland-cools";

    /** How rows are rendered in assertions and expected-result files: short, readable names. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", "https://w3id.org/newsgraph/ontology#")
            .setNsPrefix("id", "https://w3id.org/newsgraph/id/")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("dbr", "http://dbpedia.org/resource/")
            .lock();

    private static Dataset withFragment;
    private static Dataset withProjectOntology;

    /** Built once for all tests, with the ontology fragment: every library query only reads. */
    static synchronized Dataset dataset() {
        if (withFragment == null)
            withFragment = build(ontology -> RDFDataMgr.read(ontology, "query/ontology-fragment.ttl"));
        return withFragment;
    }

    /**
     * The same articles with the project's real ontology and CAMEO codebook
     * (ontology/newsgraph.ttl, ontology/cameo.ttl), to check the queries against the terms as
     * they are actually written there.
     */
    static synchronized Dataset datasetWithProjectOntology() {
        if (withProjectOntology == null)
            withProjectOntology = build(ontology -> {
                RDFDataMgr.read(ontology, PROJECT_ONTOLOGY.toString());
                RDFDataMgr.read(ontology, PROJECT_CODEBOOK.toString());
            });
        return withProjectOntology;
    }

    static final Path PROJECT_ONTOLOGY = Path.of("ontology", "newsgraph.ttl");
    static final Path PROJECT_CODEBOOK = Path.of("ontology", "cameo.ttl");

    private static Dataset build(Consumer<Model> loadOntology) {
        Dataset dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> {
            loadOntology.accept(dataset.getNamedModel(ONTOLOGY_GRAPH));
            readModelExample(dataset);
            RDFDataMgr.read(dataset, "query/second-article.trig");
        });
        return dataset;
    }

    /**
     * Loads fixtures/model-example.trig. That file writes names such as
     * {@code id:article/ruritania-talks}, which strict TriG rejects ('/' is not allowed in a
     * local name), so if it does not parse as it is, its {@code id:} names are expanded to
     * full IRIs first. The graph is the same either way.
     */
    private static void readModelExample(Dataset dataset) {
        String text;
        try (InputStream in = FixtureStore.class.getResourceAsStream("/fixtures/model-example.trig")) {
            text = new String(Objects.requireNonNull(in, "fixtures/model-example.trig").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            RDFParser.fromString(text, Lang.TRIG).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(parsed);
        } catch (RiotException notStrictTrig) {
            String expanded = Pattern.compile("(?<![\\w<])id:([\\w./#-]*[\\w/#-])")
                    .matcher(text).replaceAll("<https://w3id.org/newsgraph/id/$1>");
            parsed = DatasetGraphFactory.create();
            RDFParser.fromString(expanded, Lang.TRIG).parse(parsed);
        }
        parsed.find().forEachRemaining(dataset.asDatasetGraph()::add);
    }

    private static final QueryLibrary LIBRARY = QueryLibrary.fromClasspath();

    static QueryLibrary library() {
        return LIBRARY;
    }

    /** Runs a library query over {@link #dataset()}, parameters given as name, value, name, value ... */
    static Rows run(String queryName, String... nameValuePairs) {
        return run(dataset(), queryName, nameValuePairs);
    }

    static Rows run(Dataset dataset, String queryName, String... nameValuePairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2)
            values.put(nameValuePairs[i], nameValuePairs[i + 1]);
        LibraryQuery query = LIBRARY.require(queryName);
        ResultSetRewindable results = QueryRunner.select(dataset, query.bind(values));
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : query.columns())
                row.put(column, render(solution.get(column)));
            rows.add(row);
        }
        return new Rows(query.columns(), rows);
    }

    /** IRIs as prefixed names where a prefix fits, literals as their lexical form, unbound as "". */
    static String render(RDFNode rdfNode) {
        if (rdfNode == null)
            return "";
        Node node = rdfNode.asNode();
        if (node.isURI())
            return PREFIXES.shortForm(node.getURI());
        if (node.isLiteral())
            return node.getLiteralLexicalForm();
        return node.toString();
    }

    /** Query results as rendered strings, in result order. */
    record Rows(List<String> columns, List<Map<String, String>> rows) {
        int size() { return rows.size(); }

        Map<String, String> get(int i) { return rows.get(i); }

        /** The values of one column, in result order. */
        List<String> column(String name) {
            if (!columns.contains(name))
                throw new IllegalArgumentException("no column " + name + " in " + columns);
            return rows.stream().map(r -> r.get(name)).toList();
        }

        /** The rows whose column has that value. */
        List<Map<String, String>> where(String column, String value) {
            return rows.stream().filter(r -> Objects.equals(r.get(column), value)).toList();
        }

        /** Each row as a tab-separated line, the format of the expected-result files. */
        List<String> asTsvLines() {
            return rows.stream().map(r -> String.join("\t", r.values())).toList();
        }

        @Override public String toString() {
            StringBuilder text = new StringBuilder(String.join("\t", columns));
            asTsvLines().forEach(line -> text.append('\n').append(line));
            return text.toString();
        }
    }
}
