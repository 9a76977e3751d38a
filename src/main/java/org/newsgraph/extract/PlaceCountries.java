package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the places and organisations of an article lie, read over the whole article rather than
 * one sentence: the sentence rules see "Reno, Nevada" but not that Nevada is in the United States
 * named three sentences earlier. Kept apart from {@link RelationExtractor} because it works on the
 * document and on the relations the sentences already gave.
 *
 * <ul>
 *   <li>Address chains: "Guilderland, Albany County, New York", "Sydney, Australia", "Sacramento,
 *       California, in the United States": each place lies in the next, larger one
 *       ({@link LocationChains}).</li>
 *   <li>A demonym describing a place or organisation: "a Turkish weapons manufacturer", "the
 *       Canadian province of Alberta", "a French commune".</li>
 *   <li>The gazetteer: a place it puts in a country that the article names.</li>
 *   <li>Inheritance: what lies in a place lies in that place's country.</li>
 *   <li>Fallbacks: for a place, the one country named in its sentence, else the one country the
 *       whole article is about; for an organisation, only the latter. A place or organisation
 *       the gazetteer knows, or a world region, never gets a country this way.</li>
 * </ul>
 * Every country found is stated as {@code inCountry}; a government body's also as {@code partOf}.
 */
final class PlaceCountries {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final List<SentenceView> sentences;
    /** Entities whose country is inferred from what the article is about, not read from the text. */
    private final Set<String> inferred = new java.util.HashSet<>();

    PlaceCountries(Gazetteer gazetteer, Lexicon lexicon, ResolvedEntities entities, List<SentenceView> sentences) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.entities = entities;
        this.sentences = sentences;
    }

    /** The place relations of the article, given those the sentence rules found. */
    List<Relation> relations(List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (SentenceView s : sentences) out.addAll(LocationChains.links(s, entities, gazetteer, lexicon));
        for (SentenceView s : sentences) described(s, out);

        Map<String, String> country = new LinkedHashMap<>();
        Map<String, Span> evidence = new HashMap<>();
        List<Relation> all = new ArrayList<>(found);
        all.addAll(out);
        for (Relation r : all) {
            if (r.property().equals("inCountry") || isCountry(r.objectKey()) && isLocation(r.property())) {
                if (isCountry(r.subjectKey()) || entities.typeOf(r.subjectKey()) == EntityType.Person) continue;
                if (country.putIfAbsent(r.subjectKey(), r.objectKey()) == null) evidence.put(r.subjectKey(), r.evidence());
            }
        }
        Set<String> named = countriesNamed();
        for (String key : List.copyOf(entities.drafts.keySet())) {
            if (country.containsKey(key) || isCountry(key) || entities.typeOf(key) == EntityType.Person) continue;
            if (firstMention(key) == null) continue;
            GazetteerEntry known = gazetteerCountry(key);
            // "La Paz", known to the gazetteer only as Bolivia's seat of government, lies in Bolivia.
            GazetteerEntry seatOf = entities.placeHost.get(key);
            if (known == null && seatOf != null && seatOf.type() == EntityType.Country) known = seatOf;
            // The gazetteer's country of a place it knows is a fact, whether or not the article
            // names that country: "Austin, Texas" is in the United States. An organisation's is
            // stated only when the article names it (Reuters in a story from London).
            // So is the state a government body the gazetteer knows belongs to: the State Department is
            // part of the United States whether or not the article names the country.
            EntityType type = entities.typeOf(key);
            boolean place = type != null && (type.isPlace() || type == EntityType.GovernmentBody);
            if (known != null && (place || named.contains(known.key()))) {
                country.put(key, entities.ensure(known));
                evidence.put(key, firstSentenceSpan(key));
            }
        }
        // A state body is its country's: "Azerbaijan's foreign ministry", "the Turkish parliament" (StateBodies).
        for (String key : entities.drafts.keySet()) {
            if (country.containsKey(key) || entities.typeOf(key) != EntityType.GovernmentBody) continue;
            String body = entities.countryOf(key);
            if (body != null && firstMention(key) != null) {
                country.put(key, body);
                evidence.put(key, firstSentenceSpan(key));
            }
        }
        // What lies in a place lies in its country, as far as the chain goes.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Relation r : all) {
                if (!isLocation(r.property()) || country.containsKey(r.subjectKey()) || isCountry(r.subjectKey())) continue;
                String c = country.get(r.objectKey());
                if (c != null && !c.equals(r.subjectKey()) && entities.typeOf(r.subjectKey()) != EntityType.Person) {
                    country.put(r.subjectKey(), c);
                    evidence.put(r.subjectKey(), r.evidence());
                    changed = true;
                }
            }
        }
        fallbacks(country, evidence);
        for (Map.Entry<String, String> e : country.entrySet()) {
            if (e.getKey().equals(e.getValue())) continue;
            Span span = evidence.getOrDefault(e.getKey(), firstSentenceSpan(e.getKey()));
            double confidence = inferred.contains(e.getKey()) ? 0.45 : 0.6;
            out.add(new Relation(e.getKey(), "inCountry", e.getValue(), null, span, confidence));
            // A ministry, court or parliament is not only in its country but a part of its state (P361).
            if (entities.typeOf(e.getKey()) == EntityType.GovernmentBody) {
                out.add(new Relation(e.getKey(), "partOf", e.getValue(), null, span, confidence));
            }
        }
        return out;
    }

    private static boolean isLocation(String property) {
        return property.equals("locatedIn") || property.equals("inCountry") || property.equals("headquarteredIn");
    }

    private boolean isCountry(String key) {
        return entities.typeOf(key) == EntityType.Country;
    }

    /**
     * A place with no country yet: the only country of its sentence, else the one the article is
     * about. An organisation with no country yet takes the country of the article only when the
     * article involves no other: a German buyer's American target in a takeover story, or the
     * American regulator that fined it, is not German. An organisation the gazetteer knows (a news
     * agency, the UN) keeps what the gazetteer says, and one merely named in a sentence with
     * another country is not of that country ("Reuters reported from Bogotá"). This is an
     * inference from context, so it is stated with a lower confidence.
     */
    private void fallbacks(Map<String, String> country, Map<String, Span> evidence) {
        String main = entities.mainCountry();
        for (String key : entities.drafts.keySet()) {
            EntityType t = entities.typeOf(key);
            if (country.containsKey(key) || t == null || !canDefault(key)) continue;
            Mention first = firstMention(key);
            if (first == null) continue;
            SentenceView s = sentenceOf(first);
            if (t.isA("Organization")) {
                String about = onlyCountryInvolved(country, main);
                if (about == null) continue;
                country.put(key, about);
                evidence.put(key, s == null ? first.span() : SentenceScope.sentenceSpan(s));
                inferred.add(key);
                continue;
            }
            if (t.isAgent()) continue;
            String only = null;
            if (s != null) {
                Set<String> here = new LinkedHashSet<>();
                for (String k : entities.inSentence(s.index())) if (isCountry(k)) here.add(k);
                if (here.size() == 1) only = here.iterator().next();
            }
            if (only == null) only = main;
            if (only != null) {
                country.put(key, only);
                evidence.put(key, s == null ? first.span() : SentenceScope.sentenceSpan(s));
            }
        }
    }

    /**
     * The country the article is about, if no place in it lies in another: a person's nationality
     * ("an American analyst") or a foreign news agency does not make a story about two countries.
     */
    private String onlyCountryInvolved(Map<String, String> country, String main) {
        if (main == null) return null;
        for (Map.Entry<String, String> e : country.entrySet()) {
            EntityType t = entities.typeOf(e.getKey());
            if (t != null && t.isPlace() && !e.getValue().equals(main)) return null;
        }
        return main;
    }

    /** A place the gazetteer knows takes only the country the gazetteer gives; world regions take none. */
    private boolean canDefault(String key) {
        return gazetteerEntryOf(key).isEmpty();
    }

    /** What the gazetteer knows of the entity, by its Wikidata link or its key. */
    private java.util.Optional<GazetteerEntry> gazetteerEntryOf(String key) {
        return gazetteer.byQid(entities.wikidataOf(key)).or(() -> gazetteer.byQid(key));
    }

    private GazetteerEntry gazetteerCountry(String key) {
        return gazetteerEntryOf(key).flatMap(gazetteer::countryOf).orElse(null);
    }

    /** Countries the article mentions by name, demonym or reference (not ones a rule merely added). */
    private Set<String> countriesNamed() {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : entities.mentions) if (isCountry(m.entityKey())) out.add(m.entityKey());
        return out;
    }

    // ---- "a Turkish weapons manufacturer", "the Canadian province of Alberta" ----

    private void described(SentenceView s, List<Relation> out) {
        for (int noun = 0; noun < s.size(); noun++) {
            if (!s.isNoun(noun) || s.isProperNoun(noun) || entities.entityAt(s.index(), noun) != null) continue;
            String country = null;
            for (SentenceView.Arc c : s.children(noun)) {
                if (!c.relation().equals("amod") && !c.relation().equals("compound")) continue;
                String k = entities.entityAt(s.index(), c.token());
                if (isCountry(k) && gazetteer.countryOfDemonym(s.word(c.token())).isPresent()) country = k;
            }
            if (country == null) continue;
            String thing = describedThing(s, noun);
            if (thing == null || thing.equals(country)) continue;
            out.add(new Relation(thing, "inCountry", country, null, SentenceScope.sentenceSpan(s), 0.6));
        }
    }

    /** The place or organisation a common noun describes: the name it precedes, copular subject, apposition, or its "of" name. */
    private String describedThing(SentenceView s, int noun) {
        // "a Turkish weapons manufacturer": the demonym may modify the first noun of a compound.
        for (int step = 0; step < 2; step++) {
            SentenceView.Arc head = s.parent(noun);
            if (head == null || head.token() < 0 || !head.relation().equals("compound") || !s.isNoun(head.token())) break;
            noun = head.token();
        }
        List<Integer> candidates = new ArrayList<>();
        // "Italian pasta maker Sorvano": the compounds climbed up to the name itself.
        if (s.isProperNoun(noun)) candidates.add(noun);
        for (String rel : List.of("nsubj", "appos", "nmod:of")) {
            for (SentenceView.Arc c : s.children(noun, rel)) candidates.add(c.token());
        }
        SentenceView.Arc up = s.parent(noun);
        if (up != null && up.token() >= 0 && up.relation().equals("appos")) candidates.add(up.token());
        for (int t : candidates) {
            String k = entities.entityAt(s.index(), t);
            EntityType type = entities.typeOf(k);
            if (type != null && type != EntityType.Person && type != EntityType.Country) return k;
        }
        return null;
    }

    // ---- bookkeeping ----

    private Mention firstMention(String key) {
        for (Mention m : entities.mentions) if (m.entityKey().equals(key)) return m;
        return null;
    }

    private SentenceView sentenceOf(Mention m) {
        for (SentenceView s : sentences) if (s.number() == m.span().sentence()) return s;
        return null;
    }

    private Span firstSentenceSpan(String key) {
        Mention m = firstMention(key);
        if (m == null) return SentenceScope.sentenceSpan(sentences.get(0));
        SentenceView s = sentenceOf(m);
        return s == null ? m.span() : SentenceScope.sentenceSpan(s);
    }
}
