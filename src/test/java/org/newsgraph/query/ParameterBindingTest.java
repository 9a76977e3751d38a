package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Binding parameter values to a library query: checked, and on the syntax tree only. */
class ParameterBindingTest {
    private final LibraryQuery whoDidWhat = FixtureStore.library().require("who-did-what");
    private final LibraryQuery doneTo = FixtureStore.library().require("done-to");
    private final LibraryQuery events = FixtureStore.library().require("events");

    @Test
    void anUnknownParameterIsRefusedNamingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> whoDidWhat.bind(Map.of("actr", "Anna Berg")));
        assertEquals("query 'who-did-what' has no parameter 'actr'; known: actor, target", e.getMessage());
    }

    @Test
    void aMissingRequiredParameterIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> doneTo.bind(Map.of("actor", "Anna Berg")));
        assertEquals("query 'done-to' needs parameter 'target' (Label (or surface form) of the target, case-insensitive)",
                e.getMessage());
    }

    @Test
    void aBlankValueCountsAsNotGiven() {
        assertThrows(IllegalArgumentException.class, () -> doneTo.bind(Map.of("target", "  ")));
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("actor", null);
        assertTrue(whoDidWhat.bind(nullValue).toString().contains("?param_actor"));
    }

    @Test
    void anIllTypedValueIsRefusedBeforeTheQueryRuns() {
        var e = assertThrows(IllegalArgumentException.class, () -> events.bind(Map.of("from", "March 2026")));
        assertEquals("parameter 'from' must be a date YYYY-MM-DD, got 'March 2026'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> events.bind(Map.of("article", "ruritania-talks")));
        assertTrue(e.getMessage().startsWith("parameter 'article' must be an absolute IRI"), e.getMessage());
    }

    @Test
    void anOptionalParameterLeftOutStaysAVariable() {
        String bound = whoDidWhat.bind(Map.of("actor", "Anna Berg")).toString();
        assertFalse(bound.contains("?param_actor"), bound);
        assertTrue(bound.contains("?param_target"), bound);
    }

    @Test
    void bindingReturnsANewQueryAndLeavesTheLibraryQueryUnbound() {
        String before = whoDidWhat.query().toString();
        Query bound = whoDidWhat.bind(Map.of("actor", "Anna Berg"));
        assertTrue(bound.toString().contains("\"Anna Berg\""));
        assertEquals(before, whoDidWhat.query().toString());
        assertTrue(whoDidWhat.query().toString().contains("?param_actor"));
    }

    @Test
    void aValueWithQuotesAndSparqlInItStaysOneLiteral() {
        String hostile = "Anna\" } ; DROP ALL ; INSERT DATA { <x> <y> \"z\" } #";
        Query bound = whoDidWhat.bind(Map.of("actor", hostile));
        // the serialiser escapes the quote: the value is one string literal in the tree
        assertTrue(bound.toString().contains("\"Anna\\\" } ; DROP ALL ; INSERT DATA { <x> <y> \\\"z\\\" } #\""),
                bound.toString());
        Dataset store = FixtureStore.dataset();
        long quadsBefore = countQuads(store);
        assertEquals(0, QueryRunner.select(store, bound).size(), "no entity has that name");
        assertEquals(quadsBefore, countQuads(store), "the store is unchanged");
    }

    @Test
    void aHostileValueForAnIriParameterIsRefusedNotPasted() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> events.bind(Map.of("article", "https://w3id.org/x> } ; DROP ALL ; #")));
        assertTrue(e.getMessage().startsWith("parameter 'article' must be an IRI"), e.getMessage());
    }

    private static long countQuads(Dataset store) {
        return Txn.calculateRead(store, () -> store.asDatasetGraph().stream().count());
    }
}
