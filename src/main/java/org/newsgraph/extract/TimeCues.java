package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few words time normalisation looks at, read from {@code lexicon/time-cues.tsv} (word, kind),
 * plus English weekday and month names, which java.time already knows.
 */
final class TimeCues {
    private static final Map<String, Set<String>> BY_KIND = load();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(), d);
        for (Month m : Month.values()) MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(), m);
    }

    private TimeCues() {}

    /** True when {@code word} (any case) is listed with {@code kind}. */
    static boolean is(String kind, String word) {
        return BY_KIND.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    static DayOfWeek weekday(String word) { return WEEKDAYS.get(word.toLowerCase(Locale.ROOT)); }

    static Month month(String word) { return MONTHS.get(word.toLowerCase(Locale.ROOT)); }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        DataTable table = DataTable.fromClasspath("/org/newsgraph/lexicon/time-cues.tsv").requireColumns("word", "kind");
        for (DataTable.Row r : table.rows()) {
            out.computeIfAbsent(r.require("kind"), k -> new HashSet<>()).add(r.require("word").toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
