package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the gazetteer may name an office holder the text does not name. */
class OfficeTest {
    private static final LocalDate CHECKED = LocalDate.parse("2025-06-30");

    private static Office primeMinister(LocalDate end, LocalDate asOf) {
        return new Office("Q1", "headOfGovernment", "Q17", "Prime Minister", LocalDate.parse("2024-10-01"), end, asOf);
    }

    @Test
    void anOpenOfficeIsKnownOnlyUpToTheDayItWasChecked() {
        Office open = primeMinister(null, CHECKED);
        assertTrue(open.knownHeldOn(LocalDate.parse("2025-03-01")));
        assertTrue(open.knownHeldOn(CHECKED));
        assertFalse(open.knownHeldOn(LocalDate.parse("2026-03-01")), "the office may have changed hands since");
        assertTrue(open.heldOn(LocalDate.parse("2026-03-01")), "the row itself still says held");
    }

    @Test
    void aClosedOfficeIsKnownForItsWholeTerm() {
        Office closed = primeMinister(LocalDate.parse("2025-10-21"), null);
        assertTrue(closed.knownHeldOn(LocalDate.parse("2025-09-01")));
        assertFalse(closed.knownHeldOn(LocalDate.parse("2025-11-01")));
        assertFalse(closed.knownHeldOn(LocalDate.parse("2024-09-01")), "before it began");
    }

    @Test
    void aRowWithoutACheckDateIsTakenAtItsWord() {
        assertTrue(primeMinister(null, null).knownHeldOn(LocalDate.parse("2030-01-01")));
    }

    @Test
    void theBuiltInGazetteerSaysWhenItsOpenOfficesWereChecked() {
        Gazetteer g = Gazetteer.builtIn();
        for (Office o : g.officesIn("Q17")) {
            if (o.end() == null) assertTrue(o.asOf() != null, "open office without as_of: " + o);
        }
    }
}
