package org.newsgraph.extract;

/**
 * "the Craiova-based car maker", "the Romanian carmaker", "a Japanese rival": a description that
 * places a common noun in a country keeps it from standing for an organisation based elsewhere
 * (Ford, a US company). Coreference and "the last company named" both need this check; without
 * it "the Romanian government bought the Craiova-based car maker" reads as buying Ford.
 */
final class PlacedDescriptions {
    private PlacedDescriptions() {}

    /**
     * Does a modifier of {@code noun} place it somewhere {@code candidate} is not? A demonym, a
     * place name or an "X-based" place must be in the candidate's country, when both countries
     * are known ("the Redmond-based company" may well be Microsoft).
     */
    static boolean elsewhere(SentenceView s, int noun, String candidate, ResolvedEntities entities) {
        String home = entities.homeCountryOf(candidate);
        for (SentenceView.Arc c : s.children(noun)) {
            if (!(c.relation().equals("amod") || c.relation().equals("compound"))) continue;
            int placeToken = c.token();
            boolean based = s.lemma(placeToken).equals("base") || s.word(placeToken).endsWith("-based");
            if (based) {
                // "Craiova-based" is tokenised "Craiova - based": the place hangs on "based".
                int where = RoleFinder.dependent(s, placeToken, "obl");
                if (where < 0) where = RoleFinder.dependent(s, placeToken, "compound");
                if (where < 0) continue;
                placeToken = where;
            }
            String place = entities.entityAt(s.index(), placeToken);
            EntityType type = entities.typeOf(place);
            if (place == null || type == null || !type.isPlace() || place.equals(candidate)) continue;
            String country = entities.countryOfPlace(place);
            String placeQid = country == null ? null : entities.wikidataOf(country);
            if (placeQid == null) placeQid = country;
            if (home != null && placeQid != null && !placeQid.equals(home) && !placeQid.equals(entities.wikidataOf(home))) return true;
        }
        return false;
    }
}
