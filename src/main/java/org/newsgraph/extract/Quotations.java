package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.QuoteScanner;

/**
 * The article's direct quotations ({@link QuoteScanner}) laid over its parsed sentences: which
 * quote a token lies in, and the stretches of text next to a quote where a reporting clause would
 * stand ("…," she said / X said: "…"). Who the speaker is, is {@link SpeechReader}'s to say.
 *
 * <p>The sentence splitter often hangs a quote mark on the wrong sentence (a closing mark opens
 * the next sentence, an opening mark closes the previous one), so a quote is placed by its first
 * and last tokens that are not marks, and its own marks are stepped over, never read as text.
 */
final class Quotations {
    /** A token position: sentence index and token index in it. */
    record At(int sentence, int token) {}

    /** One quote, numbered in text order, with its first and last token that is not a quote mark. */
    record Quote(int ordinal, int begin, int end, At first, At last) {}

    /**
     * Tokens of one sentence next to a quote, outside every quote, within one paragraph.
     * {@code adjoining}: in the quote's own sentence and paragraph; otherwise the quote ends
     * (or opens) its sentence and the stretch is in the sentence after (or before) it.
     */
    record Stretch(SentenceView sentence, List<Integer> tokens, boolean adjoining) {
        static final Stretch NONE = new Stretch(null, List.of(), false);

        boolean isEmpty() { return tokens.isEmpty(); }

        String lastWord() { return tokens.isEmpty() ? "" : sentence.word(tokens.get(tokens.size() - 1)); }
    }

    private final String text;
    private final List<SentenceView> sentences;
    private final List<Quote> quotes;

    private Quotations(String text, List<SentenceView> sentences, List<Quote> quotes) {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
    }

    static Quotations of(String text, List<SentenceView> sentences) {
        List<Quote> quotes = new ArrayList<>();
        for (QuoteScanner.Quote q : QuoteScanner.scan(text)) {
            At first = null, last = null;
            for (SentenceView s : sentences) {
                for (int t = 0; t < s.size(); t++) {
                    if (s.begin(t) < q.begin() || s.end(t) > q.end() || isMark(text, s, t)) continue;
                    if (first == null) first = new At(s.index(), t);
                    last = new At(s.index(), t);
                }
            }
            if (first != null) quotes.add(new Quote(quotes.size(), q.begin(), q.end(), first, last));
        }
        return new Quotations(text, sentences, List.copyOf(quotes));
    }

    /** A token made of quote marks only: double, treebank, or single (‘ ’ ' ` as British quotes use them). */
    private static boolean isMark(String text, SentenceView s, int t) {
        String token = text.substring(s.begin(t), s.end(t));
        return !token.isEmpty() && token.chars().allMatch(c -> "\"“”‘’'`".indexOf(c) >= 0);
    }

    /** The quote token {@code t} of sentence {@code s} lies in (its marks included), or null. */
    Quote at(SentenceView s, int t) {
        for (Quote q : quotes) {
            if (q.begin() <= s.begin(t) && s.end(t) <= q.end()) return q;
        }
        return null;
    }

    /** The quote just before {@code q} in the text, or null. */
    Quote previous(Quote q) {
        return q.ordinal() > 0 ? quotes.get(q.ordinal() - 1) : null;
    }

    /** No paragraph break between the two offsets. */
    boolean sameParagraph(int from, int to) {
        return text.substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') < 0;
    }

    /** The last character inside the quote before its closing mark ('?' in "Will they sign?"). */
    char lastInside(Quote q) {
        SentenceView s = sentences.get(q.last().sentence());
        return text.charAt(s.end(q.last().token()) - 1);
    }

    /**
     * A quote that stands as sentences of its own: it opens its sentence or paragraph, or follows
     * a colon or a comma, and starts with a capital ("We will not accept…"). A quoted phrase inside
     * the author's sentence ("called them \"a necessary step\"") is not.
     */
    boolean isStandalone(Quote q) {
        SentenceView s = sentences.get(q.first().sentence());
        if (!Character.isUpperCase(s.word(q.first().token()).charAt(0))) return false;
        Stretch before = before(q);
        return !before.adjoining() || before.lastWord().equals(":") || before.lastWord().equals(",");
    }

    /**
     * The text right after the quote where "…," X said stands: the tokens after its closing mark up to
     * the next quote, the paragraph's end or the sentence end. When the quote ends its sentence it is
     * the start of the next sentence of the paragraph (not adjoining); NONE at a paragraph's end.
     */
    Stretch after(Quote q) {
        At at = q.last();
        do {
            at = next(at);
        } while (at != null && inQuote(at, q));
        if (at == null) return Stretch.NONE;
        SentenceView s = sentences.get(at.sentence());
        if (at(s, at.token()) != null || !sameParagraph(q.end(), s.begin(at.token()))) return Stretch.NONE;
        List<Integer> tokens = new ArrayList<>();
        for (int t = at.token(); t < s.size() && at(s, t) == null && sameParagraph(q.end(), s.begin(t)); t++) tokens.add(t);
        return new Stretch(s, tokens, at.sentence() == q.last().sentence());
    }

    /**
     * The text right before the quote where X said: "…" stands: the tokens before its opening mark
     * back to an earlier quote, the paragraph's start or the sentence start. When the quote opens
     * its sentence or paragraph it is the end of the sentence before (not adjoining), which
     * introduces the quote only if it ends in a colon.
     */
    Stretch before(Quote q) {
        At at = q.first();
        do {
            at = previous(at);
        } while (at != null && inQuote(at, q));
        if (at == null) return Stretch.NONE;
        SentenceView s = sentences.get(at.sentence());
        if (at(s, at.token()) != null) return Stretch.NONE;
        int edge = s.end(at.token());
        List<Integer> tokens = new ArrayList<>();
        for (int t = at.token(); t >= 0 && at(s, t) == null && sameParagraph(s.end(t), edge); t--) tokens.add(0, t);
        boolean adjoining = at.sentence() == q.first().sentence() && sameParagraph(edge, q.begin());
        return new Stretch(s, tokens, adjoining);
    }

    /**
     * "…," she said. "…": {@code q} opens its sentence, in the paragraph of {@code p}, and all that
     * stands between the two quotes is the stretch right after {@code p}.
     */
    boolean followsReportOf(Quote p, Quote q) {
        Stretch between = after(p);
        if (between.isEmpty() || before(q).adjoining() || !sameParagraph(p.end(), q.begin())) return false;
        SentenceView s = between.sentence();
        int end = s.end(between.tokens().get(between.tokens().size() - 1));
        At at = previous(q.first());
        while (at != null && inQuote(at, q)) at = previous(at);
        return at != null && sentences.get(at.sentence()).end(at.token()) == end;
    }

    private boolean inQuote(At at, Quote q) {
        int b = sentences.get(at.sentence()).begin(at.token());
        return q.begin() <= b && b < q.end();
    }

    private At next(At at) {
        if (at.token() + 1 < sentences.get(at.sentence()).size()) return new At(at.sentence(), at.token() + 1);
        for (int s = at.sentence() + 1; s < sentences.size(); s++) if (sentences.get(s).size() > 0) return new At(s, 0);
        return null;
    }

    private At previous(At at) {
        if (at.token() > 0) return new At(at.sentence(), at.token() - 1);
        for (int s = at.sentence() - 1; s >= 0; s--) {
            if (sentences.get(s).size() > 0) return new At(s, sentences.get(s).size() - 1);
        }
        return null;
    }
}
