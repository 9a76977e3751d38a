package org.newsgraph.extract;

import java.time.LocalDate;

/**
 * An office a known person holds or held ("President" of Q739 as headOfState from 2022-08-07).
 *
 * @param asOf the day the gazetteer row was last checked, or null when its file does not say;
 *             an open-ended office is only known up to that day
 */
public record Office(String personQid, String role, String ofQid, String title, LocalDate start, LocalDate end,
                     LocalDate asOf) {
    /** Held on that day as far as the row says (an open end counts as still held). */
    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    /**
     * Held on that day and the row was checked on or after it. Naming a holder the text does not
     * name ("Japan's prime minister") is only safe then: offices change hands after the gazetteer
     * was written, and a stale holder would be a wrong fact, not a missing one.
     */
    public boolean knownHeldOn(LocalDate day) {
        return heldOn(day) && (end != null || asOf == null || !day.isAfter(asOf));
    }

    public boolean isFormer() { return role.startsWith("former-"); }
}
