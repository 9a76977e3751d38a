package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SUTime's normalised values (already resolved against the publication date) into time
 * expressions, and turns calendar values into intervals so that date-range queries work.
 */
final class TimeResolver {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    /** A time expression and the token its phrase hangs on in the sentence. */
    record Found(TimeExpression expression, int sentenceIndex, int headToken) {}

    List<Found> find(SentenceView s) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            String value = value(s, i);
            String ner = s.ner(i);
            if (value == null || !(ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION"))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && value.equals(value(s, j + 1)) && s.ner(j + 1).equals(ner)) j++;
            TimeValue tv = toTimeValue(value);
            if (tv != null) out.add(new Found(new TimeExpression(s.span(i, j), tv), s.index(), j));
            i = j + 1;
        }
        return out;
    }

    private static String value(SentenceView s, int i) {
        return s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    /** Keeps ISO calendar values and durations; drops SUTime's unresolved "XXXX-..." and "PRESENT_REF". */
    static TimeValue toTimeValue(String value) {
        if (value == null || value.contains("X") || value.endsWith("_REF")) return null;
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new TimeValue(value.substring(0, 10), start(d), start(d.plusDays(1)));
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
        if (value.startsWith("P") || value.matches("^\\d{4}-(SP|SU|FA|WI|Q\\d|H\\d)$")) {
            return new TimeValue(value, null, null);
        }
        return null;
    }

    private static java.time.Instant start(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
