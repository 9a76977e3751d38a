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

    // ---- single quotes, as British outlets write them ----

    @Test
    void curlySingleQuotesAreQuotes() {
        String text = "‘We will not accept these terms. Our army is ready,’ Defence Minister Jane Doe said.";
        assertEquals(List.of("‘We will not accept these terms. Our army is ready,’"), quoted(text));
    }

    @Test
    void straightSingleQuotesAreQuotesInAnArticleWithoutDoubleQuotes() {
        String text = "'The talks failed,' she said. 'More talks will follow.'";
        assertEquals(List.of("'The talks failed,'", "'More talks will follow.'"), quoted(text));
    }

    @Test
    void apostrophesInsideWordsOpenAndCloseNothing() {
        String text = "Beijing's envoy didn't attend. Petro’s team won’t say. 'We stay,' he said.";
        assertEquals(List.of("'We stay,'"), quoted(text));
    }

    @Test
    void anElidedDecadeIsNoQuote() {
        String text = "Talks began in the '90s and stalled in the ‘00s. 'They will resume,' she said.";
        assertEquals(List.of("'They will resume,'"), quoted(text));
    }

    @Test
    void cliticsSetApartInTextRebuiltFromTokensOpenNothing() {
        String text = "Beijing 's envoy said they 'll call it a 'farce' . The farmers ' union did n't agree .";
        assertEquals(List.of("'farce'"), quoted(text));
    }

    @Test
    void aPluralPossessiveInsideAQuoteDoesNotCloseIt() {
        String text = "‘The farmers’ union will strike on Monday,’ Doe said. 'The Ministers' meeting failed,' he said.";
        assertEquals(List.of("‘The farmers’ union will strike on Monday,’", "'The Ministers' meeting failed,'"), quoted(text));
    }

    @Test
    void aQuotedPhraseEndingInAnSClosesWhenNothingLaterDoes() {
        String text = "He called it ‘a betrayal of farmers’ and left the Ministers’ meeting.";
        assertEquals(List.of("‘a betrayal of farmers’"), quoted(text));
    }

    @Test
    void aPluralPossessiveOutsideAnyQuoteOpensNothing() {
        String text = "The Ministers' meeting ended. The farmers’ union left.";
        assertEquals(List.of(), quoted(text));
    }

    @Test
    void straightSingleMarksAreApostrophesWhenTheArticleQuotesWithDoubleMarks() {
        String text = "The 'reset' was short. \"We will act,\" she said.";
        assertEquals(List.of("\"We will act,\""), quoted(text));
    }

    @Test
    void doubleQuotesNestInsideSingleQuotes() {
        String text = "‘He called it “a disgrace”, and it is,’ she said. “We agree,” he replied.";
        assertEquals(List.of("‘He called it “a disgrace”, and it is,’", "“We agree,”"), quoted(text));
    }

    @Test
    void anOpeningSingleMarkThatNothingClosesIsNoQuote() {
        String text = "Doe said ‘maybe. Nothing closes it.\nThe talks resumed. ‘We will see,’ he said.";
        assertEquals(List.of("‘We will see,’"), quoted(text));
    }

    @Test
    void aSingleQuoteContinuesIntoAParagraphThatReopensIt() {
        String text = "She said: ‘First.\n\n‘Second,’ she added. Then she left.";
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(text);
        assertEquals(List.of("‘First.\n\n‘Second,’"), quoted(text));
        assertEquals(true, quotes.get(0).closed());
    }
}
