package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title and its holder where the parser does not join them as apposition (fixture relations/office-titles.txt). */
class OfficeTitlesTest {
    private static Set<String> found;

    @BeforeAll
    static void readTheFixture() throws Exception {
        found = PlaceCountriesTest.relations(Files.readString(Path.of("src/test/resources/relations/office-titles.txt")));
    }

    @Test
    void aNameTheParserHangsOnTheTitlesCountryIsTheHolder() {
        assertTrue(found.contains("Kwame Nkrumah headOfGovernmentOf Ghana"), found.toString());
    }

    @Test
    void aTitleThatIsTheSubjectOfANameIsHeldByIt() {
        assertTrue(found.contains("Phraya Manopakorn Nititada headOfGovernmentOf Thailand"), found.toString());
    }

    @Test
    void aTitleAfterANameAndACommaIsTheNamesEvenWhenTheParserSaysOtherwise() {
        assertTrue(found.contains("Zhou Enlai headOfGovernmentOf China"), found.toString());
        assertFalse(found.stream().anyMatch(r -> r.startsWith("Li Qiang")), "the title is Zhou Enlai's, not today's holder's: " + found);
    }
}
