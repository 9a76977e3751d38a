package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations between entities: offices from titles ("US President Donald Trump", "X, the
 * Commission president", or a bare "President X" whose office the gazetteer knows), relation
 * nouns ("one of Washington's closest allies", "a key US partner"), location of a country in a
 * region both named in a sentence, and the state of a bilateral relationship ("tensions between
 * Washington and Bogotá", "relations between the two countries were back on a cooperative
 * footing").
 */
final class RelationExtractor {
    private static final Map<String, String> PROPERTY_OF_ROLE = Map.of(
            "headOfState", "headOfStateOf",
            "headOfGovernment", "headOfGovernmentOf",
            "chiefExecutive", "chiefExecutiveOf",
            "minister", "holdsOfficeIn",
            "leader", "holdsOfficeIn",
            "official", "employedBy",
            "member", "memberOf");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final ResolvedEntities entities;
    private final Discourse discourse;
    private final RoleFinder roles;
    private final LocalDate published;

    RelationExtractor(Lexicon lexicon, Gazetteer gazetteer, ResolvedEntities entities, Discourse discourse, LocalDate published) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
        this.discourse = discourse;
        this.roles = new RoleFinder(entities, lexicon, discourse);
        this.published = published;
    }

    /** A bilateral relationship with the token it hangs on, for attaching a time. */
    record FoundRelationship(BilateralRelationship relationship, int sentenceIndex, int anchor) {}

    List<Relation> relations(SentenceView s) {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            offices(s, i, out);
            relationNoun(s, i, out);
            placeOfNamedThing(s, i, out);
            nationality(s, i, out);
            appointment(s, i, out);
        }
        locations(s, out);
        // A relation between entities of the wrong kinds is a misreading, never a fact.
        out.removeIf(r -> !lexicon.fitsSignature(r, entities::typeOf));
        return out;
    }

    // ---- offices from titles ----

    private void offices(SentenceView s, int title, List<Relation> out) {
        if (!s.isNoun(title)) return;
        String titleText = titleAt(s, title);
        if (titleText == null) return;
        String person = personWithTitle(s, title);
        if (person == null) return;
        String org = SentenceScope.organisationOfTitle(s, title, entities);
        if (org == null) {
            // "German Chancellor Friedrich Merz": the country may modify the name rather than the title.
            SentenceView.Arc up = s.parent(title);
            if (up != null && up.token() >= 0 && up.relation().equals("compound")) {
                org = SentenceScope.organisationOfTitle(s, up.token(), entities);
                if (org != null && entities.typeOf(org) == EntityType.Person) org = null;
            }
        }
        double confidence = 0.9;
        String role;
        if (org != null) {
            role = roleFor(titleText, entities.typeOf(org));
        } else {
            Office known = knownOffice(person, titleText);
            if (known != null && entities.contains(known.ofQid())) {
                org = known.ofQid();
                role = known.role();
                confidence = 0.75;
            } else if (!hasAnyOffice(person) && entities.mainCountry() != null) {
                // "President William Ruto" in a story about Kenya: a title with no country, held by
                // someone the gazetteer does not know, is an office of the country the article is about.
                org = entities.mainCountry();
                role = roleFor(titleText, EntityType.Country);
                confidence = 0.6;
            } else {
                return;
            }
        }
        String property = role == null ? null : PROPERTY_OF_ROLE.get(role);
        if (property == null || org.equals(person)) return;
        int from = Math.min(title, firstTokenOf(s, person, title));
        int to = Math.max(title, lastTokenOf(s, person, title));
        out.add(new Relation(person, property, org, capitalise(titleText), s.span(from, to), confidence));
    }

    private String titleAt(SentenceView s, int i) {
        return SentenceScope.titleText(lexicon, s, i);
    }

    /** The person a title belongs to: "President Petro" (compound), apposition, or a title that names its holder. */
    private String personWithTitle(SentenceView s, int title) {
        String self = entities.entityAt(s.index(), title);
        if (entities.typeOf(self) == EntityType.Person) return self;
        SentenceView.Arc up = s.parent(title);
        if (up != null && up.token() >= 0 && (up.relation().equals("compound") || up.relation().equals("appos"))) {
            String key = entities.entityAt(s.index(), up.token());
            if (entities.typeOf(key) == EntityType.Person) return key;
        }
        for (SentenceView.Arc c : s.children(title, "appos")) {
            String key = entities.entityAt(s.index(), c.token());
            if (entities.typeOf(key) == EntityType.Person) return key;
        }
        for (SentenceView.Arc c : s.children(title, "nsubj")) {
            String key = entities.entityAt(s.index(), c.token());
            if (entities.typeOf(key) == EntityType.Person) return key;
        }
        return null;
    }

    private String roleFor(String title, EntityType orgType) {
        List<Lexicon.Title> rows = lexicon.titles(title.toLowerCase());
        for (Lexicon.Title t : rows) if (t.appliesTo() == orgType) return t.role();
        for (Lexicon.Title t : rows) {
            if (orgType != null && !orgType.isPlace() && t.appliesTo() == EntityType.Organization) return t.role();
        }
        return null;
    }

    private boolean hasAnyOffice(String person) {
        String qid = entities.wikidataOf(person);
        return qid != null && !gazetteer.officesOf(qid).isEmpty();
    }

    private Office knownOffice(String person, String title) {
        String qid = entities.wikidataOf(person);
        if (qid == null) return null;
        for (Office o : gazetteer.officesOf(qid)) {
            if (!o.isFormer() && o.heldOn(published) && o.title() != null && o.title().equalsIgnoreCase(title)) return o;
        }
        return null;
    }

    private int firstTokenOf(SentenceView s, String key, int near) {
        int i = near;
        while (i > 0 && key.equals(entities.entityAt(s.index(), i - 1))) i--;
        for (int k = near + 1; k < s.size() && k <= near + 4; k++) {
            if (key.equals(entities.entityAt(s.index(), k))) return near;
        }
        return i;
    }

    private int lastTokenOf(SentenceView s, String key, int near) {
        int last = near;
        for (int k = near + 1; k < s.size() && k <= near + 4; k++) {
            if (key.equals(entities.entityAt(s.index(), k))) last = k;
        }
        return last;
    }

    private static String capitalise(String t) {
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    // ---- relation nouns: ally, partner, rival, member ----

    private void relationNoun(SentenceView s, int i, List<Relation> out) {
        if (!(s.isNoun(i) || s.tag(i).startsWith("JJ") || s.tag(i).equals("VBN"))) return;
        var cue = lexicon.relationCue(s.lemma(i));
        if (cue.isEmpty()) return;
        // "Cook County", "Kansas City": a cue word inside a name is part of the name.
        if (s.isProperNoun(i) && entities.entityAt(s.index(), i) != null) return;
        List<String> objects = roles.agentsBy(s, i, "nmod:poss", "compound", "amod", "nmod:of", "obl:npmod",
                "nmod:npmod", "obl:in", "nmod:in");
        if (objects.isEmpty()) objects = placesBy(s, i, "compound", "obl:npmod", "nmod:npmod", "obl:in", "nmod:in", "amod", "obl");
        if (objects.isEmpty()) return;
        String object = objects.get(0);
        String subject = subjectOfRelationNoun(s, i, object);
        if (subject == null) return;
        // "a politician in the province of Alberta": people live in places, they are not located in them.
        if (cue.get().property().equals("locatedIn") && entities.typeOf(subject) == EntityType.Person) return;
        boolean reversed = cue.get().direction().startsWith("possessor");
        String a = reversed ? object : subject;
        String b = reversed ? subject : object;
        out.add(new Relation(a, cue.get().property(), b, null, s.span(i, i), 0.75));
    }

    /** Place entities among the dependents ("Oslo-based", "based in Austin"), for location relations. */
    private List<String> placesBy(SentenceView s, int i, String... relations) {
        for (String rel : relations) {
            for (SentenceView.Arc c : s.children(i)) {
                if (!c.relation().equals(rel)) continue;
                String key = entities.entityAt(s.index(), c.token());
                // "a hamlet in the town of Guilderland": the place the "of" names.
                if (key == null && s.isNoun(c.token())) {
                    for (SentenceView.Arc of : s.children(c.token(), "nmod:of")) key = entities.entityAt(s.index(), of.token());
                }
                EntityType t = entities.typeOf(key);
                if (t != null && t.isPlace()) return List.of(key);
            }
        }
        return List.of();
    }

    // ---- "Halvard named Ingrid Solberg as chief executive": the office an appointment gives ----

    private void appointment(SentenceView s, int verb, List<Relation> out) {
        if (!s.isVerb(verb)) return;
        boolean appoints = lexicon.triggers(s.lemma(verb), 'V').stream().anyMatch(t -> t.cameo().startsWith("034"));
        if (!appoints) return;
        int person = RoleFinder.dependent(s, verb, "obj", "nsubj:pass");
        String personKey = person < 0 ? null : entities.entityAt(s.index(), person);
        if (entities.typeOf(personKey) != EntityType.Person) return;
        List<String> appointer = roles.agentsBy(s, verb, "nsubj", "obl:agent");
        if (appointer.isEmpty()) return;
        String org = appointer.get(0);
        for (SentenceView.Arc c : s.children(verb)) {
            if (!(c.relation().equals("obl:as") || c.relation().equals("xcomp"))) continue;
            String title = titleAt(s, c.token());
            if (title == null) continue;
            String role = roleFor(title, entities.typeOf(org));
            String property = role == null ? null : PROPERTY_OF_ROLE.get(role);
            if (property != null) {
                out.add(new Relation(personKey, property, org, capitalise(title), s.span(Math.min(verb, c.token()), Math.max(verb, c.token())), 0.7));
            }
        }
    }

    // ---- "Barbadian recording artist Rihanna", "X was a Russian military leader" ----

    private void nationality(SentenceView s, int noun, List<Relation> out) {
        if (!s.isNoun(noun) || s.isProperNoun(noun) || lexicon.isAgentNoun(s.lemma(noun)) || !lexicon.titles(s.lemma(noun)).isEmpty()) return;
        GazetteerEntry country = null;
        for (SentenceView.Arc c : s.children(noun)) {
            if (!(c.relation().equals("amod") || c.relation().equals("compound"))) continue;
            var found = gazetteer.countryOfDemonym(s.word(c.token()));
            if (found.isPresent()) country = found.get();
        }
        if (country == null) return;
        String person = describedPerson(s, noun);
        if (person == null) return;
        String countryKey = entities.ensure(country);
        out.add(new Relation(person, "citizenOf", countryKey, null, SentenceScope.sentenceSpan(s), 0.7));
    }

    /** The person a descriptive noun is about: copular subject, apposition, or the name it modifies. */
    private String describedPerson(SentenceView s, int noun) {
        for (String rel : List.of("nsubj", "appos")) {
            for (SentenceView.Arc c : s.children(noun, rel)) {
                String k = entities.entityAt(s.index(), c.token());
                if (entities.typeOf(k) == EntityType.Person) return k;
            }
        }
        SentenceView.Arc up = s.parent(noun);
        if (up != null && up.token() >= 0 && (up.relation().equals("compound") || up.relation().equals("appos"))) {
            String k = entities.entityAt(s.index(), up.token());
            if (entities.typeOf(k) == EntityType.Person) return k;
        }
        return null;
    }

    /** "X is Y's ally", "X's status as one of Y's allies", "X, a key Y partner". */
    private String subjectOfRelationNoun(SentenceView s, int noun, String object) {
        int cur = noun;
        for (int step = 0; step < 4; step++) {
            for (String rel : List.of("nsubj", "nmod:poss")) {
                for (String k : roles.agentsBy(s, cur, rel)) if (!k.equals(object)) return k;
                // Location cues ("X is a town in Y") take places as subjects too.
                for (SentenceView.Arc c : s.children(cur, rel)) {
                    String k = entities.entityAt(s.index(), c.token());
                    if (k != null && !k.equals(object) && !entities.typeOf(k).isAgent()) return k;
                }
            }
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) return null;
            if (up.relation().equals("appos") || up.relation().startsWith("acl")) {
                // "Bogotá, Colombia's capital"; "Meta, which is based in Menlo Park": the noun described.
                String k = entities.entityAt(s.index(), up.token());
                if (k != null && !k.equals(object)) return k;
            }
            // A cue noun that is an argument of a verb ("discuss energy with Polish officials") is
            // no predicate of that verb's subject: only copular and nominal chains are climbed.
            String rel = up.relation();
            if (rel.startsWith("obl") || rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nsubj")) return null;
            cur = up.token();
        }
        return null;
    }

    // ---- "Norvane Systems of Austin, Texas": where an organisation is, where a city is ----

    private void placeOfNamedThing(SentenceView s, int i, List<Relation> out) {
        String thing = entities.entityAt(s.index(), i);
        EntityType type = entities.typeOf(thing);
        if (type == null) return;
        if (type == EntityType.Company || type == EntityType.Organization) {
            for (SentenceView.Arc c : s.children(i)) {
                if (!(c.relation().equals("nmod:of") || c.relation().equals("nmod:in"))) continue;
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

    private void locations(SentenceView s, List<Relation> out) {
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

    // ---- bilateral relationships ----

    List<FoundRelationship> relationships(SentenceView s) {
        List<FoundRelationship> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isNoun(i)) continue;
            String lemma = s.lemma(i);
            String ownState = lexicon.relationshipState(lemma);
            if (!lexicon.isRelationshipNoun(lemma) && ownState == null) continue;
            List<String> parties = parties(s, i);
            if (parties.size() < 2) continue;
            String state = ownState != null ? ownState : stateInSentence(s, i);
            // A relationship is stored with its state; one the text gives no state is not stated.
            if (state == null) continue;
            BilateralRelationship r = new BilateralRelationship(parties.get(0), parties.get(1), state, null,
                    SentenceScope.sentenceSpan(s), ownState != null ? 0.7 : 0.6);
            out.add(new FoundRelationship(r, s.index(), i));
        }
        return out;
    }

    /** The two countries a relationship noun is about. */
    private List<String> parties(SentenceView s, int noun) {
        List<String> found = new ArrayList<>();
        for (String k : roles.agentsBy(s, noun, "nmod:between")) addCountry(found, k);
        for (String k : roles.agentsBy(s, noun, "nmod:poss", "compound", "amod")) addCountry(found, k);
        List<String> with = roles.agentsBy(s, noun, "nmod:with");
        for (String k : with) addCountry(found, k);
        if (found.size() == 1) {
            // "friction with Washington", "ties with Bogotá": the other side is the article's counterpart.
            String other = discourse.counterpartOf(found.get(0));
            if (other != null) addCountry(found, other);
        }
        return found;
    }

    private void addCountry(List<String> found, String key) {
        String c = entities.countryOf(key);
        if (c != null && !found.contains(c)) found.add(c);
    }

    /** The state word nearest to the relationship noun in its sentence, or null. */
    private String stateInSentence(SentenceView s, int noun) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < s.size(); k++) {
            String st = lexicon.relationshipState(s.lemma(k));
            if (st != null && Math.abs(k - noun) < bestDistance) {
                best = st;
                bestDistance = Math.abs(k - noun);
            }
        }
        return best;
    }
}
