package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Address chains: "Vancouver, British Columbia, Canada", "Westmere ... Guilderland, Albany County,
 * New York", "Sacramento, California, in the United States", a dateline's "Sydney, Australia".
 * Each place in the chain lies in the next one: {@code locatedIn} a region or city,
 * {@code inCountry} a country. The dependency parse attaches such chains inconsistently
 * (apposition, conjunction, compound), so the chain is read from the surface: place names
 * separated by a comma and/or "in", then optionally a determiner and a compass word
 * ("northeastern Spain", "south-western Mozambique", "the southern part of").
 *
 * <p>The first name of a chain may be an organisation's: "the Institute for Advanced Study,
 * Berlin", "the Museum of Fine Arts in Santiago, Chile".
 *
 * <p>A link of the chain may name the kind of division (name-words.tsv, kind {@code division}):
 * after the name ("Gollaprolu mandal, East Godavari district, Andhra Pradesh") or before it with
 * "of" ("a city in Washington County, in the U.S. state of Oregon", "in the region of Apulia").
 * A country or demonym qualifying such a division ("the Mexican state of Michoacán", "the U.S.
 * states of Arizona and New Mexico") is where that division lies, and is no link of the chain
 * itself. "within" links like "in" ("in the district of Gmina Wielbark, within Szczytno County").
 *
 * <p>A list coordinated before an address's last part all lies in it: "Schuylkill County and
 * Northumberland County, in Pennsylvania".
 *
 * <p>Lists are not chains: "Oregon, Nevada and Idaho", "Dumela, Mbuzi, Kunguma and Ngala",
 * "France, Spain, Italy". Names separated by commas that end in "and"/"or" and another name, a
 * country followed by anything, and two places the gazetteer ranks as peers (two states, two
 * cities of different countries) are left alone.
 */
final class LocationChains {
    private LocationChains() {}

    /** A run of tokens naming one entity; {@code start} is where its phrase begins ("the U.S. state of" Oregon). */
    private record Run(String key, int from, int to, int start) {
        Run withStart(int s) { return new Run(key, from, to, s); }
    }

    static List<Relation> links(SentenceView s, ResolvedEntities entities, Gazetteer gazetteer, Lexicon lexicon) {
        List<Run> runs = runs(s, entities);
        List<Relation> out = new ArrayList<>();
        runs = divisionPhrases(s, runs, entities, lexicon, out);
        for (int r = 0; r + 1 < runs.size(); r++) {
            Run a = runs.get(r), b = runs.get(r + 1);
            if (!linked(s, a.to + 1, b.start - 1, lexicon)) continue;
            if (isList(s, b, entities)) continue;
            EntityType ta = entities.typeOf(a.key), tb = entities.typeOf(b.key);
            if (ta == null || tb == null || a.key.equals(b.key)) continue;
            if (!canBeLocated(ta) || !isContainer(tb)) continue;
            if (peers(a.key, b.key, entities, gazetteer)) continue;
            out.add(new Relation(a.key, propertyFor(tb), b.key, null, s.span(a.from, b.to), 0.8));
            for (Run p : coordinatedBefore(s, runs, r, entities)) {
                if (p.key.equals(b.key) || peers(p.key, b.key, entities, gazetteer)) continue;
                out.add(new Relation(p.key, propertyFor(tb), b.key, null, s.span(p.from, b.to), 0.7));
            }
        }
        // "the Casa Grande monument in Arizona", "Holmenkollen in Oslo": a named place in a larger one.
        for (Run a : runs) {
            EntityType ta = entities.typeOf(a.key);
            if (!canBeLocated(ta)) continue;
            for (SentenceView.Arc c : s.children(a.to, "nmod:in")) {
                String b = entities.entityAt(s.index(), c.token());
                EntityType tb = entities.typeOf(b);
                if (b == null || b.equals(a.key) || !isContainer(tb)) continue;
                if (peers(a.key, b, entities, gazetteer)) continue;
                out.add(new Relation(a.key, propertyFor(tb), b, null,
                        s.span(Math.min(a.from, c.token()), Math.max(a.to, c.token())), 0.7));
            }
        }
        return out;
    }

    /**
     * Places, and organisations: "the Institute for Advanced Study, Berlin", "the Chilean National
     * Museum of Fine Arts in Santiago, Chile". Not people, and not countries (a country "in"
     * a world region is no address).
     */
    private static boolean canBeLocated(EntityType t) {
        return t != null && t != EntityType.Person && t != EntityType.Country && t != EntityType.Group;
    }

    private static boolean isContainer(EntityType t) {
        return t == EntityType.Region || t == EntityType.City || t == EntityType.Country;
    }

    private static String propertyFor(EntityType container) {
        return container == EntityType.Country ? "inCountry" : "locatedIn";
    }

    private static List<Run> runs(SentenceView s, ResolvedEntities entities) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String key = entities.entityAt(s.index(), i);
            // Names only: a pronoun or "the company" is no link of an address.
            if (key == null || !Character.isUpperCase(s.word(i).charAt(0))) continue;
            int to = i;
            while (to + 1 < s.size() && key.equals(entities.entityAt(s.index(), to + 1))) to++;
            runs.add(new Run(key, i, to, i));
            i = to;
        }
        return runs;
    }

    /**
     * Finds "[the] [compass] [Country] division of NAME" before each run: the run's phrase starts
     * at its first word, and a qualifying country gives {@code NAME inCountry Country} and leaves
     * the run list (it is part of NAME's phrase, not a link of the chain).
     */
    private static List<Run> divisionPhrases(SentenceView s, List<Run> runs, ResolvedEntities entities, Lexicon lexicon,
                                             List<Relation> out) {
        Set<Run> qualifiers = new HashSet<>();
        List<Run> phrased = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run b = runs.get(r);
            int k = b.from - 1;
            if (k < 1 || !s.word(k).equalsIgnoreCase("of") || !isDivision(s, k - 1, lexicon)) {
                phrased.add(b);
                continue;
            }
            k -= 2;
            Run qualifier = r > 0 && runs.get(r - 1).to == k ? runs.get(r - 1) : null;
            if (qualifier != null && entities.typeOf(qualifier.key) == EntityType.Country && !qualifier.key.equals(b.key)) {
                qualifiers.add(qualifier);
                // "the Mexican states of Chihuahua and Sonora": each name of the list.
                for (Run named : namesFrom(s, runs, r)) {
                    if (named.key.equals(qualifier.key)) continue;
                    out.add(new Relation(named.key, "inCountry", qualifier.key, null, s.span(qualifier.from, named.to), 0.8));
                }
                k = qualifier.from - 1;
            }
            while (k >= 0 && isCompass(s, k)) k--;
            if (k >= 0 && s.word(k).equals("-")) k--;
            while (k >= 0 && isCompass(s, k)) k--;
            if (k >= 0 && s.word(k).equalsIgnoreCase("the")) k--;
            phrased.add(b.withStart(k + 1));
        }
        phrased.removeIf(qualifiers::contains);
        return phrased;
    }

    /**
     * The places coordinated with run r before it, of its type: in "Schuylkill County and
     * Northumberland County, in Pennsylvania" and "Chicago, Joliet and Springfield, Illinois" the
     * address's last part holds every name of the list. Only a list that ends in "and"/"or" is
     * one: "Guilderland, Albany County, New York" is an address, not a list.
     */
    private static List<Run> coordinatedBefore(SentenceView s, List<Run> runs, int r, ResolvedEntities entities) {
        List<Run> out = new ArrayList<>();
        EntityType type = entities.typeOf(runs.get(r).key);
        boolean coordinated = false;
        for (int p = r - 1; p >= 0; p--) {
            Run next = runs.get(p + 1), here = runs.get(p);
            String between = next.from - here.to == 2 ? s.word(here.to + 1)
                    : next.from - here.to == 3 ? s.word(here.to + 1) + " " + s.word(here.to + 2) : null;
            boolean and = "and".equalsIgnoreCase(between) || "or".equalsIgnoreCase(between) || ", and".equalsIgnoreCase(between);
            if (p == r - 1) coordinated = and;
            if (!coordinated || !(and || ",".equals(between)) || entities.typeOf(here.key) != type) break;
            out.add(here);
        }
        return out;
    }

    /** Run r and the runs joined to it by commas and a final "and"/"or" ("Arizona and New Mexico"). */
    private static List<Run> namesFrom(SentenceView s, List<Run> runs, int r) {
        List<Run> out = new ArrayList<>(List.of(runs.get(r)));
        for (int n = r + 1; n < runs.size(); n++) {
            int k = out.get(out.size() - 1).to + 1;
            if (k < s.size() && s.word(k).equals(",")) k++;
            boolean last = k < s.size() && (s.word(k).equalsIgnoreCase("and") || s.word(k).equalsIgnoreCase("or"));
            if (last) k++;
            if (runs.get(n).from != k || k == out.get(out.size() - 1).to + 1) break;
            out.add(runs.get(n));
            if (last) break;
        }
        return out;
    }

    private static boolean isDivision(SentenceView s, int i, Lexicon lexicon) {
        return i >= 0 && s.isNoun(i) && Character.isLowerCase(s.word(i).charAt(0)) && lexicon.isNameWord("division", s.lemma(i));
    }

    private static boolean isCompass(SentenceView s, int i) {
        return s.word(i).toLowerCase().matches("(north|south|east|west)(ern|east|west|eastern|western)?|central|mid");
    }

    /**
     * Tokens from..to (inclusive) join two places of a chain: "mandal ," (a division noun after
     * the first name), a comma and/or "in", then optionally "the", a compass word ("south -
     * western") or "the southern part of".
     */
    private static boolean linked(SentenceView s, int from, int to, Lexicon lexicon) {
        if (from > to) return false;
        int k = from;
        // "Gollaprolu mandal, East Godavari district": the kind of division after the name.
        if (k + 1 <= to && isDivision(s, k, lexicon) && s.word(k + 1).equals(",")) k++;
        boolean joined = false;
        if (s.word(k).equals(",")) {
            k++;
            joined = true;
        }
        // ", the United States" is a list; ", in the United States" is an address.
        if (k <= to && (s.word(k).equalsIgnoreCase("in") || s.word(k).equalsIgnoreCase("within"))) {
            k++;
            joined = true;
            if (k <= to && s.word(k).equalsIgnoreCase("the")) k++;
        }
        if (!joined) return false;
        int compassFrom = k;
        while (k <= to && (isCompass(s, k) || s.word(k).equals("-") && k > compassFrom)) k++;
        // "in the southern part of the state of": the part lies in the whole.
        if (k > compassFrom && k + 1 <= to && s.word(k).equalsIgnoreCase("part") && s.word(k + 1).equalsIgnoreCase("of")) {
            k += 2;
            if (k <= to && s.word(k).equalsIgnoreCase("the")) k++;
        }
        return k == to + 1;
    }

    /**
     * Is run b one name of a list: followed by names separated by commas and then "and"/"or" and
     * another name ("Mbuzi, Kunguma, Mawene and Ngala"), or a country followed by a comma and
     * another country?
     */
    private static boolean isList(SentenceView s, Run b, ResolvedEntities entities) {
        int k = b.to + 1;
        EntityType type = entities.typeOf(b.key);
        while (true) {
            if (k < s.size() && s.word(k).equals(",")) k++;
            if (k < s.size() && (s.word(k).equalsIgnoreCase("and") || s.word(k).equalsIgnoreCase("or"))) {
                k++;
                if (k < s.size() && s.word(k).equalsIgnoreCase("the")) k++;
                return k < s.size() && s.isProperNoun(k);
            }
            // another name after the comma: walk over it and look again, unless it is another
            // kind of place ("Portland, Oregon, Minneapolis and Miami": Oregon ends an address).
            if (k <= b.to + 1 || k >= s.size() || !s.isProperNoun(k)) break;
            EntityType next = entities.typeOf(entities.entityAt(s.index(), k));
            if (next != null && next.isPlace() && next != type) break;
            while (k < s.size() && s.isProperNoun(k)) k++;
        }
        String next = b.to + 2 < s.size() && s.word(b.to + 1).equals(",") ? entities.entityAt(s.index(), b.to + 2) : null;
        return entities.typeOf(b.key) == EntityType.Country && entities.typeOf(next) == EntityType.Country;
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
