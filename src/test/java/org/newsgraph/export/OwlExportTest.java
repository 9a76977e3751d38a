package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphExport;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.RDFOntologyHeaderStatus;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * {@code export --format owl}, for one article and for the whole store, read by the OWL API as
 * Protégé would: OWL 2 DL, consistent for HermiT, no unsatisfiable class, individuals typed.
 */
class OwlExportTest {
    private static final String TRUMP = NG.ID + "entity/Q22686";

    private static IngestedArticles ingested;
    private static OWLOntologyManager manager;
    private static OWLDataFactory df;

    @BeforeAll
    static void setUp() {
        ingested = IngestedArticles.get();
        manager = OWLManager.createOWLOntologyManager();
        df = manager.getOWLDataFactory();
    }

    @AfterAll
    static void tearDown() {
        if (manager != null) manager.ontologies().toList().forEach(manager::removeOntology);
    }

    @Test
    void seedArticleExportIsOwl2DlConsistentAndHoldsItsIndividuals() throws Exception {
        OWLOntology ontology = export(IngestedArticles.SEED_ID);
        try {
            assertDl(ontology);
            OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
            try {
                assertConsistentAndSatisfiable(reasoner);

                OWLNamedIndividual trump = df.getOWLNamedIndividual(IRI.create(TRUMP));
                assertTrue(ontology.containsIndividualInSignature(trump.getIRI()), TRUMP + " is not in the export");
                assertTrue(reasoner.getTypes(trump, false).containsEntity(ngClass("Person")),
                        TRUMP + " is not an ng:Person: " + reasoner.getTypes(trump, true));
                assertTrue(reasoner.getTypes(trump, false).containsEntity(ngClass("Agent")), "ng:Person is under ng:Agent");

                OWLNamedIndividual article = df.getOWLNamedIndividual(IRI.create(Iris.article(IngestedArticles.SEED_ID).getURI()));
                assertTrue(reasoner.getTypes(article, false).containsEntity(ngClass("NewsArticle")));

                List<OWLNamedIndividual> invitations = eventsWithCode(ontology, "036");
                assertFalse(invitations.isEmpty(), "no event individual of a class with ng:cameoCode \"036\"");
                for (OWLNamedIndividual e : invitations) {
                    assertTrue(reasoner.getTypes(e, false).containsEntity(ngClass("Event")), e + " is not an ng:Event");
                }
            } finally {
                reasoner.dispose();
            }
        } finally {
            manager.removeOntology(ontology);
        }
    }

    @Test
    void wholeStoreExportIsOwl2DlAndConsistent() throws Exception {
        OWLOntology ontology = export(null);
        try {
            assertDl(ontology);
            OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
            try {
                assertConsistentAndSatisfiable(reasoner);
                OWLClass article = ngClass("NewsArticle");
                Set<String> articles = reasoner.getInstances(article, false).entities()
                        .map(i -> i.getIRI().toString()).collect(Collectors.toSet());
                Set<String> expected = ingested.store().articleIds().stream()
                        .map(id -> Iris.article(id).getURI()).collect(Collectors.toSet());
                assertEquals(expected, articles);
                assertTrue(reasoner.getTypes(df.getOWLNamedIndividual(IRI.create(TRUMP)), false).containsEntity(ngClass("Person")));
                assertFalse(eventsWithCode(ontology, "036").isEmpty());
                assertTrue(reasoner.getInstances(ngClass("Event"), false).entities().count()
                        >= eventsWithCode(ontology, "036").size());
            } finally {
                reasoner.dispose();
            }
        } finally {
            manager.removeOntology(ontology);
        }
    }

    // ---- helpers ----

    private static OWLOntology export(String articleId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        GraphExport.write(ingested.store(), "owl", articleId, out);
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
        System.out.printf("OWL export of %s: %d bytes, %d axioms, %d individuals, %d ms to write and load%n",
                articleId == null ? "the whole store" : articleId, out.size(), ontology.getAxiomCount(),
                ontology.getIndividualsInSignature().size(), (System.nanoTime() - t0) / 1_000_000);
        assertCleanlyParsed(ontology);
        return ontology;
    }

    /**
     * Every triple became an axiom, nothing was typed by guessing (the OWL API guesses the kind of
     * an undeclared property), and the document has exactly one ontology header.
     */
    private static void assertCleanlyParsed(OWLOntology ontology) {
        OWLDocumentFormat format = manager.getOntologyFormat(ontology);
        RDFParserMetaData meta = (RDFParserMetaData) format.getOntologyLoaderMetaData()
                .orElseThrow(() -> new AssertionError("no loader metadata for " + format));
        List<String> unparsed = meta.getUnparsedTriples().map(Object::toString).sorted().toList();
        assertTrue(unparsed.isEmpty(), unparsed.size() + " triples the OWL API could not read as OWL:\n"
                + String.join("\n", unparsed.subList(0, Math.min(40, unparsed.size()))));
        assertTrue(meta.getGuessedDeclarations().isEmpty(), "undeclared terms: " + meta.getGuessedDeclarations());
        assertEquals(RDFOntologyHeaderStatus.PARSED_ONE_HEADER, meta.getHeaderState());
    }

    private static void assertDl(OWLOntology ontology) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        if (!report.isInProfile()) {
            String violations = report.getViolations().stream().map(OWLProfileViolation::toString)
                    .collect(Collectors.joining("\n"));
            System.out.println(violations);
            fail(report.getViolations().size() + " OWL 2 DL violations:\n" + violations);
        }
    }

    private static void assertConsistentAndSatisfiable(OWLReasoner reasoner) {
        assertTrue(reasoner.isConsistent(), "HermiT finds the export inconsistent");
        Set<OWLClass> unsat = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertTrue(unsat.isEmpty(), "unsatisfiable classes: " + unsat);
    }

    private static OWLClass ngClass(String local) {
        return df.getOWLClass(IRI.create(NG.NS + local));
    }

    /** Individuals asserted to be of a named class whose ng:cameoCode annotation is {@code code}. */
    private static List<OWLNamedIndividual> eventsWithCode(OWLOntology ontology, String code) {
        return ontology.axioms(AxiomType.CLASS_ASSERTION)
                .filter(ax -> ax.getIndividual().isNamed() && hasCode(ontology, ax.getClassExpression(), code))
                .map(ax -> ax.getIndividual().asOWLNamedIndividual())
                .distinct().toList();
    }

    private static boolean hasCode(OWLOntology ontology, OWLClassExpression ce, String code) {
        if (ce.isAnonymous()) return false;
        return ontology.annotationAssertionAxioms(ce.asOWLClass().getIRI())
                .filter(a -> a.getProperty().getIRI().toString().equals(NG.cameoCode.getURI()))
                .map(a -> a.getValue().asLiteral().map(OWLLiteral::getLiteral).orElse(null))
                .anyMatch(code::equals);
    }
}
