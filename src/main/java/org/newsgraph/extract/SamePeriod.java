package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.TimexSplitter.Piece;

/**
 * "Sales rose 43 % in February compared to the same period last year": business news compares a
 * month or quarter with the same one a year before. SUTime reads only "last year" (or "the same
 * month a year ago" as the publication month a year back); the phrase means the month or quarter
 * the article last named, one year earlier. One instance per article: it remembers that period.
 */
final class SamePeriod {
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4})-(\\d{2}|Q[1-4])$");

    private final LocalDate published;
    private String lastPeriod;

    SamePeriod(LocalDate published) {
        this.published = published;
    }

    /** {@code p} with value (and, to take in "the same period", extent) read as a comparison period. */
    Piece resolve(SentenceView s, Piece p) {
        Piece out = p;
        int same = sameAt(s, p);
        if (same >= 0 && lastPeriod != null && aYearBack(p.value())) {
            Matcher m = PERIOD.matcher(lastPeriod);
            if (m.matches()) {
                out = new Piece(Math.min(same, p.from()), p.to(), (Integer.parseInt(m.group(1)) - 1) + "-" + m.group(2));
            }
        }
        if (out == p && PERIOD.matcher(p.value()).matches()) lastPeriod = p.value();
        return out;
    }

    /** The "the" of "the same <noun>" inside the expression or just before it; -1 when there is none. */
    private static int sameAt(SentenceView s, Piece p) {
        for (int i = Math.max(0, p.from() - 3); i < p.to(); i++) {
            if (s.word(i).equalsIgnoreCase("same") && i > 0 && s.word(i - 1).equalsIgnoreCase("the")
                    && s.isNoun(i + 1) && (i + 1 >= p.from() || i + 2 == p.from())) {
                return i - 1;
            }
        }
        return -1;
    }

    /** "last year", "a year ago", "a year earlier": a value in the year before publication. */
    private boolean aYearBack(String value) {
        return value.length() >= 4 && value.substring(0, 4).equals(String.valueOf(published.getYear() - 1));
    }
}
