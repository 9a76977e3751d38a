package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote spans as news writes them: each case shows the quoted text the scanner should report. */
class QuoteScannerTest {
    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text).stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void aStraightQuoteOverTwoSentencesIsOneQuote() {
        String text = "\"We will not accept these terms. Our army is ready,\" Defence Minister Jane Doe said.";
        assertEquals(List.of("\"We will not accept these terms. Our army is ready,\""), quoted(text));
    }

    @Test
    void curlyQuotesPairUp() {
        String text = "Doe told reporters: “We signed the deal. We will meet again in May.” Then she left.";
        assertEquals(List.of("“We signed the deal. We will meet again in May.”"), quoted(text));
    }

    @Test
    void aQuoteResumedAfterItsAttributionIsASecondQuote() {
        String text = "\"The talks failed,\" she said. \"More talks will follow.\"";
        assertEquals(List.of("\"The talks failed,\"", "\"More talks will follow.\""), quoted(text));
    }

    @Test
    void singleQuotesAndApostrophesStayInsideTheQuote() {
        String text = "“Our answer is ‘no’, and it's final,” she said. He called it \"a 'serious' mistake\" on Monday.";
        assertEquals(List.of("“Our answer is ‘no’, and it's final,”", "\"a 'serious' mistake\""), quoted(text));
    }

    @Test
    void aQuoteLeftOpenContinuesIntoAParagraphThatOpensWithAQuoteMark() {
        String text = "\"Jakarta will send aid,\" she said. \"Our navy will help.\n\n\"We will not abandon them.\" The talks ended.";
        assertEquals(List.of("\"Jakarta will send aid,\"", "\"Our navy will help.\n\n\"We will not abandon them.\""), quoted(text));
    }

    @Test
    void curlyQuotesContinueAcrossSeveralParagraphsWithSingleLineBreaks() {
        String text = "She said: “First.\n“Second.\n“Third,” she added.";
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(text);
        assertEquals(List.of("“First.\n“Second.\n“Third,”"), quoted(text));
        assertEquals(true, quotes.get(0).closed());
    }

    @Test
    void aQuoteLeftOpenBeforeAParagraphWithoutAQuoteMarkEndsWithItsParagraph() {
        String text = "He said: \"We will fight on.\nThe talks resumed on Monday. \"Nobody wins,\" Doe said.";
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(text);
        assertEquals(List.of("\"We will fight on.", "\"Nobody wins,\""), quoted(text));
        assertEquals(false, quotes.get(0).closed());
        assertEquals(true, quotes.get(1).closed());
    }

    @Test
    void aQuoteOpenAtTheEndOfTheTextEndsThere() {
        String text = "Doe said: \"We will fight on.  \n";
        assertEquals(List.of("\"We will fight on."), quoted(text));
    }

    @Test
    void aStraightMarkFollowedByASpaceOpensNothing() {
        String text = "The screen measures 6\" across. \"It is small,\" he said.";
        assertEquals(List.of("\"It is small,\""), quoted(text));
    }

    @Test
    void straightMarksSetOffBySpacesAsInTextRebuiltFromTokens() {
        String text = "\" We will not accept these terms . Our army is ready , \" Doe said .";
        assertEquals(List.of("\" We will not accept these terms . Our army is ready , \""), quoted(text));
    }

    @Test
    void aStrayStraightMarkAfterAWordOpensNothing() {
        String text = "It ended\" there. \"We won,\" she said.";
        assertEquals(List.of("\"We won,\""), quoted(text));
    }

    @Test
    void treebankMarksFromTokenisedCorpora() {
        String text = "`` We will fight , '' he said . `` We will win .\n`` Nobody doubts it . ''";
        assertEquals(List.of("`` We will fight , ''", "`` We will win .\n`` Nobody doubts it . ''"), quoted(text));
    }

    @Test
    void aStrayClosingMarkIsIgnored() {
        String text = "It ended” there. “We won,” she said.";
        assertEquals(List.of("“We won,”"), quoted(text));
    }

    @Test
    void noMarksNoQuotes() {
        assertEquals(List.of(), quoted("Chile rejected the proposal on Monday.\nPeru said it would appeal."));
    }
}
