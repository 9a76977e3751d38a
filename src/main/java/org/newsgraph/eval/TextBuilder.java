package org.newsgraph.eval;

import java.util.Set;

/**
 * Rebuilds readable text from benchmark tokens while recording where each token lands, so gold
 * spans given in tokens become character spans in {@code Article.text()}.
 *
 * <p>Tokens are copied verbatim (so {@code text.substring(begin, end)} gives the token back);
 * only the spaces between them are chosen: none before closing punctuation and clitics, none after
 * opening brackets and currency signs. The extractor then sees "Jobs's keynote (WWDC), 2005"
 * rather than "Jobs 's keynote ( WWDC ) , 2005", which tokenises and tags better.
 */
final class TextBuilder {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(
            ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'", "’", "”", "...",
            "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "“", "‘", "#", "£", "€", "¥");

    private final StringBuilder text = new StringBuilder();
    private String previous;

    /** Appends a token (with a space if needed) and returns its [begin, end) offsets. */
    int[] token(String token) {
        if (previous != null && needsSpace(previous, token)) text.append(' ');
        int begin = text.length();
        text.append(token);
        previous = token;
        return new int[] {begin, text.length()};
    }

    /** Starts a new line-separated block ("\n\n" after the headline, between paragraphs). */
    void paragraphBreak() {
        if (previous != null) text.append("\n\n");
        previous = null;
    }

    int length() { return text.length(); }

    String text() { return text.toString(); }

    private static boolean needsSpace(String before, String token) {
        if (NO_SPACE_BEFORE.contains(token)) return false;
        return !NO_SPACE_AFTER.contains(before);
    }
}
