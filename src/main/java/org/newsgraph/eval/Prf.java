package org.newsgraph.eval;

/**
 * Precision, recall and F1 from counts: matches, items the system produced, items in gold.
 * Counts (not ratios) so that documents add up to micro averages.
 */
public record Prf(int matched, int system, int gold) {
    public static final Prf NONE = new Prf(0, 0, 0);

    public double precision() { return system == 0 ? 0.0 : (double) matched / system; }

    public double recall() { return gold == 0 ? 0.0 : (double) matched / gold; }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf other) { return new Prf(matched + other.matched, system + other.system, gold + other.gold); }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d matched, %d system, %d gold)",
                precision(), recall(), f1(), matched, system, gold);
    }
}
