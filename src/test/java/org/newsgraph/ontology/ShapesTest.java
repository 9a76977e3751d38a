package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.ArticleGraphValidator;
import org.newsgraph.rdf.ArticleGraphValidator.Problem;
import org.newsgraph.rdf.ArticleGraphValidator.ValidationResult;
import org.newsgraph.rdf.NG;

/** The shapes accept the reference model and name each fault of a broken article readably. */
class ShapesTest {
    private static ArticleGraphValidator validator;

    @BeforeAll
    static void setUp() {
        validator = new ArticleGraphValidator();
    }

    @Test
    void modelExampleConforms() throws Exception {
        ValidationResult result = validator.validate(articleGraph("/fixtures/model-example.trig"));
        assertTrue(result.conforms(), result.report());
    }

    @Test
    void brokenArticleIsCaughtWithReadableMessages() throws Exception {
        ValidationResult result = validator.validate(articleGraph("/ontology/broken-article.trig"));
        assertFalse(result.conforms());
        assertEquals(3, result.problems().size(), result.report());

        Problem noActor = only(result, "id:event/broken/1");
        assertEquals("ng:actor", noActor.path());
        assertTrue(noActor.message().contains("needs an ng:actor"), noActor.message());

        Problem outside = only(result, "id:article/broken#char=60,80");
        assertTrue(outside.message().contains("[60,80) lies outside its sentence"), outside.message());
        assertTrue(outside.message().contains("[0,21)"), outside.message());
        assertEquals("id:article/broken/sentence/0", outside.value());

        Problem noLabel = only(result, "id:entity/country/vestland");
        assertEquals("rdfs:label", noLabel.path());
        assertTrue(noLabel.message().contains("needs an rdfs:label"), noLabel.message());

        // The report is for people: one line per problem, naming node, path and message.
        assertTrue(result.report().startsWith("3 problems"), result.report());
        assertTrue(result.report().contains("id:event/broken/1  ng:actor: An event needs an ng:actor"), result.report());
    }

    @Test
    void eventWithoutCameoTypeOrWithBadModalityIsCaught() throws Exception {
        Graph graph = articleGraph("/fixtures/model-example.trig");
        Node event = NodeFactory.createURI(NG.ID + "event/ruritania-talks/1");
        // Typed only as the abstract ng:Event (no CAMEO code), with a relationship state as modality.
        graph.remove(event, RDF.type.asNode(), Node.ANY);
        graph.add(event, RDF.type.asNode(), NG.Event);
        graph.remove(event, NG.modality, Node.ANY);
        graph.add(event, NG.modality, NodeFactory.createURI(NG.NS + "Cooperative"));

        ValidationResult result = validator.validate(graph);
        assertFalse(result.conforms());
        List<String> messages = result.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("CAMEO event class")), result.report());
        assertTrue(messages.stream().anyMatch(m -> m.contains("ng:modality")), result.report());
    }

    private static Problem only(ValidationResult result, String focus) {
        List<Problem> matching = result.problems().stream().filter(p -> p.focusNode().equals(focus)).toList();
        assertEquals(1, matching.size(), "problems for " + focus + " in:\n" + result.report());
        return matching.get(0);
    }

    private static Graph articleGraph(String resource) throws Exception {
        return TrigFixtures.articleGraph(resource);
    }
}
