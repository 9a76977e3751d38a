package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Address chains: "Vancouver, British Columbia, Canada", "Westmere ... Guilderland, Albany County,
 * New York", "Sacramento, California, in the United States", a dateline's "Sydney, Australia".
 * Each place in the chain lies in the next one: {@code locatedIn} a region or city,
 * {@code inCountry} a country. The dependency parse attaches such chains inconsistently
 * (apposition, conjunction, compound), so the chain is read from the surface: place names
 * separated by a comma and/or "in", then optionally a determiner and a compass adjective
 * ("northeastern Spain").
 *
 * <p>Lists are not chains: "Oregon, Nevada and Idaho", "France, Spain, Italy". A chain that ends
 * in "and"/"or" and another place, a country followed by anything, and two places the gazetteer
 * ranks as peers (two states, two cities of different countries) are left alone.
 */
final class LocationChains {
    private LocationChains() {}

    /** A run of tokens naming one entity. */
    private record Run(String key, int from, int to) {}

    static List<Relation> links(SentenceView s, ResolvedEntities entities, Gazetteer gazetteer) {
        List<Run> runs = runs(s, entities);
        List<Relation> out = new ArrayList<>();
        for (int r = 0; r + 1 < runs.size(); r++) {
            Run a = runs.get(r), b = runs.get(r + 1);
            if (!linked(s, a.to + 1, b.from - 1)) continue;
            if (isList(s, runs, r + 1, entities)) continue;
            EntityType ta = entities.typeOf(a.key), tb = entities.typeOf(b.key);
            if (ta == null || tb == null || a.key.equals(b.key)) continue;
            if (ta.isAgent() || !(tb == EntityType.Region || tb == EntityType.City || tb == EntityType.Country)) continue;
            if (peers(a.key, b.key, entities, gazetteer)) continue;
            String property = tb == EntityType.Country ? "inCountry" : "locatedIn";
            out.add(new Relation(a.key, property, b.key, null, s.span(a.from, b.to), 0.8));
        }
        // "the Casa Grande monument in Arizona", "Holmenkollen in Oslo": a named place in a larger one.
        for (Run a : runs) {
            EntityType ta = entities.typeOf(a.key);
            if (ta == null || ta.isAgent()) continue;
            for (SentenceView.Arc c : s.children(a.to, "nmod:in")) {
                String b = entities.entityAt(s.index(), c.token());
                EntityType tb = entities.typeOf(b);
                if (b == null || b.equals(a.key) || !(tb == EntityType.Region || tb == EntityType.City || tb == EntityType.Country)) continue;
                if (peers(a.key, b, entities, gazetteer)) continue;
                out.add(new Relation(a.key, tb == EntityType.Country ? "inCountry" : "locatedIn", b, null,
                        s.span(Math.min(a.from, c.token()), Math.max(a.to, c.token())), 0.7));
            }
        }
        return out;
    }

    private static List<Run> runs(SentenceView s, ResolvedEntities entities) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String key = entities.entityAt(s.index(), i);
            // Names only: a pronoun or "the company" is no link of an address.
            if (key == null || !Character.isUpperCase(s.word(i).charAt(0))) continue;
            int to = i;
            while (to + 1 < s.size() && key.equals(entities.entityAt(s.index(), to + 1))) to++;
            runs.add(new Run(key, i, to));
            i = to;
        }
        return runs;
    }

    /** Tokens from..to (inclusive) join two places of a chain: a comma and/or "in", then optionally "the", a compass word. */
    private static boolean linked(SentenceView s, int from, int to) {
        if (from > to) return false;
        // "Holmenkollen in Oslo" needs no comma.
        int k = s.word(from).equals(",") ? from + 1 : from;
        // ", the United States" is a list; ", in the United States" is an address.
        if (k <= to && s.word(k).equalsIgnoreCase("in")) {
            k++;
            if (k <= to && s.word(k).equalsIgnoreCase("the")) k++;
        }
        if (k == from) return false;
        if (k <= to && s.tag(k).equals("JJ") && s.word(k).matches("(north|south|east|west|central)[a-z]*")) k++;
        return k == to + 1;
    }

    /** Run r is followed by "and"/"or" and another place, or is a country followed by a comma and another country. */
    private static boolean isList(SentenceView s, List<Run> runs, int r, ResolvedEntities entities) {
        Run b = runs.get(r);
        Run next = r + 1 < runs.size() ? runs.get(r + 1) : null;
        if (next == null || !isPlace(entities.typeOf(next.key))) return false;
        int k = b.to + 1;
        if (k < s.size() && s.word(k).equals(",")) k++;
        if (k < s.size() && (s.word(k).equalsIgnoreCase("and") || s.word(k).equalsIgnoreCase("or"))) {
            k++;
            if (k < s.size() && s.word(k).equalsIgnoreCase("the")) k++;
            return next.from == k;
        }
        return entities.typeOf(b.key) == EntityType.Country && next.from == b.to + 2
                && s.word(b.to + 1).equals(",") && entities.typeOf(next.key) == EntityType.Country;
    }

    private static boolean isPlace(EntityType t) {
        return t != null && t.isPlace();
    }

    /** Two places the gazetteer puts at the same level (two US states) or in different countries. */
    private static boolean peers(String a, String b, ResolvedEntities entities, Gazetteer gazetteer) {
        GazetteerEntry ea = gazetteer.byQid(entities.wikidataOf(a)).orElse(null);
        GazetteerEntry eb = gazetteer.byQid(entities.wikidataOf(b)).orElse(null);
        // A world region ("Latin America") lies in no country.
        if (ea != null && ea.type() == EntityType.Region && ea.countryQid() == null) return true;
        if (ea == null || eb == null) return false;
        if (eb.type() == EntityType.Country) return ea.countryQid() != null && !ea.countryQid().equals(eb.key());
        if (ea.type() == eb.type()) return true;
        return ea.countryQid() != null && eb.countryQid() != null && !ea.countryQid().equals(eb.countryQid());
    }
}
