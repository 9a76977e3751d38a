package org.newsgraph.extract;

import java.util.Locale;

/** How the text presents an event: as fact, as possible, as a supposition, as denied, or as intended. */
public enum Modality {
    ASSERTED, HEDGED, HYPOTHETICAL, NEGATED, PLANNED;

    /** The contract string used in queries and gold files ("asserted", "hedged", ...). */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Modality parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
