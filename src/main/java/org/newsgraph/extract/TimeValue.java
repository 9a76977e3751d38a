package org.newsgraph.extract;

import java.time.Instant;

/**
 * A normalised time: the TIMEX3-style value exactly as precise as the text ("2026-01-07",
 * "2026-01", "2026-W02", "2026") and, where it denotes a calendar interval, its bounds.
 */
public record TimeValue(String value, Instant start, Instant end) {
    public boolean hasInterval() { return start != null && end != null; }
}
