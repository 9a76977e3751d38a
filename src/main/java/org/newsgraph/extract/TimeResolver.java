package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.TimexSplitter.Piece;

/**
 * Reads SUTime's normalised values (already resolved against the publication date) into time
 * expressions, and turns calendar values into intervals so that date-range queries work. SUTime's
 * joined expressions are cut into their parts ({@link TimexSplitter}), extents it cut short are
 * repaired ({@link TimexRepairs}), and relative dates are re-anchored with what the text says
 * about tense and the day under discussion ({@link RelativeDates}).
 */
final class TimeResolver {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /** A time expression and the token its phrase hangs on in the sentence. */
    record Found(TimeExpression expression, int sentenceIndex, int headToken) {}

    private final LocalDate published;
    private final RelativeDates relative;
    private final SamePeriod samePeriod;

    /** One resolver per article: it follows the days the article names, in order. */
    TimeResolver(LocalDate published) {
        this.published = published;
        this.relative = new RelativeDates(published);
        this.samePeriod = new SamePeriod(published);
    }

    List<Found> find(SentenceView s) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            String value = value(s, i);
            String ner = s.ner(i);
            if (value == null || !TIME_TAGS.contains(ner)) {
                // "annual profit", "weekly gain": SUTime leaves frequency adjectives untagged
                String period = s.tag(i).equals("JJ") ? TimeCues.frequency(s.word(i)) : null;
                if (period != null) pieces.add(new Piece(i, i, period));
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && value.equals(value(s, j + 1)) && sameExpression(s, j, j + 1)) j++;
            pieces.addAll(TimexSplitter.split(s, i, j, value));
            i = j + 1;
        }
        List<Found> out = new ArrayList<>();
        for (Piece p : TimexRepairs.repair(s, pieces, published)) {
            int from = p.from(), to = p.to();
            while (from <= to && isPunctuation(s, from)) from++;
            while (to >= from && isPunctuation(s, to)) to--;
            if (from > to) continue; // a lone comma inside "16:15 UTC, June 1st"
            String value = relative.reanchor(s, from, to, dayOfDateTime(s, from, to, p.value()));
            if (value == null) continue;
            Piece resolved = samePeriod.resolve(s, new Piece(from, to, value));
            TimeValue tv = toTimeValue(resolved.value());
            if (tv != null) out.add(new Found(new TimeExpression(s.span(resolved.from(), to), tv), s.index(), to));
        }
        return out;
    }

    /**
     * Tokens with one value belong together when their tags agree, or when a day and its time of
     * day meet without punctuation between ("Friday morning"); "16:15 UTC, June 1st" stays two.
     */
    private static boolean sameExpression(SentenceView s, int a, int b) {
        if (s.ner(a).equals(s.ner(b))) return true;
        return TIME_TAGS.contains(s.ner(b)) && !isPunctuation(s, a) && !isPunctuation(s, b);
    }

    /** The date words of a date-time ("June 1st" in "16:15 UTC, June 1st") name the day, not the minute. */
    private static String dayOfDateTime(SentenceView s, int from, int to, String value) {
        Matcher m = DAY.matcher(value);
        if (!m.matches() || m.group(4) == null) return value;
        for (int k = from; k <= to; k++) if (!s.ner(k).equals("DATE")) return value;
        return value.substring(0, 10);
    }

    private static boolean isPunctuation(SentenceView s, int i) {
        return s.word(i).chars().noneMatch(Character::isLetterOrDigit);
    }

    private static String value(SentenceView s, int i) {
        return s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    /**
     * Every TIMEX3 value SUTime gives is kept as written (times of day included: "2009-12-15T18:00");
     * calendar values also get an interval, which only they can have. Unresolved values
     * ("XXXX-XX-XX", "PAST_REF", "PXY") stay values without an interval, so they never date an event.
     */
    static TimeValue toTimeValue(String value) {
        if (value == null || value.isBlank()) return null;
        // TIMEX3 writes UTC as Z; SUTime writes +0000.
        value = value.replace("+0000", "Z");
        if (value.contains("X") || value.endsWith("_REF")) return new TimeValue(value, null, null);
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new TimeValue(value, start(d), start(d.plusDays(1)));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new TimeValue(value, start(d), start(d.plusMonths(1)));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return new TimeValue(value, start(d), start(d.plusWeeks(1)));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new TimeValue(value, start(d), start(d.plusYears(1)));
        }
        return new TimeValue(value, null, null);
    }

    private static java.time.Instant start(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
