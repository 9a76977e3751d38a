package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;

/**
 * Keeps the Java vocabulary, the shapes and the example model honest: every ng: term they use
 * must be declared in the ontology, so no ad-hoc IRI slips into the graph.
 */
class VocabularyMatchesOntologyTest {

    private static final List<Node> DECLARATION_TYPES = List.of(
            OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), OWL.NamedIndividual.asNode());

    @Test
    void everyNgConstantIsDeclaredInNewsgraphTtl() throws IllegalAccessException {
        Graph newsgraph = Ontology.load(Ontology.NEWSGRAPH_TTL);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Field field : NG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Node.class) continue;
            Node term = (Node) field.get(null);
            if (!term.isURI() || !term.getURI().startsWith(NG.NS)) continue;
            checked++;
            if (!isDeclared(newsgraph, term)) missing.add("NG." + field.getName() + " = " + term.getURI());
        }
        assertTrue(checked > 50, "reflection found only " + checked + " NG terms");
        assertTrue(missing.isEmpty(), "NG constants not declared in ontology/newsgraph.ttl:\n" + String.join("\n", missing));
    }

    @Test
    void shapesUseOnlyDeclaredTerms() {
        assertAllNgTermsDeclared("ontology/shapes.ttl", Ontology.shapesGraph());
    }

    @Test
    void modelExampleUsesOnlyDeclaredTerms() throws Exception {
        DatasetGraph dsg = TrigFixtures.dataset("/fixtures/model-example.trig");
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        assertAllNgTermsDeclared("fixtures/model-example.trig", all);
    }

    private static void assertAllNgTermsDeclared(String what, Graph graph) {
        Graph ontology = Ontology.ontologyGraph();
        Set<String> undeclared = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NG.NS) && !isDeclared(ontology, n)) undeclared.add(n.getURI());
            }
        });
        assertTrue(undeclared.isEmpty(), what + " uses ng: terms the ontology does not declare:\n"
                + String.join("\n", undeclared));
    }

    private static boolean isDeclared(Graph ontology, Node term) {
        return DECLARATION_TYPES.stream().anyMatch(type -> ontology.contains(term, RDF.type.asNode(), type));
    }
}
