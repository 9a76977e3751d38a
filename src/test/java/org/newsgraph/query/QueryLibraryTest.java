package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The query library as a whole: which queries exist, and what a well-formed query file is. */
class QueryLibraryTest {
    private static final Path QUERY_FOLDER = Path.of("queries");
    private static final QueryLibrary FOLDER_LIBRARY = QueryLibrary.fromDirectory(QUERY_FOLDER);

    static Stream<LibraryQuery> libraryQueries() {
        return FOLDER_LIBRARY.all().stream();
    }

    // ---- the shipped library ----

    @Test
    void theIndexListsExactlyTheQueryFilesOfTheFolder() throws IOException {
        Set<String> indexed = new TreeSet<>(QueryLibrary.readIndex(Files.readString(QUERY_FOLDER.resolve("index.txt"))));
        Set<String> files;
        try (Stream<Path> list = Files.list(QUERY_FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, indexed, "queries/index.txt must list every queries/*.rq file and nothing else");
    }

    @Test
    void theClasspathLibraryHoldsTheSameQueriesAsTheFolder() {
        assertEquals(names(FOLDER_LIBRARY), names(QueryLibrary.fromClasspath()));
    }

    @Test
    void theLibraryHasAtLeastFourteenQueries() {
        assertTrue(FOLDER_LIBRARY.all().size() >= 14, "only " + names(FOLDER_LIBRARY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryQueries")
    void everyQueryHasATitleADescriptionAndColumnsThatAreItsProjectedVariables(LibraryQuery query) {
        List<String> projected = query.query().getProjectVars().stream().map(Var::getVarName).toList();
        assertAll(
                () -> assertFalse(query.title().isBlank(), "title"),
                () -> assertFalse(query.description().isBlank(), "description"),
                () -> assertEquals(projected, query.columns(), "columns"),
                () -> assertTrue(query.query().isSelectType(), "SELECT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryQueries")
    void everyDeclaredParameterIsUsedInItsQuery(LibraryQuery query) {
        String text = query.query().toString();
        for (QueryParameter parameter : query.parameters())
            assertTrue(text.contains("?" + parameter.variable().getVarName()), parameter.name());
    }

    @Test
    void theEvaluationContractQueriesKeepTheirColumnsInOrder() {
        assertEquals(List.of("entity", "label", "type", "wikidata"), FOLDER_LIBRARY.require("entities").columns());
        assertEquals(List.of("event", "cameo", "actor", "actorLabel", "target", "targetLabel", "time", "modality",
                "attributedTo", "attributedToLabel", "sentence", "actingBody", "actingBodyLabel", "targetBody", "targetBodyLabel"),
                FOLDER_LIBRARY.require("events").columns());
        assertEquals(List.of("subject", "subjectLabel", "property", "propertyLabel", "wikidataProperty", "object",
                "objectLabel", "sentence"), FOLDER_LIBRARY.require("relations").columns());
    }

    @Test
    void theEvaluationContractQueriesTakeTheirAgreedParameters() {
        assertEquals(List.of("type", "article"), parameterNames("entities"));
        assertEquals(List.of("article", "cameo", "from", "to"), parameterNames("events"));
        assertEquals(List.of("article", "subject"), parameterNames("relations"));
    }

    @Test
    void aHeaderIsReadIntoTitleDescriptionParametersAndColumns() {
        LibraryQuery query = FOLDER_LIBRARY.require("who-did-what");
        assertEquals("Who did what to whom", query.title());
        QueryParameter actor = query.parameter("actor").orElseThrow();
        assertEquals(QueryParameter.Type.STRING, actor.type());
        assertFalse(actor.required());
        assertEquals("Label (or surface form) of the actor, case-insensitive", actor.description());
        assertTrue(FOLDER_LIBRARY.require("done-to").parameter("target").orElseThrow().required());
    }

    @Test
    void requireNamesTheKnownQueriesWhenThereIsNoneOfThatName() {
        var e = assertThrows(IllegalArgumentException.class, () -> FOLDER_LIBRARY.require("who-did-that"));
        assertTrue(e.getMessage().startsWith("no query named who-did-that; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("who-did-what"), e.getMessage());
        assertTrue(FOLDER_LIBRARY.get("who-did-that").isEmpty());
    }

    // ---- malformed files fail at load time, naming file and line ----

    private static final String GOOD_HEADER = """
            # title: Names
            # description: Every label.
            # param: article iri optional  Only this article
            # columns: entity label
            """;
    private static final String GOOD_BODY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?entity ?label WHERE {
              ?entity rdfs:label ?label .
              FILTER(!BOUND(?param_article) || EXISTS { ?entity ng:mentionedIn ?param_article })
            }
            """;

    @Test
    void aWellFormedFileParses() {
        LibraryQuery query = QueryLibrary.parse("names.rq", GOOD_HEADER + GOOD_BODY);
        assertEquals("names", query.name());
        assertEquals(List.of("entity", "label"), query.columns());
    }

    @Test
    void aFileWithoutTitleIsRejected() {
        assertMalformed("names.rq:1: the header has no '# title:' line",
                GOOD_HEADER.replace("# title: Names\n", "") + GOOD_BODY);
    }

    @Test
    void anUnknownParameterTypeIsRejectedWithItsLine() {
        assertMalformed("names.rq:3: unknown parameter type 'uri' (known: string, iri, date, integer, code)",
                GOOD_HEADER.replace("article iri", "article uri") + GOOD_BODY);
    }

    @Test
    void aParameterLineWithoutRequiredOrOptionalIsRejected() {
        assertMalformed("names.rq:3: parameter 'article' must be 'required' or 'optional', got 'Only'",
                GOOD_HEADER.replace("iri optional  Only", "iri Only") + GOOD_BODY);
    }

    @Test
    void aMisspeltHeaderFieldIsRejectedRatherThanIgnored() {
        assertMalformed("names.rq:3: unknown header field 'parm' (known: title, description, param, columns)",
                GOOD_HEADER.replace("# param:", "# parm:") + GOOD_BODY);
    }

    @Test
    void columnsThatDifferFromTheProjectedVariablesAreRejected() {
        assertMalformed("names.rq:4: columns [label, entity] differ from the SELECT's projected variables [entity, label]",
                GOOD_HEADER.replace("columns: entity label", "columns: label entity") + GOOD_BODY);
    }

    @Test
    void aSparqlSyntaxErrorNamesTheFileAndTheLineOfTheError() {
        MalformedQueryException e = assertThrows(MalformedQueryException.class,
                () -> QueryLibrary.parse("names.rq", GOOD_HEADER + GOOD_BODY.replace("BOUND(?param_article)", "BOUND(?param_article")));
        assertEquals("names.rq", e.file());
        assertEquals(9, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("names.rq:9: SPARQL syntax error"), e.getMessage());
    }

    @Test
    void aDeclaredParameterTheQueryNeverUsesIsRejected() {
        assertMalformed("names.rq:3: parameter 'article' is declared but the query never uses ?param_article",
                GOOD_HEADER + GOOD_BODY.replace("  FILTER(!BOUND(?param_article) || EXISTS { ?entity ng:mentionedIn ?param_article })\n", ""));
    }

    @Test
    void aParameterVariableWithoutADeclarationIsRejected() {
        assertMalformed("names.rq:1: the query uses ?param_article without declaring a parameter for it ('# param: ...')",
                GOOD_HEADER.replace("# param: article iri optional  Only this article\n", "") + GOOD_BODY);
    }

    @Test
    void onlySelectQueriesBelongInTheLibrary() {
        assertMalformed("names.rq:1: library queries must be SELECT queries",
                "# title: t\n# description: d\n# columns: x\nASK { ?s ?p ?o }\n");
    }

    @Test
    void aBrokenFileInAFolderIsReportedByName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("good.rq"), GOOD_HEADER + GOOD_BODY);
        Files.writeString(folder.resolve("broken.rq"), GOOD_HEADER.replace("# columns: entity label\n", "") + GOOD_BODY);
        var e = assertThrows(MalformedQueryException.class, () -> QueryLibrary.fromDirectory(folder));
        assertEquals("broken.rq", e.file());
    }

    private static void assertMalformed(String expectedMessage, String fileText) {
        var e = assertThrows(MalformedQueryException.class, () -> QueryLibrary.parse("names.rq", fileText));
        assertEquals(expectedMessage, e.getMessage());
    }

    private static List<String> names(QueryLibrary library) {
        return library.all().stream().map(LibraryQuery::name).toList();
    }

    private static List<String> parameterNames(String query) {
        return FOLDER_LIBRARY.require(query).parameters().stream().map(QueryParameter::name).toList();
    }
}
