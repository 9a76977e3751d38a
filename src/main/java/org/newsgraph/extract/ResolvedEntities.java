package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one article and where each token points: what the event and relation rules
 * consult to turn a dependency role into an entity. Built by {@link EntityResolver}.
 */
public final class ResolvedEntities {

    /** Mutable while resolving; frozen into an {@link Entity} at the end. */
    static final class Draft {
        final String key;
        EntityType type;
        String label;
        final Set<String> surfaceForms = new LinkedHashSet<>();
        String wikidata;
        String dbpedia;
        String gender;
        int firstSentence = Integer.MAX_VALUE;

        Draft(String key, EntityType type, String label) {
            this.key = key;
            this.type = type;
            this.label = label;
        }

        Entity freeze() {
            return new Entity(key, type, label, surfaceForms, wikidata, dbpedia);
        }
    }

    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final Map<Long, String> tokenEntity = new HashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    /** Person or body → the country it acts for (office holders, "US officials"). */
    final Map<String, String> affiliation = new HashMap<>();
    /** A state once for each reference to it that now names its armed arm or police ("police fired"): still counted by {@link #mainCountry}. */
    final List<String> statesReferredByArms = new ArrayList<>();
    /** Bodies that also stand for their state as an agent noun does (state-bodies.tsv refers_to_state). */
    final Set<String> armsOfState = new java.util.HashSet<>();
    /** The wire agency a dateline credits ("(Reuters) -"): the story's source, never a party a guess may pick. */
    final Set<String> datelineCredits = new java.util.HashSet<>();
    /**
     * Person → the company, organisation, body, group or country their title names ("Siemens
     * chief executive", "X, Greece's foreign minister"): whom they speak for when they say
     * "we" ({@link TitleSides}).
     */
    final Map<String, String> titleSide = new HashMap<>();
    /** Place → the agent it stands for or lies in ("Tokyo" → Japan), from the gazetteer. */
    final Map<String, GazetteerEntry> placeHost = new HashMap<>();
    /** The body each descriptor last named ("the telecoms regulator Osiptel": regulator → Osiptel), for a later "the regulator". */
    final Map<String, String> bodyByDescriptor = new HashMap<>();
    /** Place → the country the article itself puts it in ("Goma, the largest city in eastern Congo"). */
    private final Map<String, String> statedCountry = new HashMap<>();
    /** Per CoreNLP sentence index, the entity keys in order of first mention there. */
    final Map<Integer, List<String>> bySentence = new HashMap<>();

    static long at(int sentence, int token) {
        return ((long) sentence << 32) | (token & 0xffffffffL);
    }

    /** The entity token {@code token} of sentence {@code sentence} belongs to, or null. */
    public String entityAt(int sentence, int token) {
        return tokenEntity.get(at(sentence, token));
    }

    public EntityType typeOf(String key) {
        Draft d = key == null ? null : drafts.get(key);
        return d == null ? null : d.type;
    }

    public String labelOf(String key) {
        Draft d = drafts.get(key);
        return d == null ? key : d.label;
    }

    /** The state an armed arm or police force of it stands for ("the army", "Kosovo police"), else the entity itself. */
    String stateOfArm(String key) {
        String state = key != null && armsOfState.contains(key) ? affiliation.get(key) : null;
        return state != null ? state : key;
    }

    /** The entity whose label is {@code label} (case-insensitive), or null. */
    String keyLabelled(String label) {
        for (Draft d : drafts.values()) if (d.label.equalsIgnoreCase(label)) return d.key;
        return null;
    }

    public String wikidataOf(String key) {
        Draft d = drafts.get(key);
        return d == null ? null : d.wikidata;
    }

    /** The country a person or body acts for, or the entity itself when it is one. */
    public String countryOf(String key) {
        if (key == null) return null;
        if (typeOf(key) == EntityType.Country) return key;
        return affiliation.get(key);
    }

    /** The side a person's title names, or null. */
    public String titleSideOf(String key) {
        return key == null ? null : titleSide.get(key);
    }

    /**
     * The country or agent a place belongs to or stands for, or null. The host becomes an entity
     * of the article only when a fact needs it (a visit to Tokyo names Japan as its target).
     */
    public String hostOf(String placeKey) {
        GazetteerEntry host = placeKey == null ? null : placeHost.get(placeKey);
        return host == null ? null : ensure(host);
    }

    /** The country a place is, or lies in by the gazetteer ("Tbilisi" → Georgia), or null. */
    public String countryOfPlace(String placeKey) {
        if (typeOf(placeKey) == EntityType.Country) return placeKey;
        String host = hostOf(placeKey);
        if (host == null && placeKey != null) host = statedCountry.get(placeKey);
        return typeOf(host) == EntityType.Country ? host : null;
    }

    /** Relations that say which side a person works for. */
    private static final java.util.Set<String> OFFICE_PROPERTIES = java.util.Set.of("employedBy", "holdsOfficeIn", "headOfStateOf", "headOfGovernmentOf");

    /**
     * Learns the countries the article's own relations give its places, for places the gazetteer
     * does not place, those of its state bodies, and the state a person's office serves; a country
     * guessed only from what the article is about (confidence below 0.5, below 0.7 for a person's
     * side) is not learnt.
     */
    void learnPlaceCountries(List<Relation> relations) {
        for (Relation r : relations) {
            EntityType t = typeOf(r.subjectKey());
            // "India's Ministry of External Affairs": a state body of the country the article places it in.
            if ((r.property().equals("inCountry") || r.property().equals("partOf")) && r.confidence() >= 0.5
                    && t == EntityType.GovernmentBody && typeOf(r.objectKey()) == EntityType.Country) {
                affiliation.putIfAbsent(r.subjectKey(), r.objectKey());
            }
            // "Foreign Ministry spokeswoman Maria Zakharova" in a scene in Moscow speaks for Russia's side;
            // an office guessed from what the article is about (0.6) says nothing of sides.
            if (OFFICE_PROPERTIES.contains(r.property()) && r.confidence() >= 0.7 && t == EntityType.Person
                    && typeOf(r.objectKey()) == EntityType.Country) {
                titleSide.putIfAbsent(r.subjectKey(), r.objectKey());
            }
            if (r.property().equals("inCountry") && r.confidence() >= 0.5 && t != null && t.isPlace() && t != EntityType.Country
                    && typeOf(r.objectKey()) == EntityType.Country) {
                statedCountry.putIfAbsent(r.subjectKey(), r.objectKey());
            }
        }
    }

    /** Person → titles the article or the gazetteer gives them ("president"), lower case. */
    final Map<String, java.util.Set<String>> titles = new HashMap<>();

    /** Does the article or the gazetteer give the person this title, or one ending in it ("foreign minister" for "minister")? */
    public boolean holdsTitle(String key, String title) {
        for (String t : titles.getOrDefault(key, java.util.Set.of())) if (t.equals(title) || t.endsWith(" " + title)) return true;
        return false;
    }

    /** The last person named before {@code offset} known to hold {@code title}, or null. */
    public String lastTitleHolderBefore(int offset, String title) {
        String t = title.toLowerCase();
        return lastMentionedBefore(offset, type -> type == EntityType.Person, key -> titles.getOrDefault(key, java.util.Set.of()).contains(t));
    }

    /** Gazetteer entity → the QID of the country it belongs to or is based in (Ford → United States). */
    private final Map<String, String> homeCountry = new HashMap<>();

    /**
     * The country an organisation is based in or acts for, as the article or the gazetteer says
     * (a QID; it need not be an entity of the article), or null.
     */
    public String homeCountryOf(String key) {
        String country = countryOf(key);
        return country != null ? country : key == null ? null : homeCountry.get(key);
    }

    /** Makes a gazetteer entity part of the article when a fact needs it; returns its key. */
    public String ensure(GazetteerEntry entry) {
        return draftOf(entry).key;
    }

    /** The article's draft of a gazetteer entity, created on first use, with its links. */
    Draft draftOf(GazetteerEntry entry) {
        Draft d = drafts.computeIfAbsent(entry.key(), k -> new Draft(k, entry.type(), entry.name()));
        d.wikidata = entry.qid();
        d.dbpedia = entry.dbpedia();
        if (entry.countryQid() != null) homeCountry.putIfAbsent(d.key, entry.countryQid());
        if (entry.gender() != null) d.gender = entry.gender();
        return d;
    }

    /** Books a mention of {@code d} in sentence {@code s}: the mention list, first sentence, entities per sentence. */
    void record(Draft d, SentenceView s, Span span, boolean notAName) {
        d.firstSentence = Math.min(d.firstSentence, s.index());
        mentions.add(new Mention(d.key, span, notAName));
        List<String> here = bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>());
        if (!here.contains(d.key)) here.add(d.key);
    }

    /** The article's draft of an entity the gazetteer does not know, created on first use. */
    Draft draftOf(String key, EntityType type, String label) {
        return drafts.computeIfAbsent(key, k -> new Draft(k, type, label));
    }

    /**
     * The most recent entity mentioned before {@code offset} whose type {@code accepts}: the
     * fallback for a pronoun CoreNLP's coreference left unresolved.
     */
    public String lastMentionedBefore(int offset, java.util.function.Predicate<EntityType> accepts) {
        return lastMentionedBefore(offset, accepts, key -> true);
    }

    /** The most recent person mentioned before {@code offset} whom the pronoun can stand for ("she" is no man). */
    public String lastPersonBefore(int offset, String pronoun) {
        String gender = pronounGender(pronoun);
        return lastMentionedBefore(offset, type -> type == EntityType.Person, key -> agrees(genderOf(key), gender));
    }

    /** "m" or "f" where the gazetteer, CoreNLP's name list or the person's own pronouns tell, else null. */
    public String genderOf(String key) {
        Draft d = key == null ? null : drafts.get(key);
        return d == null ? null : d.gender;
    }

    /** "m" for he/him/his/himself, "f" for she/her/hers/herself, else null. */
    static String pronounGender(String word) {
        return switch (word.toLowerCase()) {
            case "he", "him", "his", "himself" -> "m";
            case "she", "her", "hers", "herself" -> "f";
            default -> null;
        };
    }

    /** Two genders can be one person's unless both are known and differ. */
    static boolean agrees(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    String lastMentionedBefore(int offset, java.util.function.Predicate<EntityType> accepts,
                                       java.util.function.Predicate<String> entity) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset || !accepts.test(typeOf(m.entityKey())) || !entity.test(m.entityKey())
                    || datelineCredits.contains(m.entityKey())) continue;
            if (best == null || m.span().begin() > best.span().begin()) best = m;
        }
        return best == null ? null : best.entityKey();
    }

    /**
     * The entity of the last mention ending before {@code offset} whose last word {@code word}
     * accepts: "China's ambassador" ... "the envoy" is China's envoy.
     */
    String entityOfLastMentionWord(int offset, java.util.function.Predicate<String> word) {
        Mention best = null;
        for (Mention m : mentions) {
            String[] words = m.span().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (m.span().end() > offset || !word.test(words[words.length - 1])) continue;
            if (best == null || m.span().begin() > best.span().begin()) best = m;
        }
        return best == null ? null : best.entityKey();
    }

    public List<String> inSentence(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    public boolean contains(String key) { return drafts.containsKey(key); }

    public List<Entity> entities() {
        return drafts.values().stream().map(Draft::freeze).toList();
    }

    public List<Mention> mentions() { return List.copyOf(mentions); }

    /** Entity keys in order of how often they are mentioned by name or pronoun, most first. */
    public List<String> bySalience() {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) counts.merge(m.entityKey(), 1, Integer::sum);
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : Integer.compare(drafts.get(a).firstSentence, drafts.get(b).firstSentence);
        });
        return keys;
    }

    /**
     * The country the article is about: the only one it names, or one named at least twice as
     * often as any other (a Wikipedia introduction about a Czech town that mentions the Polish
     * border once; a news story from Bogotá that quotes Washington once). Its cities and regions
     * count for it ("Zambia" twice, "Lusaka" four times); when they blur the picture, names alone decide,
     * and when names do not either, the dateline's country.
     */
    String mainCountry() {
        Map<String, Integer> named = new HashMap<>(), placed = new HashMap<>();
        Map<String, GazetteerEntry> hosts = new HashMap<>();
        for (Mention m : mentions) {
            if (typeOf(m.entityKey()) == EntityType.Country) {
                named.merge(m.entityKey(), 1, Integer::sum);
                placed.merge(m.entityKey(), 1, Integer::sum);
            }
            // "protests in Lusaka": a city or region named counts for the country it lies in.
            GazetteerEntry host = placeHost.get(m.entityKey());
            if (host != null && host.type() == EntityType.Country) {
                placed.merge(host.key(), 1, Integer::sum);
                hosts.put(host.key(), host);
            }
        }
        for (String state : statesReferredByArms) {
            named.merge(state, 1, Integer::sum);
            placed.merge(state, 1, Integer::sum);
        }
        String main = dominant(placed);
        // "talks at the ministry in Rome": a country only its places name becomes the article's entity too.
        if (main != null && !drafts.containsKey(main)) main = ensure(hosts.get(main));
        if (main == null) main = dominant(named);
        // A story about two countries names neither twice as often; its dateline says where it happens ("LA PAZ —").
        return main != null ? main : datelineCountry();
    }

    /** The country of the dateline's place as the entity resolver read it from the gazetteer (a QID), or null. */
    String gazetteerDatelineCountry;

    /** The country of a dateline's place ("LA PAZ, March 4 —", "Colombo, 17 June:"), or null. */
    String datelineCountry() {
        Mention first = null;
        for (Mention m : mentions) if (m.span().sentence() == 1 && (first == null || m.span().begin() < first.span().begin())) first = m;
        String resolved = gazetteerDatelineCountry != null && drafts.containsKey(gazetteerDatelineCountry) ? gazetteerDatelineCountry : null;
        if (first == null || !first.span().text().equals(first.span().text().toUpperCase(java.util.Locale.ROOT))) return resolved;
        EntityType t = typeOf(first.entityKey());
        // "BRUSSELS, March 4 -": the place's own reading (the EU), as its mention resolved.
        return t != null && t.isPlace() ? countryOfPlace(first.entityKey()) : resolved;
    }

    /**
     * The countries named in one sentence ({@code 1} is the lede), directly or through a place
     * that lies in them, in the order they are first named.
     */
    List<String> countriesNamedIn(int sentenceNumber) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().sentence() != sentenceNumber) continue;
            String country = typeOf(m.entityKey()) != null && typeOf(m.entityKey()).isPlace() ? countryOfPlace(m.entityKey()) : null;
            if (country != null && !out.contains(country)) out.add(country);
        }
        return out;
    }

    /** The only key, or one counted at least twice, and twice as often as any other; else null. */
    private static String dominant(Map<String, Integer> counts) {
        String top = null;
        int first = 0, second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                top = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (counts.size() == 1) return top;
        return first >= 2 && first >= 2 * second ? top : null;
    }

}
