package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes in single marks, as British outlets write them: curly ({@code ‘…’}) or straight
 * ({@code '…'}). The same characters are apostrophes ("Beijing’s", "don't", "the ’90s",
 * "Ministers' meeting"), so a mark opens a quote only at the start of a word, and only when a
 * mark ending a word closes it later in the paragraph (or in a paragraph the quote continues
 * into, which opens with the same mark).
 *
 * <p>Straight marks are read as quotes only in an article with no double quote marks at all: an
 * article that quotes with double marks uses single ones only nested, and its straight marks are
 * apostrophes. Curly marks are read in every article, outside a double quote: there {@code ‘}
 * never serves as an apostrophe in a well-typeset text, and a stray one finds no closer.
 */
final class SingleQuotes {
    /** What follows an apostrophe in "Beijing 's", "do n't", "we 'll", "they 're", "I 've", "she 'd", "I 'm". */
    private static final Set<String> CLITICS = Set.of("s", "t", "ll", "re", "ve", "d", "m");

    private SingleQuotes() {}

    /** May straight single marks be quotes in {@code text}: it has no double quote marks. */
    static boolean straightMarksQuote(String text) {
        return text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('”') < 0 && !text.contains("``");
    }

    /** Is the mark at {@code i} an opening single quote: {@code ‘} (or {@code '}) starting a word? */
    static boolean opens(String text, int i, boolean straight) {
        char c = text.charAt(i);
        if (c != '‘' && !(straight && c == '\'')) return false;
        if (i > 0 && !opensAfter(text.charAt(i - 1))) return false;
        if (i + 1 >= text.length()) return false;
        char next = text.charAt(i + 1);
        if (isClitic(text, i + 1)) return false;
        return Character.isLetter(next) || Character.isDigit(next) && !isDecade(text, i + 1);
    }

    /** "Beijing 's", "do n't", "we 'll": text rebuilt from tokens sets a clitic apart like a word. */
    private static boolean isClitic(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return CLITICS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /** A quote opens after a space, at the start, or after an opening bracket or a dash. */
    private static boolean opensAfter(char before) {
        return Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    }

    /** "the '90s", "the ‘60s": a decade with its century left out, not a quote. */
    private static boolean isDecade(String text, int digit) {
        return digit + 2 < text.length() && Character.isDigit(text.charAt(digit + 1)) && text.charAt(digit + 2) == 's'
                && (digit + 3 >= text.length() || !Character.isLetterOrDigit(text.charAt(digit + 3)));
    }

    /**
     * The quote opened at {@code open}, or null when nothing closes it (the mark was an
     * apostrophe). A mark ending a word closes it; after an "s" and before another word
     * ("the farmers’ union") it is read as a plural possessive when a later mark in the paragraph
     * closes the quote, and as the closer otherwise ("called it ‘a betrayal of farmers’ and left").
     */
    static QuoteScanner.Quote quoteFrom(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '‘' ? '’' : '\'';
        int possessive = -1;
        boolean continued = false;
        int n = text.length();
        int j = open + 1;
        while (j <= n) {
            if (j == n || text.charAt(j) == '\n') {
                if (possessive >= 0) return new QuoteScanner.Quote(open, possessive + 1, true);
                int next = j == n ? n : QuoteScanner.nextParagraphStart(text, j);
                if (next < n && text.charAt(next) == opening && opens(text, next, true)) {
                    // The news convention for a quote running over paragraphs: each one reopens it.
                    continued = true;
                    j = next + 1;
                    continue;
                }
                return continued ? new QuoteScanner.Quote(open, QuoteScanner.lastNonSpace(text, j) + 1, false) : null;
            }
            if (text.charAt(j) == closing && closesWord(text, j)) {
                if (!looksPossessive(text, j)) return new QuoteScanner.Quote(open, j + 1, true);
                if (possessive < 0) possessive = j;
            }
            j++;
        }
        return null;
    }

    /** The mark ends a word and does not sit inside one ("don’t", "Beijing's"). */
    private static boolean closesWord(String text, int i) {
        char before = text.charAt(i - 1);
        if (Character.isWhitespace(before)) return false;
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** "Ministers' meeting": a mark after an "s" with a word right after it. */
    private static boolean looksPossessive(String text, int i) {
        char before = text.charAt(i - 1);
        return (before == 's' || before == 'S') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLetterOrDigit(text.charAt(i + 2));
    }
}
