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
 * The few words time normalisation looks at, read from {@code lexicon/time-cues.tsv} (word, kind, value),
 * plus English weekday and month names, which java.time already knows.
 */
final class TimeCues {
    private static final Map<String, Set<String>> BY_KIND = new HashMap<>();
    private static final Map<String, String> FREQUENCIES = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        load();
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

    /** The period of a frequency adjective ("annual" → P1Y), or null. */
    static String frequency(String word) { return FREQUENCIES.get(word.toLowerCase(Locale.ROOT)); }

    private static void load() {
        DataTable table = DataTable.fromClasspath("/org/newsgraph/lexicon/time-cues.tsv").requireColumns("word", "kind", "value");
        for (DataTable.Row r : table.rows()) {
            String word = r.require("word").toLowerCase(Locale.ROOT);
            BY_KIND.computeIfAbsent(r.require("kind"), k -> new HashSet<>()).add(word);
            if (r.require("kind").equals("frequency")) FREQUENCIES.put(word, r.require("value"));
        }
    }
}
