package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Membership of a political party (fixture relations/party-members.txt). */
class PartyMembershipTest {
    private static Set<String> found;

    @BeforeAll
    static void readTheFixture() throws Exception {
        found = PlaceCountriesTest.relations(Files.readString(Path.of("src/test/resources/relations/party-members.txt")));
    }

    @Test
    void aPartyInBracketsAfterANameIsThePersonsParty() {
        assertTrue(found.contains("Janne Johnsen memberOfParty Conservative Party"), found.toString());
        assertTrue(found.contains("Terje Halleland memberOfParty Progress Party"), found.toString());
    }

    @Test
    void aMembershipOfAPartyIsAPartyMembership() {
        assertTrue(found.contains("Kari Nordmann memberOfParty Centre Party"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("Kari Nordmann memberOf ")), found.toString());
    }

    @Test
    void aDescribingNounTakesTheOrganisationNotTheCountryOfItsDemonym() {
        assertTrue(found.contains("Eivind Bolle memberOfParty Labour Party"), found.toString());
    }

    @Test
    void aPlaceInBracketsIsNoParty() {
        assertTrue(found.stream().noneMatch(r -> r.startsWith("Ola Berg memberOf")), found.toString());
    }
}
