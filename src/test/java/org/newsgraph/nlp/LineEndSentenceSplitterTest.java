package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A paragraph on a line of its own ends its last sentence, even when the tokenizer read its period as an initial's. */
class LineEndSentenceSplitterTest {
    /** Tokenizer and splitter only, set as the analyzer sets them: no models to load. */
    private static final StanfordCoreNLP SPLITTER = splitter();

    private static StanfordCoreNLP splitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,lineends");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("customAnnotatorClass.lineends", LineEndSentenceSplitter.class.getName());
        return new StanfordCoreNLP(p);
    }

    private static List<String> sentences(String text) {
        Annotation document = new Annotation(text);
        SPLITTER.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    }

    @Test
    void aParagraphEndingOnASingleCapitalAndAPeriodEndsItsSentence() {
        // Raw CoreNLP 4.5.10 reads "X." as an initial and runs on into the next paragraph.
        assertEquals(List.of("Headline", "\"We will not apologise,\" he wrote on X.", "Lima recalled its envoy on Tuesday."),
                sentences("Headline\n\n\"We will not apologise,\" he wrote on X.\nLima recalled its envoy on Tuesday."));
    }

    @Test
    void aClosingQuoteAfterTheFinalPeriodEndsTheLineToo() {
        assertEquals(List.of("He called it \"a plot by X.\"", "Quito denied it."),
                sentences("He called it \"a plot by X.\"\nQuito denied it."));
    }

    @Test
    void aHardWrappedLineStaysOneSentence() {
        assertEquals(List.of("The talks were\nheld in Lima.", "The letter went to Mr.\nSmith on Monday."),
                sentences("The talks were\nheld in Lima.\nThe letter went to Mr.\nSmith on Monday."));
    }

    @Test
    void tokensAreRenumberedWithinTheirNewSentences() {
        Annotation document = new Annotation("It was sent via X.\nSeoul replied.");
        SPLITTER.annotate(document);
        CoreMap second = document.get(CoreAnnotations.SentencesAnnotation.class).get(1);
        List<CoreLabel> tokens = second.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(1, tokens.get(0).index());
        assertEquals(1, tokens.get(0).sentIndex());
        assertEquals(1, second.get(CoreAnnotations.SentenceIndexAnnotation.class));
        assertEquals(5, second.get(CoreAnnotations.TokenBeginAnnotation.class));
    }
}
