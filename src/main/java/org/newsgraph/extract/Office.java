package org.newsgraph.extract;

import java.time.LocalDate;

/** An office a known person holds or held ("President" of Q739 as headOfState from 2022-08-07). */
public record Office(String personQid, String role, String ofQid, String title, LocalDate start, LocalDate end) {
    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    public boolean isFormer() { return role.startsWith("former-"); }
}
