package org.newsgraph.eval;

/**
 * A time expression the system normalised: its span in {@code Article.text()} and its TIMEX3-style
 * value ("2026-01-07", "2026-01", "2024-W18", "P3D", ...).
 */
public record TimexRow(int begin, int end, String text, String value) {}
