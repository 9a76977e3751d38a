package org.newsgraph.input;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from disk or a feed: the text exactly as given (headline on the
 * first line, a blank line, then the body) and its metadata.
 *
 * <p>Character offsets everywhere in Newsgraph count UTF-16 code units from the start of
 * {@link #text()}, so a span can always be checked with {@code text.substring(begin, end)}.
 *
 * @param id        stable identifier; re-ingesting the same id replaces the article's graph
 * @param title     headline (from metadata, else the first line of the text)
 * @param published publication date; relative times ("last week") resolve against it
 * @param source    publisher or feed name, may be null
 * @param url       canonical address, may be null
 * @param text      full text, headline included
 */
public record Article(String id, String title, LocalDate published, String source, String url, String text) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
        if (published == null) throw new IllegalArgumentException("article " + id + " has no publication date");
    }

    public Optional<String> sourceName() { return Optional.ofNullable(source); }

    public Optional<String> urlValue() { return Optional.ofNullable(url); }
}
