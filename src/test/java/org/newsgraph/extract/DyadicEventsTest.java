package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.input.Article;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.CoreNlpAnalyzer;

/**
 * CAMEO events are dyadic: an act is stated with its source and its target, except protests,
 * arrests, assaults and fighting (code trait "monadic"), whose victims are often no entity. An
 * extractor built {@link Extractor#withUntargetedEvents() withUntargetedEvents} states the rest too.
 */
class DyadicEventsTest {
    private static final AnalyzedArticle ARTICLE = CoreNlpAnalyzer.shared().analyze(new Article("dyadic", "Fixture",
            LocalDate.of(2026, 9, 16), null, null,
            "Tunisia imposed new restrictions on foreign funding for charities on Monday.\n"
                    + "Police in Tunis arrested dozens of students on Tuesday."));

    private static List<String> codes(Extractor extractor) {
        return extractor.extract(ARTICLE).events().stream().map(Event::cameo).toList();
    }

    @Test
    void anActWithNoTargetIsNotStatedButAnArrestIs() {
        List<String> codes = codes(Extractor.builtIn());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("16")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("17")), codes.toString());
    }

    @Test
    void theUntargetedReadingStatesBoth() {
        List<String> codes = codes(Extractor.builtIn().withUntargetedEvents());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("16")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("17")), codes.toString());
    }
}
