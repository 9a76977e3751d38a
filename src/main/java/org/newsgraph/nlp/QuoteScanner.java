package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in article text: spans between double quote marks, straight ({@code "}),
 * curly ({@code “ ”}) or, in text rebuilt from treebank tokens, {@code `` ''}; and, outside a
 * double quote, spans between single marks as British outlets write them ({@link SingleQuotes}).
 * Inside a quote the other kind of mark is only nested, so a quote nested in single quotes
 * ({@code "They said 'no'."}) and apostrophes stay inside the outer quote. A quote may span
 * sentences and paragraphs; one still open at the end of a paragraph continues into the next
 * paragraph when that paragraph opens with a quote mark (the news convention for a quote running
 * over several paragraphs), and otherwise ends with its paragraph, unclosed.
 *
 * <p>CoreNLP's {@code quote} annotator was tried instead: it loads from the models jar and costs
 * little, but it loses a quote continued into the next paragraph and reports a nested single quote
 * as a quote of its own, so this small scanner keeps the conventions news uses.
 */
public final class QuoteScanner {
    private QuoteScanner() {}

    /**
     * One quotation: {@code begin} is the offset of its opening mark, {@code end} the offset just
     * after its closing mark (or after the last character of its paragraph when it is never closed).
     */
    public record Quote(int begin, int end, boolean closed) {
        public boolean contains(int from, int to) { return begin <= from && to <= end; }
    }

    public static List<Quote> scan(String text) {
        List<Quote> quotes = new ArrayList<>();
        boolean straightSingles = SingleQuotes.straightMarksQuote(text);
        int open = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (open >= 0) {
                    if (next < n && isOpeningMark(text.charAt(next))) {
                        // Continued: the reopening mark belongs to the same quote.
                        i = next + (text.startsWith("``", next) ? 2 : 1);
                        continue;
                    }
                    quotes.add(new Quote(open, lastNonSpace(text, i) + 1, false));
                    open = -1;
                }
                i = next;
                continue;
            }
            if (text.startsWith("``", i) || text.startsWith("''", i)) {
                // Text rebuilt from Penn Treebank tokens (MEANTIME, other corpora): `` opens, '' closes.
                if (c == '`' && open < 0) open = i;
                else if (c == '\'' && open >= 0) {
                    quotes.add(new Quote(open, i + 2, true));
                    open = -1;
                }
                i += 2;
                continue;
            }
            if (open < 0 && SingleQuotes.opens(text, i, straightSingles)) {
                Quote single = SingleQuotes.quoteFrom(text, i);
                if (single != null) {
                    // Whatever marks stand inside a single quote are nested in it.
                    quotes.add(single);
                    i = single.end();
                    continue;
                }
            }
            if (c == '“') {
                if (open < 0) open = i;
            } else if (c == '”') {
                if (open >= 0) {
                    quotes.add(new Quote(open, i + 1, true));
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0) {
                    quotes.add(new Quote(open, i + 1, true));
                    open = -1;
                } else if (!looksClosing(text, i)) {
                    open = i;
                }
            }
            i++;
        }
        if (open >= 0) quotes.add(new Quote(open, lastNonSpace(text, n) + 1, false));
        return quotes;
    }

    /**
     * A straight mark right after a word and before a space or the end closes something, so with no
     * quote open it opens nothing (a stray, or an inch mark: 6" across). A mark with spaces on both
     * sides (text rebuilt from tokens: " We will ... , " he said) is read by the state alone.
     */
    private static boolean looksClosing(String text, int i) {
        boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return wordBefore && spaceAfter;
    }

    private static boolean isOpeningMark(char c) {
        return c == '“' || c == '"' || c == '`';
    }

    /** The first non-blank character after the line break at {@code newline}, across blank lines. */
    static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        return j;
    }

    /** The offset of the last non-blank character before {@code limit}. */
    static int lastNonSpace(String text, int limit) {
        int j = limit - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) j--;
        return j;
    }
}
