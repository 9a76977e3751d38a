package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-anchors the dates SUTime resolves with too little context. SUTime knows the publication date
 * but not the tense of the clause, nor which day the article is talking about, so it picks a
 * direction ("Friday", "January") or today's date ("the day") by rule. The text says better:
 * <ul>
 *   <li>a weekday or bare month in a past clause lies before publication, in a future clause after;</li>
 *   <li>a weekday the value does not fall on ("on Tuesday the first ...") is that weekday;</li>
 *   <li>"last September" is the latest September before this month, not last year's;</li>
 *   <li>"the previous year", "the last quarter", "the year before" are the unit before the current one;</li>
 *   <li>"the day", "the same day", "in morning trading" are the day the article last named.</li>
 * </ul>
 * One instance per article: it remembers the last day named.
 */
final class RelativeDates {
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

    /** Units a span of time is counted in ("two years later"): English grammar, not data. */
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "minute", ChronoUnit.MINUTES, "hour", ChronoUnit.HOURS,
            "day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);

    private final LocalDate published;
    private LocalDate lastNamedDay;
    /** The days, months and years the article told of, in order, for spans counted from them. */
    private final List<String> told = new ArrayList<>();

    RelativeDates(LocalDate published) {
        this.published = published;
    }

    /** Re-anchored value, or null when the expression pins no date the text allows. */
    String reanchor(SentenceView s, int from, int to, String value) {
        if (TimeCues.is("later", s.word(to))) {
            String later = measuredFromLastTold(s, from, to);
            if (later != null) told.add(later);
            return later;
        }
        if (isFollowingDay(s, from, to)) {
            // "went to court the next day": a day after the last day told of, not after publication.
            // (The span's words run before its last token, which for "a day later" is "later".)
            String next = measuredFromLastTold(s, from, to + 1);
            if (next != null) {
                told.add(next);
                return next;
            }
        }
        String v = weekday(s, from, to, value);
        v = month(s, from, to, v);
        v = previousUnit(s, from, to, v);
        v = namedDay(s, from, to, v);
        if (isNarrativeTime(v)) told.add(v);
        return v;
    }

    /** "the next day", "the following day": a day counted from the story, not from today. */
    private static boolean isFollowingDay(SentenceView s, int from, int to) {
        return to - from == 2 && s.word(from).equalsIgnoreCase("the") && s.lemma(to).equalsIgnoreCase("day") && isNextOrFollowing(s.word(from + 1));
    }

    private static boolean isNextOrFollowing(String word) {
        return word.equalsIgnoreCase("next") || word.equalsIgnoreCase("following");
    }

    /** A day, month or year not after publication: a time the report tells of, not a deadline ("by 2028"). */
    private boolean isNarrativeTime(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) return !LocalDate.parse(m.group(1)).isAfter(published);
        if ((m = MONTH.matcher(v)).matches()) return !YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).isAfter(YearMonth.from(published));
        return YEAR.matcher(v).matches() && Integer.parseInt(v) <= published.getYear();
    }

    /**
     * "in 2022 ... two years later", "on Monday ... a day later": SUTime counts such a span from
     * the publication date, which in a report of the past gives a date still to come. The span
     * counts from the last time told of that is as precise as its unit ("a day later" from a day,
     * "two years later" from a year or finer); with no count ("weeks later") or nothing to count
     * from, it pins no date.
     */
    private String measuredFromLastTold(SentenceView s, int from, int to) {
        String unit = null;
        int count = -1;
        for (int i = from; i < to; i++) {
            String lemma = s.lemma(i).toLowerCase();
            if (UNITS.containsKey(lemma)) unit = lemma;
            // "a day later", "the next day": one.
            else if (s.word(i).equalsIgnoreCase("a") || s.word(i).equalsIgnoreCase("an") || isNextOrFollowing(s.word(i))) count = 1;
            else if (s.tag(i).equals("CD")) count = numberOf(s.word(i));
        }
        if (unit == null) return null;
        ChronoUnit step = UNITS.get(unit);
        boolean byDay = step.compareTo(ChronoUnit.WEEKS) <= 0;
        String base = null;
        for (int k = told.size() - 1; k >= 0 && base == null; k--) {
            String v = told.get(k);
            if (DAY.matcher(v).matches() || !byDay && (MONTH.matcher(v).matches() || step == ChronoUnit.YEARS)) base = v;
        }
        if (base == null) return null;
        if (step.compareTo(ChronoUnit.HOURS) <= 0) return base.substring(0, 10);
        if (count < 0) return null;
        Matcher m;
        if ((m = DAY.matcher(base)).matches()) {
            LocalDate d = LocalDate.parse(m.group(1)).plus(count, step);
            if (step == ChronoUnit.DAYS) return d.toString();
            if (step == ChronoUnit.WEEKS) {
                return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            return step == ChronoUnit.MONTHS ? YearMonth.from(d).toString() : String.valueOf(d.getYear());
        }
        if ((m = MONTH.matcher(base)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).plus(count, step);
            return step == ChronoUnit.MONTHS ? ym.toString() : String.valueOf(ym.getYear());
        }
        return String.valueOf(Integer.parseInt(base) + count);
    }

    private static int numberOf(String word) {
        try {
            Number n = edu.stanford.nlp.ie.NumberNormalizer.wordToNumber(word);
            return n == null ? -1 : n.intValue();
        } catch (RuntimeException notANumber) {
            return -1;
        }
    }

    /** A weekday: the occurrence on the side of publication the clause is on, and on the right weekday. */
    private String weekday(SentenceView s, int from, int to, String value) {
        Matcher day = DAY.matcher(value);
        DayOfWeek named = null;
        for (int i = from; i <= to && named == null; i++) named = TimeCues.weekday(s.word(i));
        if (!day.matches() || named == null) return value;
        LocalDate date = LocalDate.parse(day.group(1));
        String rest = day.group(2) == null ? "" : day.group(2);
        boolean forward = containsWord(s, from, to, "next", "coming", "this", "following");
        ClauseTense.Tense tense = ClauseTense.of(s, to);
        boolean explicitDate = false;
        for (int i = from; i <= to; i++) explicitDate |= s.tag(i).equals("CD");
        if (date.getDayOfWeek() != named && !explicitDate) {
            date = tense == ClauseTense.Tense.FUTURE || forward
                    ? published.with(TemporalAdjusters.nextOrSame(named))
                    : published.with(TemporalAdjusters.previousOrSame(named));
        } else if (!forward && tense == ClauseTense.Tense.PAST) {
            while (date.isAfter(published)) date = date.minusWeeks(1);
        } else if (tense == ClauseTense.Tense.FUTURE) {
            while (date.isBefore(published)) date = date.plusWeeks(1);
        }
        return date + rest;
    }

    /**
     * A month named without a year: "announced in January" (past) is not next January, and "last
     * September", said in October, is the September just gone.
     */
    private String month(SentenceView s, int from, int to, String value) {
        Matcher m = MONTH.matcher(value);
        if (!m.matches()) return value;
        int named = -1;
        boolean last = false;
        for (int i = from; i <= to; i++) {
            String w = s.word(i);
            if (TimeCues.month(w) != null) {
                if (named >= 0) return value;
                named = i;
            } else if (w.equalsIgnoreCase("last")) {
                last = true;
            } else if (!s.tag(i).equals("DT") && !s.tag(i).equals("IN")) {
                return value; // "September 2008", "early June": not a bare month
            }
        }
        if (named < 0) return value;
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        YearMonth now = YearMonth.from(published);
        if (last) {
            ym = ym.withYear(now.getYear());
            if (!ym.isBefore(now)) ym = ym.minusYears(1);
        } else if (ClauseTense.of(s, to) == ClauseTense.Tense.PAST || (from > 0 && s.word(from - 1).equalsIgnoreCase("since"))) {
            while (ym.isAfter(now)) ym = ym.minusYears(1);
        } else {
            return value;
        }
        return ym.toString();
    }

    /**
     * "the previous year", "the last quarter", "the year before": SUTime reads the current unit;
     * the words name the one before it. Only for the definite article, since "last year" alone is
     * already right, and only when SUTime's value is the current unit.
     */
    private String previousUnit(SentenceView s, int from, int to, String value) {
        if (!s.word(from).equalsIgnoreCase("the")) return value;
        boolean previous = false;
        for (int i = from + 1; i <= to; i++) previous |= TimeCues.is("previous", s.word(i)) && !s.word(i).equalsIgnoreCase("before");
        if (to + 1 < s.size() && TimeCues.is("previous", s.word(to + 1))) previous = true;
        if (!previous) return value;
        Matcher m;
        if (YEAR.matcher(value).matches() && Integer.parseInt(value) == published.getYear()) {
            return String.valueOf(published.getYear() - 1);
        }
        if (MONTH.matcher(value).matches() && value.equals(YearMonth.from(published).toString())) {
            return YearMonth.from(published).minusMonths(1).toString();
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int q = published.get(IsoFields.QUARTER_OF_YEAR);
            if (Integer.parseInt(m.group(1)) == published.getYear() && Integer.parseInt(m.group(2)) == q) {
                return q == 1 ? (published.getYear() - 1) + "-Q4" : published.getYear() + "-Q" + (q - 1);
            }
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate lastWeek = published.minusWeeks(1);
            if (Integer.parseInt(m.group(2)) == published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
                return String.format("%d-W%02d", lastWeek.get(IsoFields.WEEK_BASED_YEAR), lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
        }
        return value;
    }

    /**
     * SUTime gives "the day", "the same day", "morning" and a bare "18:00 UTC" the publication date.
     * An article dated the day after the events ("on Tuesday ... ended the day higher") means the
     * day it last named. Expressions that name a day themselves, or point at the moment of
     * writing ("this morning", "earlier today"), keep their value and become the day named.
     */
    private String namedDay(SentenceView s, int from, int to, String value) {
        Matcher day = DAY.matcher(value);
        if (!day.matches()) return value;
        LocalDate date = LocalDate.parse(day.group(1));
        boolean namesDay = false;
        for (int i = from; i <= to; i++) {
            String w = s.word(i);
            namesDay |= TimeCues.weekday(w) != null || TimeCues.month(w) != null || TimeCues.is("day-name", w)
                    || TimeCues.is("deictic", w) || (s.tag(i).equals("CD") && !w.contains(":") && !w.matches("\\d{4}"));
        }
        if (!namesDay && date.equals(published) && lastNamedDay != null) {
            return lastNamedDay + (day.group(2) == null ? "" : day.group(2));
        }
        if (namesDay) lastNamedDay = date;
        return value;
    }

    private static boolean containsWord(SentenceView s, int from, int to, String... words) {
        for (int i = from; i <= to; i++) for (String w : words) if (s.word(i).equalsIgnoreCase(w)) return true;
        return false;
    }
}
