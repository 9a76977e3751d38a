package org.newsgraph.eval;

import static org.newsgraph.eval.FakeGraph.ID;

/** Graph rows for the seed article (Trump invites Petro), written by hand from the gold file. */
final class SeedGraphs {
    private SeedGraphs() {}

    static final String TRUMP = ID + "entity/Q22686", PETRO = ID + "entity/Q704022", COLOMBIA = ID + "entity/Q739",
            US = ID + "entity/Q30", WHITE_HOUSE = ID + "entity/Q35525", LATIN_AMERICA = ID + "entity/region/latin-america";
    static final String NG = "https://w3id.org/newsgraph/ontology#";

    /** The seed entities, as a good extractor would label and link them. */
    static FakeGraph entities() {
        return new FakeGraph()
                .entity(TRUMP, "Person", "Q22686", "Donald Trump", "Trump", "President Trump")
                .entity(PETRO, "Person", "Q704022", "Gustavo Petro", "Petro")
                .entity(COLOMBIA, "Country", "Q739", "Colombia", "Bogotá")
                .entity(US, "Country", "Q30", "United States", "Washington")
                .entity(WHITE_HOUSE, "Facility", "Q35525", "White House")
                .entity(LATIN_AMERICA, "Region", null, "Latin America");
    }

    /** Everything the gold file asks for and nothing else. */
    static GraphRows perfect() {
        return withEvents(entities(), false).rows();
    }

    /** Every gold event with actor and target exchanged. */
    static GraphRows swapped() {
        return withEvents(entities(), true).rows();
    }

    private static FakeGraph withEvents(FakeGraph g, boolean swap) {
        event(g, 1, "036", TRUMP, PETRO, "2026-01-07", "asserted", null, 1, swap);
        event(g, 2, "041", TRUMP, PETRO, null, "asserted", null, 1, swap);
        event(g, 3, "051", TRUMP, PETRO, "2026-01-07", "asserted", null, 2, swap);
        event(g, 4, "138", TRUMP, COLOMBIA, null, "asserted", null, 3, swap);
        event(g, 5, "111", TRUMP, COLOMBIA, null, "asserted", null, 5, swap);
        event(g, 6, "019", TRUMP, PETRO, null, "asserted", TRUMP, 8, swap);
        event(g, 7, "032", US, COLOMBIA, null, "hedged", null, 9, swap);
        event(g, 8, "051", COLOMBIA, US, null, "asserted", null, 11, swap);
        event(g, 9, "030", PETRO, US, null, "asserted", COLOMBIA, 12, swap);
        event(g, 10, "070", US, COLOMBIA, null, "asserted", null, 15, swap);
        return g.relation(PETRO, NG + "headOfStateOf", "head of state of", "P35", COLOMBIA)
                .relation(TRUMP, NG + "headOfStateOf", "head of state of", "P35", US)
                .relation(COLOMBIA, NG + "allyOf", "ally of", null, US)
                .relation(COLOMBIA, NG + "partOf", "part of", "P361", LATIN_AMERICA)
                .relation(US, NG + "bilateralRelationWith", "bilateral relation with", null, COLOMBIA);
    }

    private static void event(FakeGraph g, int n, String cameo, String actor, String target, String time,
                              String modality, String source, int sentence, boolean swap) {
        g.event(ID + "event/seed/" + n, cameo, swap ? target : actor, swap ? actor : target, time,
                NG + modality.substring(0, 1).toUpperCase() + modality.substring(1), source, sentence);
    }
}
