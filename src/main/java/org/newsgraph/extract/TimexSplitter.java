package org.newsgraph.extract;

import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one SUTime expression into the time expressions a reader sees in it. SUTime joins
 * neighbours into values nobody can use: a range "2009 to 2011" becomes "2009/2011", "April and
 * June" becomes "2009/******04/2008/******06", "over six years on Thursday" becomes
 * "2009-02-19-WXX-4 INTERSECT P6Y". TimeML annotates the parts ("2009", "2011"; "six years",
 * "Thursday"), and only the parts carry a value a date-range query can use.
 */
final class TimexSplitter {
    /** Tokens {@code from..to} (inclusive) of one sentence and SUTime's value for them. */
    record Piece(int from, int to, String value) {}

    private static final Pattern COMPOSITE = Pattern.compile("^(\\S+) (?:INTERSECT|OFFSET) (\\S+)$");
    private static final Pattern DURATION = Pattern.compile("^P[0-9T][0-9A-Z.]*$");
    /** A resolved date, possibly with SUTime's weekday suffix ("2009-02-19-WXX-4"). */
    private static final Pattern DATE = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:-WXX-\\d)?$");

    private TimexSplitter() {}

    static List<Piece> split(SentenceView s, int from, int to, String value) {
        if (value.contains("*") || value.matches("^[^/]+/[^/]+$")) {
            List<Piece> parts = byOwnTimex(s, from, to);
            if (parts.size() > 1) return parts;
        }
        Matcher m = COMPOSITE.matcher(value);
        if (m.matches()) {
            List<Piece> parts = dateAndDuration(s, from, to, m.group(1), m.group(2));
            if (!parts.isEmpty()) return parts;
        }
        return List.of(new Piece(from, to, value));
    }

    /**
     * A range or a coordination: every endpoint keeps its own TIMEX (SUTime puts the joined value
     * only on the NER tag); the connecting word ("to", "and") has none and is dropped.
     */
    private static List<Piece> byOwnTimex(SentenceView s, int from, int to) {
        List<Piece> out = new ArrayList<>();
        int i = from;
        while (i <= to) {
            Timex t = s.token(i).get(TimeAnnotations.TimexAnnotation.class);
            if (t == null || t.value() == null) { i++; continue; }
            int j = i;
            while (j + 1 <= to && t.equals(s.token(j + 1).get(TimeAnnotations.TimexAnnotation.class))) j++;
            out.add(new Piece(i, j, t.value()));
            i = j + 1;
        }
        return out;
    }

    /**
     * "six years on Thursday", "a decade on Monday", "day yesterday", "week since November": one
     * operand is a duration, the other a date. The date words (a weekday, a month, "yesterday", a
     * year) take the date; the rest, without the joining preposition, takes the duration.
     */
    private static List<Piece> dateAndDuration(SentenceView s, int from, int to, String left, String right) {
        String duration = DURATION.matcher(left).matches() ? left : DURATION.matcher(right).matches() ? right : null;
        String dateOperand = duration == left ? right : left;
        Matcher date = DATE.matcher(dateOperand);
        if (duration == null || !date.matches()) return List.of();
        int dateFrom = -1, dateTo = -1;
        for (int i = from; i <= to; i++) {
            if (!isDateWord(s, i)) continue;
            if (dateFrom < 0) dateFrom = i;
            else if (dateTo != i - 1) return List.of(); // date words in two places: leave it whole
            dateTo = i;
        }
        if (dateFrom < 0 || (dateFrom > from && dateTo < to)) return List.of();
        int restFrom = dateFrom > from ? from : dateTo + 1;
        int restTo = dateFrom > from ? dateFrom - 1 : to;
        while (restTo >= restFrom && s.tag(restTo).equals("IN")) restTo--;
        while (restFrom <= restTo && s.tag(restFrom).equals("IN")) restFrom++;
        if (restFrom > restTo) return List.of();
        List<Piece> out = new ArrayList<>();
        Piece d = new Piece(dateFrom, dateTo, date.group(1));
        Piece p = new Piece(restFrom, restTo, duration);
        if (restFrom < dateFrom) { out.add(p); out.add(d); } else { out.add(d); out.add(p); }
        return out;
    }

    private static boolean isDateWord(SentenceView s, int i) {
        String w = s.word(i);
        return TimeCues.weekday(w) != null || TimeCues.month(w) != null || TimeCues.is("day-name", w)
                || (s.tag(i).equals("CD") && w.matches("\\d{4}"));
    }
}
