package org.newsgraph.eval;

/** A share such as "found 7 of 10"; kept as counts so documents can be summed (micro average). */
public record Fraction(int count, int total) {
    public static final Fraction NONE = new Fraction(0, 0);

    public static Fraction of(boolean hit) { return new Fraction(hit ? 1 : 0, 1); }

    /** 0 when there is nothing to count, so an empty benchmark never shows as perfect. */
    public double value() { return total == 0 ? 0.0 : (double) count / total; }

    public Fraction plus(Fraction other) { return new Fraction(count + other.count, total + other.total); }

    @Override public String toString() { return count + "/" + total; }
}
