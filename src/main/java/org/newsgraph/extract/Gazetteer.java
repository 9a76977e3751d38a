package org.newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline gazetteer: countries, regions, places, organisations and office holders with
 * their Wikidata items, read from the TSV files in {@code org/newsgraph/gazetteer/} plus any user
 * files with the same columns. Linking is by name only; what a name means in context (city or
 * government, Washington the city or the state) is decided by {@link EntityResolver}.
 */
public final class Gazetteer {
    private static final String BASE = "/org/newsgraph/gazetteer/";

    private final Map<String, GazetteerEntry> byQid = new LinkedHashMap<>();
    private final Map<String, List<String>> qidsByName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    /** Every country a demonym may mean, in file order: "Congolese" is of both Congos. */
    private final Map<String, List<String>> countriesByDemonym = new HashMap<>();
    private final Map<String, String> agentBySeat = new HashMap<>();
    private final Map<String, List<Office>> officesByPerson = new HashMap<>();
    private final Map<String, List<Office>> officesByHolderOf = new HashMap<>();
    private int longestName = 1;

    /** The built-in gazetteer extended with user files (same columns as one of the built-in files). */
    public static Gazetteer load(List<Path> userFiles) {
        Gazetteer g = new Gazetteer();
        g.addCountries(DataTable.fromClasspath(BASE + "countries.tsv"));
        g.addSimple(DataTable.fromClasspath(BASE + "regions.tsv"));
        g.addSimple(DataTable.fromClasspath(BASE + "organizations.tsv"));
        g.addSimple(DataTable.fromClasspath(BASE + "places.tsv"));
        g.addPeople(DataTable.fromClasspath(BASE + "people.tsv"));
        for (Path file : userFiles) g.addUserFile(DataTable.fromFile(file));
        return g;
    }

    public static Gazetteer builtIn() { return load(List.of()); }

    private void addUserFile(DataTable table) {
        List<String> h = table.header();
        if (h.contains("demonyms")) addCountries(table);
        else if (h.contains("role") && h.contains("of_qid")) addPeople(table);
        else if (h.contains("qid") && h.contains("name") && h.contains("type")) addSimple(table);
        else throw new IllegalStateException(table.name() + ": not a gazetteer file: its header " + h
                + " matches none of countries/people/organizations/places/regions.tsv");
    }

    private void addCountries(DataTable t) {
        t.requireColumns("qid", "name", "aliases", "demonyms", "seat_metonyms", "regions", "dbpedia");
        for (DataTable.Row r : t.rows()) {
            String qid = r.get("qid");
            Set<String> names = names(r.require("name"), r.list("aliases"));
            put(new GazetteerEntry(qid, r.require("name"), EntityType.Country, names, r.get("dbpedia"),
                    qid, null, r.list("regions"), null));
            String key = keyOf(qid, EntityType.Country, r.require("name"));
            for (String d : r.list("demonyms")) {
                countryByDemonym.putIfAbsent(NameKey.of(d), key);
                countriesByDemonym.computeIfAbsent(NameKey.of(d), k -> new ArrayList<>()).add(key);
            }
            for (String seat : r.list("seat_metonyms")) agentBySeat.putIfAbsent(NameKey.of(seat), key);
        }
    }

    /** regions.tsv, organizations.tsv, places.tsv: qid, name, aliases, type and optional links. */
    private void addSimple(DataTable t) {
        t.requireColumns("qid", "name", "aliases", "type");
        for (DataTable.Row r : t.rows()) {
            EntityType type = EntityType.parse(r.get("type"));
            if (type == null) throw new IllegalStateException(t.name() + ":" + r.line() + ": unknown type " + r.get("type"));
            String qid = r.get("qid");
            put(new GazetteerEntry(qid, r.require("name"), type, names(r.require("name"), r.list("aliases")),
                    r.get("dbpedia"), r.get("country_qid"), r.get("stands_for_qid"), List.of(), null));
            for (String seat : r.list("seat_metonyms")) agentBySeat.putIfAbsent(NameKey.of(seat), keyOf(qid, type, r.require("name")));
        }
    }

    private static String keyOf(String qid, EntityType type, String name) {
        return qid != null ? qid : NameKey.unlinkedKey(type, name);
    }

    private void addPeople(DataTable t) {
        t.requireColumns("qid", "name", "aliases", "role", "of_qid", "title");
        for (DataTable.Row r : t.rows()) {
            String qid = keyOf(r.get("qid"), EntityType.Person, r.require("name"));
            GazetteerEntry existing = byQid.get(qid);
            Set<String> names = names(r.require("name"), r.list("aliases"));
            if (existing != null) names.addAll(existing.names());
            put(new GazetteerEntry(r.get("qid"), r.require("name"), EntityType.Person, names, r.get("dbpedia"),
                    null, null, List.of(), r.get("gender")));
            Office office = new Office(qid, r.require("role"), r.require("of_qid"), r.get("title"),
                    date(r.get("start"), r), date(r.get("end"), r), date(r.get("as_of"), r));
            officesByPerson.computeIfAbsent(qid, k -> new ArrayList<>()).add(office);
            officesByHolderOf.computeIfAbsent(office.ofQid(), k -> new ArrayList<>()).add(office);
        }
    }

    private static LocalDate date(String value, DataTable.Row r) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(r.source() + ":" + r.line() + ": not a YYYY-MM-DD date: " + value);
        }
    }

    private static Set<String> names(String name, List<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    private void put(GazetteerEntry e) {
        byQid.put(e.key(), e);
        for (String n : e.names()) {
            List<String> qids = qidsByName.computeIfAbsent(NameKey.of(n), k -> new ArrayList<>());
            if (!qids.contains(e.key())) qids.add(e.key());
            longestName = Math.max(longestName, n.split("\\s+").length);
        }
    }

    /** Entries whose name or alias is {@code surface}, most specific data first. */
    public List<GazetteerEntry> lookup(String surface) {
        List<String> qids = qidsByName.getOrDefault(NameKey.of(surface), List.of());
        return qids.stream().map(byQid::get).toList();
    }

    /** By entity key: the QID, or "type/slug" for unlinked rows. */
    public Optional<GazetteerEntry> byQid(String qid) {
        return Optional.ofNullable(qid == null ? null : byQid.get(qid));
    }

    /** The country an entry lies in or belongs to ("the State Department" → United States), if the gazetteer says. */
    public Optional<GazetteerEntry> countryOf(GazetteerEntry entry) {
        return byQid(entry.countryQid()).filter(c -> c.type() == EntityType.Country);
    }

    /** The country the entry with this QID lies in or belongs to, if the gazetteer knows both. */
    public Optional<GazetteerEntry> countryOfQid(String qid) {
        return byQid(qid).flatMap(this::countryOf);
    }

    /** "Colombian" → Colombia. */
    public Optional<GazetteerEntry> countryOfDemonym(String word) {
        return byQid(countryByDemonym.get(NameKey.of(word)));
    }

    /**
     * The country a demonym means in an article: of several ("Congolese" is of both Congos), the
     * first whose key {@code named} accepts (one the article names), else the default.
     */
    public Optional<GazetteerEntry> countryOfDemonym(String word, java.util.function.Predicate<String> named) {
        List<String> all = countriesByDemonym.getOrDefault(NameKey.of(word), List.of());
        for (String key : all) if (all.size() > 1 && named.test(key)) return byQid(key);
        return countryOfDemonym(word);
    }

    /** "Bogotá", "the Kremlin", "Brussels" → the agent whose seat it is. */
    public Optional<GazetteerEntry> agentSeatedAt(String name) {
        return byQid(agentBySeat.get(NameKey.of(name)));
    }

    public List<Office> officesOf(String personQid) {
        return officesByPerson.getOrDefault(personQid, List.of());
    }

    /** Holders of offices of a country or organisation (e.g. heads of state of Q739). */
    public List<Office> officesIn(String ofQid) {
        return officesByHolderOf.getOrDefault(ofQid, List.of());
    }

    /** Longest name in tokens: bounds the window of the name matcher. */
    public int longestNameTokens() { return longestName; }

    public int size() { return byQid.size(); }
}
