package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a text value becomes an RDF term, per declared type. */
class QueryParameterTest {

    private static QueryParameter parameter(String name, QueryParameter.Type type) {
        return new QueryParameter(name, type, false, "test");
    }

    @Test
    void aStringBecomesAPlainStringLiteral() {
        Node node = parameter("actor", QueryParameter.Type.STRING).toNode("Anna Berg");
        assertEquals("Anna Berg", node.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDstring, node.getLiteralDatatype());
        assertEquals("", node.getLiteralLanguage());
    }

    @Test
    void aDateBecomesADateTimeAtMidnightUtcLikeTheStoredTimes() {
        Node node = parameter("from", QueryParameter.Type.DATE).toNode("2026-03-09");
        assertEquals("2026-03-09T00:00:00Z", node.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdateTime, node.getLiteralDatatype());
    }

    @Test
    void anIriBecomesAUriNodeAndMayCarryAFragment() {
        String span = "https://w3id.org/newsgraph/id/article/ruritania-talks#char=79,86";
        Node node = parameter("fact", QueryParameter.Type.IRI).toNode(span);
        assertTrue(node.isURI());
        assertEquals(span, node.getURI());
    }

    @Test
    void anIntegerBecomesAnXsdInteger() {
        Node node = parameter("minCount", QueryParameter.Type.INTEGER).toNode("+2");
        assertEquals("2", node.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDinteger, node.getLiteralDatatype());
    }

    @Test
    void aCodeBecomesAStringLiteral() {
        Node node = parameter("cameo", QueryParameter.Type.CODE).toNode("036");
        assertEquals("036", node.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDstring, node.getLiteralDatatype());
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DATE    | 9 March 2026              | parameter 'p' must be a date YYYY-MM-DD, got '9 March 2026'",
            "DATE    | 2026-3-9                  | parameter 'p' must be a date YYYY-MM-DD, got '2026-3-9'",
            "DATE    | 2026-02-30                | parameter 'p' must be a real calendar date YYYY-MM-DD, got '2026-02-30'",
            "IRI     | article/ruritania-talks   | parameter 'p' must be an absolute IRI such as https://w3id.org/newsgraph/id/..., got 'article/ruritania-talks'",
            "INTEGER | ten                       | parameter 'p' must be a whole number, got 'ten'",
            "INTEGER | 2.5                       | parameter 'p' must be a whole number, got '2.5'",
            "CODE    | 03'); DROP ALL            | parameter 'p' must be a short code of letters, digits, '.', '_' or '-' (e.g. 036, hedged), got '03'); DROP ALL'",
    })
    void aValueThatDoesNotFitItsTypeIsRefusedWithAOneLineReason(QueryParameter.Type type, String value, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> parameter("p", type).toNode(value));
        assertEquals(message, e.getMessage());
    }

    @Test
    void anIriThatWouldBreakOutOfItsBracketsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> parameter("article", QueryParameter.Type.IRI)
                .toNode("https://example.org/> } ; DROP ALL ; <x"));
        assertTrue(e.getMessage().startsWith("parameter 'article' must be an IRI"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aParameterIsCarriedByItsOwnVariableSoItCannotClashWithAColumn() {
        assertEquals("param_cameo", parameter("cameo", QueryParameter.Type.CODE).variable().getVarName());
    }

    @Test
    void parameterNamesArePlainIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> parameter("actor label", QueryParameter.Type.STRING));
        assertThrows(IllegalArgumentException.class, () -> parameter("param_x", QueryParameter.Type.STRING));
    }
}
