package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import java.io.StringWriter;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Protégé and a DL reasoner will think of the ontology: cameo.ttl is loaded through the
 * Protégé catalog (so its owl:imports of newsgraph.ttl resolves offline, exactly as an editor
 * would see it), then checked for the OWL 2 DL profile, consistency, satisfiability and
 * documentation of every ng: term.
 */
class OntologyProfileTest {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static OWLOntologyManager manager;
    private static OWLOntology cameo;
    private static OWLReasoner reasoner;
    private static OWLDataFactory df;

    @BeforeAll
    static void load() throws Exception {
        manager = OWLManager.createOWLOntologyManager();
        df = manager.getOWLDataFactory();
        URL catalog = resource("/ontology/catalog-v001.xml");
        mapImportsThroughCatalog(manager, catalog);
        cameo = manager.loadOntologyFromOntologyDocument(IRI.create(resource(Ontology.CAMEO_TTL).toURI()));
        reasoner = new ReasonerFactory().createReasoner(cameo);
    }

    @AfterAll
    static void dispose() {
        if (reasoner != null) reasoner.dispose();
    }

    @Test
    void cameoImportsNewsgraphThroughTheCatalog() {
        Set<String> loaded = cameo.importsClosure()
                .map(o -> o.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("?"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(Ontology.IRI, Ontology.IRI + "/cameo"), loaded);
    }

    @Test
    void isInOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(cameo);
        if (!report.isInProfile()) {
            fail(report.getViolations().size() + " OWL 2 DL violations:\n" + report.getViolations().stream()
                    .map(OWLProfileViolation::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() {
        assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
        Set<OWLClass> unsat = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertTrue(unsat.isEmpty(), "Unsatisfiable classes: " + unsat);
    }

    @Test
    void everyNgTermHasEnglishLabelAndDefinition() {
        List<String> problems = new ArrayList<>();
        cameo.signature(Imports.INCLUDED)
                .filter(e -> e.getIRI().toString().startsWith(NG.NS))
                .filter(e -> !e.isOWLDatatype())
                .sorted()
                .forEach(e -> {
                    List<OWLAnnotationAssertionAxiom> annotations = annotationsOf(e);
                    boolean label = annotations.stream().anyMatch(a -> a.getProperty().isLabel() && isEnglish(a));
                    boolean definition = annotations.stream().anyMatch(a ->
                            a.getProperty().getIRI().toString().equals(SKOS + "definition")
                                    || a.getProperty().getIRI().equals(OWLRDFVocabulary.RDFS_COMMENT.getIRI()));
                    if (!label) problems.add(e.getIRI().getShortForm() + " has no English rdfs:label");
                    if (!definition) problems.add(e.getIRI().getShortForm() + " has no skos:definition or rdfs:comment");
                });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCameoClassHasCodeAndGoldstein() {
        OWLClass event = df.getOWLClass(IRI.create(NG.NS + "Event"));
        Set<OWLClass> cameoClasses = reasoner.getSubClasses(event, false).entities()
                .filter(c -> !c.isOWLNothing()).collect(Collectors.toSet());
        assertTrue(cameoClasses.size() >= 300, "expected the full codebook, found " + cameoClasses.size());

        List<String> problems = new ArrayList<>();
        int roots = 0;
        for (OWLClass c : cameoClasses) {
            String code = literal(c, NG.cameoCode.getURI());
            if (code == null) problems.add(c.getIRI().getShortForm() + " has no ng:cameoCode");
            String goldstein = literal(c, NG.goldstein.getURI());
            if (goldstein == null) problems.add(c.getIRI().getShortForm() + " has no ng:goldstein");
            if (code != null && code.length() == 2) {
                roots++;
                if (literal(c, NG.quadClass.getURI()) == null) problems.add("root " + code + " has no ng:quadClass");
            }
        }
        assertEquals(20, roots, "CAMEO has twenty root codes");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void versionConstantMatchesOntology() {
        OWLOntology newsgraph = cameo.importsClosure()
                .filter(o -> o.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("").equals(Ontology.IRI))
                .findFirst().orElseThrow();
        String versionInfo = newsgraph.annotations()
                .filter(a -> a.getProperty().getIRI().equals(OWLRDFVocabulary.OWL_VERSION_INFO.getIRI()))
                .map(a -> a.getValue().asLiteral().map(OWLLiteral::getLiteral).orElse(""))
                .findFirst().orElse(null);
        assertEquals(Ontology.VERSION, versionInfo);
        assertEquals(IRI.create(Ontology.IRI + "/" + Ontology.VERSION),
                newsgraph.getOntologyID().getVersionIRI().orElse(null));
    }

    /**
     * The reference article graph, read as OWL together with the ontology, is still OWL 2 DL
     * (ng:property's punned property values included) and consistent: no domain, range,
     * functional or disjointness axiom contradicts the graph model.
     */
    @Test
    void modelExampleIsDlAndConsistentWithTheOntology() throws Exception {
        Graph article = TrigFixtures.articleGraph("/fixtures/model-example.trig");
        Model data = ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph());
        data.add(ModelFactory.createModelForGraph(article));
        data.createResource("urn:newsgraph:test:model-example")
                .addProperty(RDF.type, OWL.Ontology)
                .addProperty(OWL.imports, data.createResource(Ontology.IRI + "/cameo"));
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, data, Lang.TURTLE);

        OWLOntology example = manager.loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
        try {
            OWLProfileReport report = new OWL2DLProfile().checkOntology(example);
            assertTrue(report.isInProfile(), () -> report.getViolations().stream()
                    .map(OWLProfileViolation::toString).collect(Collectors.joining("\n")));
            OWLReasoner withData = new ReasonerFactory().createReasoner(example);
            try {
                assertTrue(withData.isConsistent(), "model-example.trig contradicts the ontology");
            } finally {
                withData.dispose();
            }
        } finally {
            manager.removeOntology(example);
        }
    }

    // ---- helpers ----

    private static List<OWLAnnotationAssertionAxiom> annotationsOf(OWLEntity e) {
        return cameo.importsClosure().flatMap(o -> o.annotationAssertionAxioms(e.getIRI())).toList();
    }

    private static boolean isEnglish(OWLAnnotationAssertionAxiom a) {
        return a.getValue().asLiteral().map(l -> l.getLang().equalsIgnoreCase("en")).orElse(false);
    }

    private static String literal(OWLClass c, String property) {
        return annotationsOf(c).stream()
                .filter(a -> a.getProperty().getIRI().toString().equals(property))
                .map(a -> a.getValue().asLiteral().map(OWLLiteral::getLiteral).orElse(null))
                .filter(v -> v != null)
                .findFirst().orElse(null);
    }

    private static URL resource(String path) {
        URL url = OntologyProfileTest.class.getResource(path);
        if (url == null) throw new IllegalStateException(path + " is not on the test classpath");
        return url;
    }

    /** Reads Protégé's catalog-v001.xml and maps each ontology IRI to the file it names. */
    private static void mapImportsThroughCatalog(OWLOntologyManager manager, URL catalog) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(catalog.openStream());
        NodeList uris = doc.getElementsByTagNameNS("*", "uri");
        for (int i = 0; i < uris.getLength(); i++) {
            Element entry = (Element) uris.item(i);
            IRI ontologyIri = IRI.create(entry.getAttribute("name"));
            IRI document = IRI.create(catalog.toURI().resolve(entry.getAttribute("uri")));
            manager.getIRIMappers().add(new SimpleIRIMapper(ontologyIri, document));
        }
    }
}
