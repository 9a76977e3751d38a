package org.newsgraph.acceptance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.extract.DataTable;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.rdf.CameoCodebook;
import org.newsgraph.rdf.NG;

/** Names that data files hand to the RDF stage must be ontology terms: a typo is an error here, not a new IRI. */
class DataFilesMatchOntologyTest {

    @Test
    void everyTriggerCodeIsInTheCameoCodebook() {
        CameoCodebook codebook = CameoCodebook.load();
        List<String> unknown = new ArrayList<>();
        for (DataTable.Row r : DataTable.fromClasspath("/org/newsgraph/lexicon/event-triggers.tsv").rows()) {
            // "-" marks a sense that is no event ("press ahead"); "=" one that repeats the act before it ("follow suit").
            if (r.require("cameo").equals("-") || r.require("cameo").equals("=")) continue;
            if (codebook.byCode(r.require("cameo")).isEmpty()) unknown.add(r.source() + ":" + r.line() + " " + r.require("cameo"));
        }
        assertTrue(unknown.isEmpty(), "CAMEO codes not in ontology/cameo.ttl: " + unknown);
    }

    @Test
    void everyRefusalCodeIsInTheCameoCodebook() {
        CameoCodebook codebook = CameoCodebook.load();
        List<String> unknown = new ArrayList<>();
        for (DataTable.Row r : DataTable.fromClasspath("/org/newsgraph/lexicon/refusal-codes.tsv").rows()) {
            for (String column : List.of("cameo", "refusal")) {
                if (codebook.byCode(r.require(column)).isEmpty()) unknown.add(r.source() + ":" + r.line() + " " + r.require(column));
            }
        }
        assertTrue(unknown.isEmpty(), "CAMEO codes not in ontology/cameo.ttl: " + unknown);
    }

    @Test
    void everyCodeWithATraitIsInTheCameoCodebook() {
        CameoCodebook codebook = CameoCodebook.load();
        List<String> unknown = new ArrayList<>();
        for (DataTable.Row r : DataTable.fromClasspath("/org/newsgraph/lexicon/code-traits.tsv").rows()) {
            if (codebook.byCode(r.require("cameo")).isEmpty()) unknown.add(r.source() + ":" + r.line() + " " + r.require("cameo"));
            if (!List.of("addressed-to-doer", "state-only", "office-holder", "conditioned-party", "between-parties", "aimed-as-its-act", "against-own-state", "own-people", "on-territory", "threat", "crowd-act", "crowd-target", "aid-recipient", "monadic", "visit", "state-when-passive", "on-goods", "against-main-country", "against-decider", "answers-adversary", "probes-clause", "accuses-clause-subject", "aimed-at-leaver", "against-employer", "released-by-holder").contains(r.require("trait"))) unknown.add(r.source() + ":" + r.line() + " trait " + r.require("trait"));
        }
        assertTrue(unknown.isEmpty(), "CAMEO codes not in ontology/cameo.ttl, or unknown traits: " + unknown);
    }

    @Test
    void everyRelationPropertyAndStateIsAnOntologyTerm() {
        Lexicon lexicon = Lexicon.builtIn();
        for (String p : lexicon.relationPropertyNames()) assertDoesNotThrow(() -> NG.named(p), p);
        for (String st : lexicon.relationshipStateNames()) assertDoesNotThrow(() -> NG.named(st), st);
    }

    @Test
    void relationSignaturesRespectTheOntologysDomainsAndRanges() {
        Lexicon lexicon = Lexicon.builtIn();
        List<String> wrong = new ArrayList<>();
        for (var e : lexicon.relationSignatures().entrySet()) {
            Node property = NG.named(e.getKey());
            check(property, RDFS.domain.asNode(), e.getValue()[0], e.getKey() + " subject", wrong);
            check(property, RDFS.range.asNode(), e.getValue()[1], e.getKey() + " object", wrong);
        }
        assertTrue(wrong.isEmpty(), "signatures broader than the ontology allows: " + wrong);
    }

    /** The signature's class must be the ontology's domain/range or a subclass of it. */
    private static void check(Node property, Node axis, String signatureClass, String what, List<String> wrong) {
        Graph ontology = Ontology.ontologyGraph();
        Node declared = ontology.find(property, axis, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
        if (declared == null || !declared.isURI() || !declared.getURI().startsWith(NG.NS)) return;
        Node cls = NG.named(signatureClass);
        if (!isSubClass(ontology, cls, declared, 0)) wrong.add(what + ": " + signatureClass + " is not within " + declared.getLocalName());
    }

    private static boolean isSubClass(Graph g, Node sub, Node sup, int depth) {
        if (sub.equals(sup)) return true;
        if (depth > 10) return false;
        for (var it = g.find(sub, RDFS.subClassOf.asNode(), Node.ANY); it.hasNext(); ) {
            Node parent = it.next().getObject();
            if (parent.isURI() && isSubClass(g, parent, sup, depth + 1)) return true;
        }
        return false;
    }

    @Test
    void theGazetteerLoadsAndKnowsTheBasics() {
        Gazetteer g = Gazetteer.builtIn();
        assertTrue(g.size() > 500, "gazetteer entries: " + g.size());
        assertTrue(g.lookup("Bogotá").stream().anyMatch(e -> "Q2841".equals(e.qid())));
        assertTrue(g.countryOfDemonym("Colombian").map(e -> e.qid().equals("Q739")).orElse(false));
        assertTrue(g.agentSeatedAt("the Kremlin").isPresent());
    }
}
