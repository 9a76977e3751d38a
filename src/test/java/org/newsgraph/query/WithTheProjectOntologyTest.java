package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query tests use a small ontology fragment; these check that the queries read the real
 * ontology and CAMEO codebook the same way (codes on classes, notations on modalities,
 * Wikidata matches on properties, the entity class hierarchy).
 */
class WithTheProjectOntologyTest {
    private static Dataset store;

    @BeforeAll
    static void loadTheProjectOntology() {
        assumeTrue(Files.exists(FixtureStore.PROJECT_ONTOLOGY) && Files.exists(FixtureStore.PROJECT_CODEBOOK),
                "ontology/newsgraph.ttl and ontology/cameo.ttl are not there yet");
        store = FixtureStore.datasetWithProjectOntology();
    }

    @Test
    void eventsReadTheCameoCodeFromTheCodebookClasses() {
        var rows = FixtureStore.run(store, "events");
        assertEquals(List.of("036", "042", "057", "112"), rows.column("cameo"));
        assertEquals(List.of("asserted", "hedged", "negated", "asserted"), rows.column("modality"));
        assertEquals(List.of("id:event/vestland-cools/1"), FixtureStore.run(store, "events", "cameo", "04").column("event"));
    }

    @Test
    void relationsFindTheWikidataPropertiesOfTheOntology() {
        Map<String, String> headOfState = FixtureStore.run(store, "relations").where("property", "ng:headOfStateOf").get(0);
        assertEquals("wd:P35", headOfState.get("wikidataProperty"));
        assertEquals("head of state of", headOfState.get("propertyLabel"));
    }

    @Test
    void entitiesUseTheOntologysClassHierarchy() {
        assertEquals(List.of("ng:Company"), FixtureStore.run(store, "entities").where("label", "Nordline").stream()
                .map(r -> r.get("type")).toList());
        assertEquals(List.of("Ruritania", "Talmo", "Vestland"),
                FixtureStore.run(store, "entities-by-type", "type", "Place").column("label"));
    }

    @Test
    void modalitiesAndStatesAreReadFromTheirIndividuals() {
        assertEquals(List.of("id:event/vestland-cools/1"),
                FixtureStore.run(store, "claims-by-modality", "modality", "hedged").column("event"));
        assertEquals(List.of("cooperative", "tense"),
                FixtureStore.run(store, "bilateral", "a", "Ruritania", "b", "Vestland").column("stateLabel"));
    }
}
