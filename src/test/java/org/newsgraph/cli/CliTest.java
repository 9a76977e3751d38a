package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.query.LibraryQuery;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.store.GraphExport;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code newsgraph} command line, run in-process through {@link Main#run}: exit codes,
 * what lands on stdout and what on stderr. None of these cases loads the CoreNLP models.
 */
class CliTest {
    @TempDir Path temp;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() { return err.lines().filter(l -> !l.isBlank()).toList(); }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            exit = Main.run(args);
            o.flush();
            e.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<String> subcommands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream();
    }

    private Path db() {
        return temp.resolve("kg");
    }

    // ---------------------------------------------------------------- help

    @ParameterizedTest
    @MethodSource("subcommands")
    void helpOfEverySubcommandExitsZeroAndListsItsOptions(String name) {
        Run run = run(name, "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage: newsgraph " + name), run.out());
        CommandLine sub = new CommandLine(new Main()).getSubcommands().get(name);
        for (OptionSpec option : sub.getCommandSpec().options()) {
            if (option.hidden()) continue;
            assertTrue(run.out().contains(option.longestName()), name + " --help does not list " + option.longestName() + ":\n" + run.out());
        }
    }

    @Test
    void withoutASubcommandItPrintsTheListOfCommands() {
        Run run = run();
        assertEquals(0, run.exit());
        for (String name : List.of("ingest", "query", "serve", "export", "evaluate", "demo")) {
            assertTrue(run.out().contains(name), run.out());
        }
    }

    @Test
    void anUnknownOptionExitsWithAUsageErrorNamingIt() {
        Run run = run("query", "--colour", "red");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--colour"), run.err());
    }

    // ---------------------------------------------------------------- ingest

    @Test
    void ingestOfAMissingFileFailsFastWithOneLineNamingTheFile() {
        Path missing = temp.resolve("no-such-article.txt");
        long t0 = System.nanoTime();
        Run run = run("ingest", "--db", db().toString(), missing.toString());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(0, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("newsgraph: "), run.err());
        assertTrue(run.errLines().get(0).contains(missing.toString()), run.err());
        assertFalse(run.err().contains("models loaded"), "the models were loaded before the input was checked");
        assertFalse(Files.exists(db()), "no store is created for input that cannot be read");
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void ingestOfAnArticleWithoutADateFailsFastNamingTheFileAndTheOption() throws Exception {
        Path article = Files.writeString(temp.resolve("undated.txt"), "Headline\n\nBody text.\n");
        Run run = run("ingest", "--db", db().toString(), article.toString());
        assertNotEquals(0, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(article.toString()) && run.err().contains("--published"), run.err());
        assertFalse(run.err().contains("models loaded"));
    }

    @Test
    void ingestWithoutInputIsAUsageError() {
        Run run = run("ingest", "--db", db().toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("INPUT"), run.err());
    }

    // ---------------------------------------------------------------- query

    @Test
    void queryWithAnUnknownNameExitsNonZeroAndListsTheKnownNames() {
        Run run = run("query", "--db", db().toString(), "no-such-query");
        assertNotEquals(0, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("no-such-query"), run.err());
        for (LibraryQuery q : QueryLibrary.fromClasspath().all()) {
            assertTrue(run.err().contains(q.name()), "does not list " + q.name() + ": " + run.err());
        }
    }

    @Test
    void queryWithoutANameListsTheLibraryWithParameters() {
        Run run = run("query");
        assertEquals(0, run.exit(), run.err());
        List<LibraryQuery> all = QueryLibrary.fromClasspath().all();
        assertEquals(all.size(), run.out().lines().count(), run.out());
        for (LibraryQuery q : all) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(q.name() + " ") && l.contains(q.title())), q.name());
        }
        String whoDidWhat = run.out().lines().filter(l -> l.startsWith("who-did-what ")).findFirst().orElseThrow();
        assertTrue(whoDidWhat.contains("[actor?]") && whoDidWhat.contains("[target?]"), whoDidWhat);
    }

    @Test
    void queryPrintsSparqlJsonWithTheEventForTheActor() {
        ModelExample.storeIn(db());
        Run run = run("query", "--db", db().toString(), "who-did-what", "-p", "actor=Anna Berg", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonObject json = JSON.parse(run.out());
        JsonArray vars = json.get("head").getAsObject().get("vars").getAsArray();
        assertEquals("event", vars.get(0).getAsString().value());
        JsonArray rows = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(1, rows.size(), run.out());
        JsonObject row = rows.get(0).getAsObject();
        assertEquals(ModelExample.EVENT, row.get("event").getAsObject().get("value").getAsString().value());
        assertEquals("036", row.get("cameo").getAsObject().get("value").getAsString().value());
    }

    @Test
    void queryPrintsATextTableByDefault() {
        ModelExample.storeIn(db());
        Run run = run("query", "--db", db().toString(), "who-did-what", "--param", "target=olaf lind");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("| event"), run.out());
        assertTrue(run.out().contains("Anna Berg"), run.out());
    }

    @Test
    void queryWithAnUnknownParameterExitsNonZeroNamingIt() {
        ModelExample.storeIn(db());
        Run run = run("query", "--db", db().toString(), "who-did-what", "-p", "colour=red");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("'colour'") && run.err().contains("actor, target"), run.err());
    }

    @Test
    void queryWithABadDateExitsNonZeroNamingTheValue() {
        ModelExample.storeIn(db());
        Run run = run("query", "--db", db().toString(), "events", "-p", "from=10/03/2026");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("'from'") && run.err().contains("10/03/2026"), run.err());
    }

    @Test
    void queryWithAnUnknownFormatExitsNonZeroListingTheFormats() {
        ModelExample.storeIn(db());
        Run run = run("query", "--db", db().toString(), "entities", "--format", "yaml");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("yaml") && run.err().contains("table, json, csv, tsv, xml"), run.err());
    }

    // ---------------------------------------------------------------- export

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nquads", "jsonld"})
    void exportAsADatasetParsesBackWithTheArticleGraphWhole(String format) {
        ModelExample.storeIn(db());
        Run run = run("export", "--db", db().toString(), "--format", format);
        assertEquals(0, run.exit(), run.err());
        Lang lang = switch (format) {
            case "trig" -> Lang.TRIG;
            case "nquads" -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), lang).parse(back);
        List<Node> graphs = new java.util.ArrayList<>();
        back.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(List.of(ModelExample.ARTICLE_GRAPH), graphs, "one graph per article, and no ontology graph");
        assertEquals(ModelExample.articleTriples(), back.getGraph(ModelExample.ARTICLE_GRAPH).size());
        assertTrue(back.getDefaultGraph().isEmpty());
    }

    @Test
    void exportAsTurtleMergesTheArticleGraphs() {
        ModelExample.storeIn(db());
        Run run = run("export", "--db", db().toString(), "--format", "turtle");
        assertEquals(0, run.exit(), run.err());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(back);
        assertEquals(ModelExample.articleTriples(), back.size());
    }

    @Test
    void exportToAFileWritesTheFileAndNothingToStdout() throws Exception {
        ModelExample.storeIn(db());
        Path file = temp.resolve("kg.nq");
        Run run = run("export", "--db", db().toString(), "--format", "nquads", "--output", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(file).lang(Lang.NQUADS).parse(back);
        assertEquals(ModelExample.articleTriples(), back.getGraph(ModelExample.ARTICLE_GRAPH).size());
    }

    @Test
    void exportOfOneArticleThatIsNotThereExitsNonZeroNamingIt() {
        ModelExample.storeIn(db());
        Run run = run("export", "--db", db().toString(), "--article", "no-such-article");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("no-such-article"), run.err());
    }

    @Test
    void exportAsOwlWritesTurtleWithOneOntologyHeaderAndNoImports() {
        ModelExample.storeIn(db());
        Run run = run("export", "--db", db().toString(), "--format", "owl");
        assertEquals(0, run.exit(), run.err());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(back);
        assertEquals(1, back.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()).toList().size());
        assertTrue(back.find(Node.ANY, OWL.imports.asNode(), Node.ANY).toList().isEmpty());
        // the individuals are there, beside the terms
        assertTrue(back.contains(org.apache.jena.graph.NodeFactory.createURI(ModelExample.EVENT), RDF.type.asNode(), Node.ANY));
        assertTrue(back.size() > ModelExample.articleTriples());
    }

    @Test
    void exportWithAnUnknownFormatExitsNonZeroNamingTheValidFormats() {
        Run run = run("export", "--db", db().toString(), "--format", "nope");
        assertNotEquals(0, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("nope"), run.err());
        for (String format : GraphExport.FORMATS) assertTrue(run.err().contains(format), run.err());
        assertEquals("", run.out());
    }

    // ---------------------------------------------------------------- evaluate

    @Test
    void evaluateWithoutABenchmarkExitsNonZeroSayingWhatToGive() {
        Run run = run("evaluate");
        assertNotEquals(0, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--gold") && run.err().contains("--meantime") && run.err().contains("--redocred"), run.err());
    }

    @Test
    void reDocRedCountsACountryStatementAsALocationStatementToo() {
        // ng:inCountry (P17) is a sub-property of ng:locatedIn (P131) in the ontology.
        assertEquals(java.util.Set.of("P131"), EvaluateCommand.impliedWikidataProperties().get("P17"));
        assertEquals(java.util.Set.of(), EvaluateCommand.impliedWikidataProperties().get("P131"));
        // ng:locatedIn and ng:partOf are transitive.
        assertEquals(java.util.Set.of("P131", "P361"), EvaluateCommand.transitiveWikidataProperties());
    }
}
