package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;

/** Running a SELECT over the store and writing its results. */
class QueryRunnerTest {
    private static final Query TITLES = QueryFactory.create(
            "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "SELECT ?article ?title WHERE { ?article ng:title ?title } ORDER BY ?title");

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphsAndTheOntology() {
        ResultSetRewindable titles = QueryRunner.select(FixtureStore.dataset(), TITLES);
        assertEquals(2, titles.size(), "one title per article graph");
        Query cameoCodes = QueryFactory.create("PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                + "SELECT ?code WHERE { ?class ng:cameoCode ?code }");
        assertTrue(QueryRunner.select(FixtureStore.dataset(), cameoCodes).size() > 0, "ontology graph is visible");
    }

    @Test
    void resultsCanBeReadAgainAfterTheTransactionHasEnded() {
        ResultSetRewindable titles = QueryRunner.select(FixtureStore.dataset(), TITLES);
        titles.forEachRemaining(row -> {});
        titles.reset();
        assertEquals("Ruritania Hosts Talks", titles.next().getLiteral("title").getString());
    }

    @Test
    void eachFormatWritesItsOwnShape() {
        assertTrue(write("table").contains("| article"), write("table"));
        assertTrue(write("json").contains("\"vars\": [ \"article\" , \"title\" ]"), write("json"));
        assertTrue(write("csv").startsWith("article,title\r\n"), write("csv"));
        assertTrue(write("tsv").startsWith("?article\t?title\n"), write("tsv"));
        assertTrue(write("xml").contains("<variable name=\"title\"/>"), write("xml"));
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertEquals(write("csv"), write("CSV"));
    }

    @Test
    void anUnknownFormatIsRefusedListingTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> write("yaml"));
        assertEquals("unknown result format 'yaml'; valid: table, json, csv, tsv, xml", e.getMessage());
        assertEquals(List.of("table", "json", "csv", "tsv", "xml"), QueryRunner.FORMATS);
    }

    @Test
    void aBoundLibraryQueryRunsLikeAnyOther() {
        LibraryQuery events = FixtureStore.library().require("events");
        ResultSetRewindable rows = QueryRunner.select(FixtureStore.dataset(), events.bind(Map.of("cameo", "036")));
        assertEquals(1, rows.size());
    }

    private static String write(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.write(QueryRunner.select(FixtureStore.dataset(), TITLES), out, format);
        return out.toString(StandardCharsets.UTF_8);
    }
}
