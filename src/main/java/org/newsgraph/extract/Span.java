package org.newsgraph.extract;

/**
 * A stretch of the article text: character offsets into {@code Article.text()} and the sentence it
 * lies in (0 = headline, body sentences from 1).
 */
public record Span(int sentence, int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
