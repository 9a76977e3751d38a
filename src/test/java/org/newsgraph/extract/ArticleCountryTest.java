package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an article about one country says without saying it: an organisation the text ties to no
 * country is of the country the article is about, unless the gazetteer says otherwise; a person
 * is not (fixture relations/article-country.txt, a report on Colombia).
 */
class ArticleCountryTest {
    private static Set<String> found;
    private static Set<String> twoCountries;

    @BeforeAll
    static void readTheFixture() throws Exception {
        found = PlaceCountriesTest.relations(Files.readString(Path.of("src/test/resources/relations/article-country.txt")));
        twoCountries = PlaceCountriesTest.relations(Files.readString(Path.of("src/test/resources/relations/two-country-deal.txt")));
    }

    @Test
    void anOrganisationWithNoCountryOfItsOwnIsOfTheArticlesCountry() {
        assertTrue(found.contains("Bogotá Teachers Federation inCountry Colombia"), found.toString());
    }

    @Test
    void anOrganisationTheGazetteerKnowsKeepsItsOwnCountry() {
        assertFalse(found.contains("Reuters inCountry Colombia"), found.toString());
    }

    @Test
    void aPersonIsNotGivenTheArticlesCountry() {
        // Measured on Re-DocRED: a citizenship inferred this way was right about a third of the time.
        assertFalse(found.contains("Maria Lopez citizenOf Colombia"), found.toString());
    }

    @Test
    void aPersonTheTextGivesANationalityKeepsIt() {
        assertTrue(found.contains("Kevin Smith citizenOf United States"), found.toString());
        assertFalse(found.contains("Kevin Smith citizenOf Colombia"), found.toString());
    }

    @Test
    void aStoryThatPlacesThingsInTwoCountriesGivesNoOrganisationADefault() {
        // A Dutch buyer and a Texan target: the investor named with both is of neither by default.
        assertTrue(twoCountries.contains("Pinecrest Sensors inCountry United States"), twoCountries.toString());
        assertFalse(twoCountries.contains("Marlow Partners inCountry Netherlands"), twoCountries.toString());
        assertFalse(twoCountries.contains("Pinecrest Sensors inCountry Netherlands"), twoCountries.toString());
    }
}
