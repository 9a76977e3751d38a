package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.input.Article;
import org.newsgraph.nlp.CoreNlpAnalyzer;

/** A bilateral relationship is recorded with the state the text gives it, and only then. */
class BilateralRelationshipTest {
    private static List<BilateralRelationship> relationships(String text) {
        Article article = new Article("fixture", "Fixture", LocalDate.of(2025, 6, 1), null, null, text);
        return Extractor.builtIn().extract(CoreNlpAnalyzer.shared().analyze(article)).relationships();
    }

    @Test
    void aRelationshipWithAStateIsRecorded() {
        List<BilateralRelationship> found = relationships("Relations between Chile and Peru are tense after the dispute.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Tense", found.get(0).state());
    }

    @Test
    void aRelationshipTheTextGivesNoStateIsNotRecorded() {
        assertTrue(relationships("Relations between Chile and Peru date back to 1821.").isEmpty());
    }
}
