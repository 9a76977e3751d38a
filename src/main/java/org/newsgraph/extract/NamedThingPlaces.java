package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a named organisation or place is, read within one sentence: "Norvane Systems of Austin,
 * Texas", "Austin, Texas", the country a name carries ("Bank of England", "the Ecuadorian
 * Constituent Assembly"), and what the gazetteer places in a country or region the sentence names.
 */
final class NamedThingPlaces {
    private final Gazetteer gazetteer;
    private final ResolvedEntities entities;

    NamedThingPlaces(Gazetteer gazetteer, ResolvedEntities entities) {
        this.gazetteer = gazetteer;
        this.entities = entities;
    }

    // ---- "Norvane Systems of Austin, Texas": where an organisation is, where a city is ----

    void find(SentenceView s, int i, List<Relation> out) {
        String thing = entities.entityAt(s.index(), i);
        EntityType type = entities.typeOf(thing);
        if (type == null) return;
        if (type == EntityType.Company || type == EntityType.Organization) {
            for (SentenceView.Arc c : s.children(i)) {
                // "Norvane Systems of Austin": the company's seat. "Makerere University in Kampala",
                // "the CBS 30th Street Studio in New York City" only say where it is (the address
                // reader, LocationChains, states that); a company "in" a city is taken to be seated there.
                boolean seat = c.relation().equals("nmod:of") || c.relation().equals("nmod:in") && type == EntityType.Company;
                if (!seat) continue;
                String place = entities.entityAt(s.index(), c.token());
                EntityType pt = entities.typeOf(place);
                if (pt == EntityType.City || pt == EntityType.Region) {
                    out.add(new Relation(thing, "headquarteredIn", place, null, s.span(i, c.token()), 0.6));
                }
            }
        }
        if (type.isAgent() && type != EntityType.Person && type != EntityType.Country
                && !key(s, i - 1).equals(thing)) {
            countryInName(s, i, thing, out);
        }
        if (type == EntityType.City) {
            // "Austin, Texas": a city followed by its region or country in apposition.
            for (SentenceView.Arc c : s.children(i, "appos")) {
                String region = entities.entityAt(s.index(), c.token());
                EntityType rt = entities.typeOf(region);
                if ((rt == EntityType.Region || rt == EntityType.Country) && !region.equals(thing)) {
                    String property = rt == EntityType.Country ? "inCountry" : "locatedIn";
                    out.add(new Relation(thing, property, region, null, s.span(i, c.token()), 0.8));
                }
            }
        }
    }

    private String key(SentenceView s, int i) {
        String k = i < 0 ? null : entities.entityAt(s.index(), i);
        return k == null ? "" : k;
    }

    /** "the Ecuadorian Constituent Assembly", "Bank of England": the country its name carries. */
    private void countryInName(SentenceView s, int first, String organisation, List<Relation> out) {
        int last = first;
        while (last + 1 < s.size() && organisation.equals(entities.entityAt(s.index(), last + 1))) last++;
        if (last == first) return;
        for (int k = first; k <= last; k++) {
            GazetteerEntry country = gazetteer.countryOfDemonym(s.word(k)).orElse(null);
            if (country == null) {
                country = gazetteer.lookup(s.word(k)).stream().filter(e -> e.type() == EntityType.Country).findFirst().orElse(null);
            }
            if (country != null) {
                out.add(new Relation(organisation, "inCountry", entities.ensure(country), null, s.span(first, last), 0.6));
                return;
            }
        }
    }

    // ---- location of a country in a region, both named in the sentence ----

    void locations(SentenceView s, List<Relation> out) {
        List<String> here = entities.inSentence(s.index());
        // "Kherson ... Ukraine", "Airbus ... France": a place or organisation the gazetteer puts in a
        // country named in the same sentence.
        for (String thing : here) {
            EntityType t = entities.typeOf(thing);
            if (t == null || t == EntityType.Country || t == EntityType.Person) continue;
            var entry = gazetteer.byQid(entities.wikidataOf(thing));
            if (entry.isEmpty() || entry.get().countryQid() == null) continue;
            String country = entry.get().countryQid();
            if (here.contains(country) && !country.equals(thing)) {
                out.add(new Relation(thing, "inCountry", country, null, SentenceScope.sentenceSpan(s), 0.6));
            }
        }
        for (String country : here) {
            if (entities.typeOf(country) != EntityType.Country) continue;
            var entry = gazetteer.byQid(entities.wikidataOf(country));
            if (entry.isEmpty()) continue;
            Set<String> regionKeys = new LinkedHashSet<>();
            for (String regionName : entry.get().regions()) regionKeys.add(NameKey.of(regionName));
            for (String region : here) {
                if (entities.typeOf(region) != EntityType.Region) continue;
                if (!regionKeys.contains(NameKey.of(entities.labelOf(region)))) continue;
                Span evidence = SentenceScope.sentenceSpan(s);
                out.add(new Relation(country, "locatedIn", region, null, evidence, 0.6));
            }
        }
    }

}
