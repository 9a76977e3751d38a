package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.store.KnowledgeStore;

/**
 * The published endpoint, over HTTP: what anyone on the machine can read, and what nobody
 * without a password can change.
 */
class KnowledgeServerTest {
    static final String EVENT = "https://w3id.org/newsgraph/id/event/ruritania-talks/1";
    static final String SAMPLE_TRIPLE = "<https://w3id.org/newsgraph/id/entity/city/talmo> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> \"Talmo\"";

    @TempDir Path temp;

    private KnowledgeStore store;
    private FusekiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void loadTheModelExample() {
        store = KnowledgeStore.inMemory();
        store.replaceGraphs(modelExampleGraphs());
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** The article graph(s) of fixtures/model-example.trig, by graph name. */
    static Map<Node, Graph> modelExampleGraphs() {
        DatasetGraph parsed = DatasetGraphFactory.create();
        try (InputStream in = KnowledgeServerTest.class.getResourceAsStream("/fixtures/model-example.trig")) {
            RDFParser.source(Objects.requireNonNull(in, "fixtures/model-example.trig")).lang(Lang.TRIG).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Node, Graph> graphs = new HashMap<>();
        parsed.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            parsed.getGraph(g).find().forEachRemaining(copy::add);
            graphs.put(g, copy);
        });
        return graphs;
    }

    private void start(Path passwordFile) {
        server = KnowledgeServer.build(store.dataset(), QueryLibrary.fromClasspath(), new ServerSettings(0, true, passwordFile));
        server.start();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        // A fresh connection per write: Jetty closes the connection after refusing a request whose body it
        // did not read, and a pooled client would send the next request down that dead connection.
        return freshClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpClient freshClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A request the server answers by closing the connection was not accepted either. */
    interface Request { HttpResponse<String> send() throws Exception; }

    private static int statusOrClosed(Request request) throws Exception {
        try {
            return request.send().statusCode();
        } catch (java.io.IOException closed) {
            return 499;
        }
    }

    private HttpResponse<String> sparql(String query) throws Exception {
        return get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
    }

    private static List<JsonObject> bindings(String sparqlJson) {
        JsonArray rows = JSON.parse(sparqlJson).get("results").getAsObject().get("bindings").getAsArray();
        List<JsonObject> out = new ArrayList<>();
        rows.forEach(v -> out.add(v.getAsObject()));
        return out;
    }

    private static String value(JsonObject binding, String var) {
        JsonValue v = binding.get(var);
        return v == null ? null : v.getAsObject().get("value").getAsString().value();
    }

    private static final String INSERT = "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/graph/article/intruder> { "
            + "<https://example.org/x> <https://example.org/p> \"planted\" } }";
    private static final String DROP = "DROP ALL";

    // ---------------------------------------------------------------- reading

    @Test
    void sparqlSelectAnswersJsonOverTheUnionOfAllGraphs() throws Exception {
        start(null);
        HttpResponse<String> response = sparql(
                "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:NewsArticle }");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals("1", value(bindings(response.body()).get(0), "n"));

        // The event's class is in the article graph, its CAMEO code in the ontology graph: one pattern sees both.
        HttpResponse<String> joined = sparql("PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                + "SELECT ?code WHERE { <" + EVENT + "> a ?c . ?c ng:cameoCode ?code }");
        assertEquals(200, joined.statusCode(), joined.body());
        assertEquals("036", value(bindings(joined.body()).get(0), "code"));
    }

    @Test
    void theQueriesFolderListsTheLibraryWithNamesAndParameters() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray queries = JSON.parse(response.body()).get("queries").getAsArray();
        List<String> names = new ArrayList<>();
        queries.forEach(q -> names.add(q.getAsObject().get("name").getAsString().value()));
        List<String> expected = QueryLibrary.fromClasspath().all().stream().map(q -> q.name()).toList();
        assertEquals(expected, names);

        JsonObject whoDidWhat = queries.get(names.indexOf("who-did-what")).getAsObject();
        List<String> params = new ArrayList<>();
        whoDidWhat.get("parameters").getAsArray().forEach(p -> params.add(p.getAsObject().get("name").getAsString().value()));
        assertEquals(List.of("actor", "target"), params);
        assertEquals("/kg/queries/who-did-what", whoDidWhat.get("url").getAsString().value());
    }

    @Test
    void aLibraryQueryAnswersSparqlJsonByDefault() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?actor=Anna%20Berg");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<JsonObject> rows = bindings(response.body());
        assertEquals(1, rows.size(), response.body());
        assertEquals(EVENT, value(rows.get(0), "event"));
        assertEquals("036", value(rows.get(0), "cameo"));
        assertEquals("Anna Berg", value(rows.get(0), "actorLabel"));
        assertEquals("Olaf Lind", value(rows.get(0), "targetLabel"));
        assertEquals("2026-03-09", value(rows.get(0), "time"));
    }

    @Test
    void aLibraryQueryFilterThatMatchesNothingAnswersNoRows() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?actor=Olaf%20Lind");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, bindings(response.body()).size());
    }

    @Test
    void aLibraryQueryAnswersCsvWhenTheAcceptHeaderAsksForIt() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?actor=Anna%20Berg", "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals("event,cameo,eventType,actor,actorLabel,target,targetLabel,time,modality,sentence", lines.get(0));
        assertEquals(2, lines.size(), response.body());
        assertTrue(lines.get(1).startsWith(EVENT + ",036,"), lines.get(1));
        assertTrue(lines.get(1).contains("Anna Berg"), lines.get(1));
    }

    @Test
    void theFormatParameterOverridesAcceptAndGivesTsv() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?actor=Anna%20Berg&format=tsv", "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        List<String> lines = response.body().lines().toList();
        assertTrue(lines.get(0).startsWith("?event\t?cameo\t"), lines.get(0));
        assertEquals(2, lines.size(), response.body());
        assertTrue(lines.get(1).startsWith("<" + EVENT + ">\t\"036\""), lines.get(1));
    }

    @Test
    void anUnknownQueryIsNotFoundWithAReadableMessage() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/no-such-query");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("no query named 'no-such-query'"), response.body());
        assertTrue(response.body().contains("/kg/queries/"), response.body());
    }

    @Test
    void anUnknownParameterIsABadRequestNamingIt() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?colour=red");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("'colour'"), response.body());
        assertTrue(response.body().contains("actor, target"), "lists the known parameters: " + response.body());
    }

    @Test
    void aBadDateIsABadRequestNamingTheParameterAndTheValue() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/events?from=2026-02-30");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("'from'"), response.body());
        assertTrue(response.body().contains("2026-02-30"), response.body());
        assertTrue(response.body().contains("YYYY-MM-DD"), response.body());
    }

    @Test
    void anUnknownResultFormatIsABadRequestListingTheFormats() throws Exception {
        start(null);
        HttpResponse<String> response = get("/kg/queries/who-did-what?format=yaml");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("yaml") && response.body().contains("csv"), response.body());
    }

    // ---------------------------------------------------------------- writing

    @Test
    void withoutAPasswordFileNoUpdateIsAcceptedAnywhere() throws Exception {
        start(null);
        long before = quadCount();
        for (String path : List.of("/kg/update", "/kg/sparql", "/kg", "/kg/get")) {
            for (String update : List.of(INSERT, DROP)) {
                int asBody = statusOrClosed(() -> post(path, "application/sparql-update", update));
                assertTrue(asBody >= 400, path + " accepted an update: " + asBody);
                int asForm = statusOrClosed(() -> post(path, "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
                assertTrue(asForm >= 400, path + " accepted a form update: " + asForm);
            }
        }
        assertEquals(before, quadCount(), "the data changed");
    }

    @Test
    void withoutAPasswordFileTheGraphStoreCannotBeWritten() throws Exception {
        start(null);
        long before = quadCount();
        String turtle = "<https://example.org/x> <https://example.org/p> \"planted\" .";
        for (String path : List.of("/kg/get?default", "/kg?default", "/kg/data?default",
                "/kg/get?graph=" + URLEncoder.encode("https://w3id.org/newsgraph/id/graph/article/ruritania-talks", StandardCharsets.UTF_8))) {
            HttpRequest put = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build();
            assertTrue(statusOrClosed(() -> freshClient().send(put, HttpResponse.BodyHandlers.ofString())) >= 400, "PUT " + path);
            assertTrue(statusOrClosed(() -> post(path, "text/turtle", turtle)) >= 400, "POST " + path);
            HttpRequest delete = HttpRequest.newBuilder(URI.create(base() + path)).DELETE().build();
            assertTrue(statusOrClosed(() -> freshClient().send(delete, HttpResponse.BodyHandlers.ofString())) >= 400, "DELETE " + path);
        }
        assertEquals(before, quadCount(), "the data changed");
    }

    private Path realmFile() throws IOException {
        // Jetty HashLoginService properties: "username: password[,role ...]"
        Path realm = temp.resolve("realm.properties");
        Files.writeString(realm, "admin: secret, admin\n", StandardCharsets.UTF_8);
        return realm;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withAPasswordFileAnAnonymousUpdateIsUnauthorized() throws Exception {
        start(realmFile());
        long before = quadCount();
        HttpResponse<String> response = post("/kg/update", "application/sparql-update", INSERT);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post("/kg/update", "application/sparql-update", INSERT,
                "Authorization", basic("admin", "wrong")).statusCode());
        assertEquals(before, quadCount());
    }

    @Test
    void withAPasswordFileAnAuthenticatedUpdateIsApplied() throws Exception {
        start(realmFile());
        long before = quadCount();
        HttpResponse<String> response = post("/kg/update", "application/sparql-update", INSERT,
                "Authorization", basic("admin", "secret"));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.statusCode() + " " + response.body());
        assertEquals(before + 1, quadCount());
        HttpResponse<String> planted = sparql("SELECT ?o WHERE { <https://example.org/x> ?p ?o }");
        assertEquals("planted", value(bindings(planted.body()).get(0), "o"));
    }

    @Test
    void withAPasswordFileTheQueryEndpointStillRefusesUpdates() throws Exception {
        start(realmFile());
        long before = quadCount();
        HttpResponse<String> response = post("/kg/sparql", "application/sparql-update", INSERT,
                "Authorization", basic("admin", "secret"));
        assertTrue(response.statusCode() >= 400, "query endpoint took an update: " + response.statusCode());
        assertEquals(before, quadCount());
    }

    // ---------------------------------------------------------------- exposure

    @Test
    void aServiceClauseFailsWithoutTheServerFetchingAnything() throws Exception {
        start(null);
        try (ServerSocket bait = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            bait.setSoTimeout(500);
            for (String target : List.of("http://127.0.0.1:1/", "http://127.0.0.1:" + bait.getLocalPort() + "/sparql")) {
                HttpResponse<String> response = sparql("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
                assertNotEquals(200, response.statusCode(), "SERVICE <" + target + "> answered: " + response.body());
            }
            // A connection attempt would sit in the bait's backlog even though nobody called accept().
            Socket fetched = null;
            try {
                fetched = bait.accept();
            } catch (SocketTimeoutException expected) {
                // nothing connected
            }
            try (Socket s = fetched) {
                assertNull(s, "the server made an outgoing HTTP request for SERVICE");
            }
        }
    }

    @Test
    void byDefaultTheServerListensOnLoopbackOnly() {
        start(null);
        Connector[] connectors = server.getJettyServer().getConnectors();
        assertTrue(connectors.length > 0);
        for (Connector connector : connectors) {
            String host = ((ServerConnector) connector).getHost();
            assertTrue("localhost".equals(host) || "127.0.0.1".equals(host), "listens on " + host);
        }
    }

    @Test
    void theDefaultSettingsAreLoopbackReadOnly() {
        ServerSettings defaults = ServerSettings.defaults();
        assertTrue(defaults.loopbackOnly());
        assertNull(defaults.passwordFile());
    }

    @Test
    void theFrontPageSaysWhatIsServedWhere() throws Exception {
        start(null);
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        JsonObject index = JSON.parse(response.body());
        assertEquals("/kg/sparql", index.get("sparql").getAsString().value());
        assertEquals("/kg/queries/", index.get("queries").getAsString().value());
        assertEquals(404, get("/nothing-here").statusCode());
        assertFalse(get("/nothing-here").body().contains("Exception"));
    }
}
