package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "We expect our neighbours to respect our rights," the minister said: inside a direct quote the
 * first person is the quote's speaker. "I", "me", "my" are the speaker; "we", "us", "our" the side
 * the speaker speaks for: the company, organisation, body or country their title names ("Siemens
 * chief executive"; a "Greek foreign minister" speaks for the government), else the country whose
 * office they hold, else the speaker alone. A speaker that is itself a country or a body is its
 * own side.
 *
 * <p>A first person outside quotes, or in a quote with no known speaker, keeps coreference's
 * reading: whose voice it is cannot be told from the quote.
 */
final class QuotedFirstPerson {
    /** Who is reported to have said the direct quote a token stands in, or null. */
    interface Speakers {
        String of(SentenceView s, int token);
    }

    private static final Set<String> SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> PLURAL = Set.of("we", "us", "our", "ours", "ourselves");

    private final ResolvedEntities entities;
    private Speakers speakers = (s, t) -> null;

    QuotedFirstPerson(ResolvedEntities entities) {
        this.entities = entities;
    }

    /**
     * Where quote speakers come from. Set after construction: finding a speaker reads the roles of
     * the reporting clause, and the roles are where the first person is bound.
     */
    void hearSpeakersFrom(Speakers speakers) {
        this.speakers = speakers;
    }

    /** Is token {@code t} a first-person pronoun ("I", "my", "we", "us", "our")? */
    static boolean isFirstPerson(SentenceView s, int t) {
        String w = s.word(t).toLowerCase(Locale.ROOT);
        return s.isPronoun(t) && (SINGULAR.contains(w) || PLURAL.contains(w));
    }

    /** The entity the first-person pronoun at token {@code t} stands for, or null (not one, or not in a quote with a speaker). */
    String referent(SentenceView s, int t) {
        if (!isFirstPerson(s, t)) return null;
        String speaker = speakers.of(s, t);
        if (speaker == null) return null;
        return SINGULAR.contains(s.word(t).toLowerCase(Locale.ROOT)) ? speaker : sideOf(speaker);
    }

    private String sideOf(String speaker) {
        if (entities.typeOf(speaker) != EntityType.Person) return speaker;
        String titled = entities.titleSideOf(speaker);
        if (titled != null) return titled;
        String country = entities.countryOf(speaker);
        return country != null ? country : speaker;
    }
}
