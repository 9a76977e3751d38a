package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.TimexSplitter.Piece;

/**
 * Repairs the extent of expressions SUTime cut short, where the words left out carry the value:
 * <ul>
 *   <li>a count parted from its unit by a modifier: "six straight days" (SUTime: "days", PXD),
 *       "the past five trading days" (SUTime: "the past" and "days");</li>
 *   <li>a four-digit clock time before a time zone: "At 0800 UTC" (SUTime: the year 0800).</li>
 * </ul>
 */
final class TimexRepairs {
    /** A duration whose count SUTime left unknown: "PXD", "PTXM". */
    private static final Pattern UNKNOWN_COUNT = Pattern.compile("^P(T?)X([A-Z]+)$");
    private static final Pattern CLOCK = Pattern.compile("^([01]\\d|2[0-3])([0-5]\\d)$");
    /** Words that may stand between a count and its unit: "straight", "consecutive", "trading". */
    private static final int MAX_MODIFIERS = 2;

    private TimexRepairs() {}

    static List<Piece> repair(SentenceView s, List<Piece> pieces, LocalDate published) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            Piece fixed = clockTime(s, countedDuration(s, p), published);
            // "the past" + "five trading days": one expression, the duration's
            if (fixed != p && !out.isEmpty()) {
                Piece before = out.get(out.size() - 1);
                if (before.to() == fixed.from() - 1 && before.value().endsWith("_REF")) {
                    out.remove(out.size() - 1);
                    fixed = new Piece(before.from(), fixed.to(), fixed.value());
                }
            }
            out.add(fixed);
        }
        return out;
    }

    private static Piece countedDuration(SentenceView s, Piece p) {
        Matcher m = UNKNOWN_COUNT.matcher(p.value());
        if (!m.matches()) return p;
        int i = p.from() - 1;
        // "two and a half years"
        BigDecimal half = BigDecimal.ZERO;
        if (i >= 3 && s.word(i).equalsIgnoreCase("half") && s.word(i - 1).equalsIgnoreCase("a")
                && s.word(i - 2).equalsIgnoreCase("and") && isCount(s, i - 3)) {
            half = new BigDecimal("0.5");
            i -= 3;
        }
        int modifiers = 0;
        while (i >= 0 && modifiers < MAX_MODIFIERS && !isCount(s, i) && isModifier(s, i)) { i--; modifiers++; }
        if (i < 0 || !isCount(s, i)) return p;
        BigDecimal count = count(s, i);
        if (count == null) return p;
        int start = i;
        while (start > 0 && isCount(s, start - 1)) start--;
        return new Piece(start, p.to(), "P" + m.group(1) + count.add(half).stripTrailingZeros().toPlainString() + m.group(2));
    }

    private static boolean isCount(SentenceView s, int i) {
        return s.ner(i).equals("NUMBER") || (s.tag(i).equals("CD") && s.ner(i).equals("O"));
    }

    private static boolean isModifier(SentenceView s, int i) {
        String tag = s.tag(i);
        return (tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBG")) && s.ner(i).equals("O");
    }

    private static BigDecimal count(SentenceView s, int i) {
        String n = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (n == null) n = s.word(i);
        try {
            // "~2.0": SUTime marks an approximate count ("almost two"); the count is still two
            BigDecimal d = new BigDecimal(n.trim().replaceFirst("^[~<>=]+", ""));
            return d.signum() > 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "0800 UTC": SUTime takes 0800 for a year; before a zone it is a time of the publication day. */
    private static Piece clockTime(SentenceView s, Piece p, LocalDate published) {
        if (p.from() != p.to() || p.to() + 1 >= s.size() || !TimeCues.is("zone", s.word(p.to() + 1))) return p;
        Matcher m = CLOCK.matcher(s.word(p.from()));
        if (!m.matches() || !p.value().equals(s.word(p.from()))) return p;
        return new Piece(p.from(), p.to() + 1, published + "T" + m.group(1) + ":" + m.group(2) + "Z");
    }
}
