package org.newsgraph.acceptance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
            if (codebook.byCode(r.require("cameo")).isEmpty()) unknown.add(r.source() + ":" + r.line() + " " + r.require("cameo"));
        }
        assertTrue(unknown.isEmpty(), "CAMEO codes not in ontology/cameo.ttl: " + unknown);
    }

    @Test
    void everyRelationPropertyAndStateIsAnOntologyTerm() {
        Lexicon lexicon = Lexicon.builtIn();
        for (String p : lexicon.relationPropertyNames()) assertDoesNotThrow(() -> NG.named(p), p);
        for (String st : lexicon.relationshipStateNames()) assertDoesNotThrow(() -> NG.named(st), st);
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
