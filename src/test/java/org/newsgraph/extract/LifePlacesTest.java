package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where people were born and died: verbs of birth and death, and the bracketed lifespan after a name (fixture relations/lifespans.txt). */
class LifePlacesTest {
    private static Set<String> found;

    @BeforeAll
    static void readTheFixture() throws Exception {
        found = PlaceCountriesTest.relations(Files.readString(Path.of("src/test/resources/relations/lifespans.txt")));
    }

    @Test
    void aLifespanInBracketsGivesTheBirthAndDeathPlaces() {
        assertTrue(found.contains("Dieter Eppler bornIn Stuttgart"), found.toString());
        assertTrue(found.contains("Dieter Eppler diedIn Hamburg"), found.toString());
        assertTrue(found.contains("Pierre Seghers bornIn Paris"), found.toString());
        assertTrue(found.contains("Pierre Seghers diedIn Berlin"), found.toString());
    }

    @Test
    void aBornOrDiedInTheBracketsIsReadAsAVerbAfterAnotherBracket() {
        assertTrue(found.contains("Nazar Mohammad bornIn Lahore"), found.toString());
        assertTrue(found.contains("Nazar Mohammad diedIn Karachi"), found.toString());
    }

    @Test
    void aVerbOfBirthOrDeathGivesItsPlaceToItsPerson() {
        assertTrue(found.contains("Bill Frist bornIn Nashville"), found.toString());
        assertTrue(found.contains("Walter Newman diedIn Los Angeles"), found.toString());
    }

    @Test
    void aBracketWithoutDatesIsNoLifespan() {
        assertTrue(found.stream().noneMatch(r -> r.startsWith("Gareth Barry bornIn") || r.startsWith("Gareth Barry diedIn")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.contains(" bornIn ") && r.endsWith("Tennessee")), "the most specific place only: " + found);
    }
}
