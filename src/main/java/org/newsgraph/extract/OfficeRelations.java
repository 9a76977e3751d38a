package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Offices: from titles ("US President Donald Trump", "X, the Commission president", or a bare
 * "President X" whose office the gazetteer knows) and from appointments ("Halvard named Ingrid
 * Solberg as chief executive").
 */
final class OfficeRelations {
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
    private final RoleFinder roles;
    private final LocalDate published;

    OfficeRelations(Lexicon lexicon, Gazetteer gazetteer, ResolvedEntities entities, RoleFinder roles, LocalDate published) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
        this.roles = roles;
        this.published = published;
    }

    // ---- offices from titles ----

    /** The office a title at token {@code title} gives its holder; {@code stateOfScene} as {@link SentenceScope#stateOfScene} reads it. */
    void titles(SentenceView s, int title, String stateOfScene, List<Relation> out) {
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
            // "Prime Minister Keir Starmer" in a story about another country: the office the gazetteer knows.
            String knownOf = known == null ? null : entities.contains(known.ofQid()) ? known.ofQid()
                    : gazetteer.byQid(known.ofQid()).map(entities::ensure).orElse(null);
            if (knownOf != null) {
                org = knownOf;
                role = known.role();
                confidence = 0.75;
            } else if (!hasAnyOffice(person) && lexicon.isSpeakerTitle(titleText) && stateOfScene != null) {
                // "In Beijing, Foreign Ministry spokesman Lin Jian said": a spokesperson briefs at home.
                org = stateOfScene;
                role = roleFor(titleText, EntityType.Country);
                confidence = 0.7;
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
        // "the first prime minister of Siam was Phraya Manopakorn": the title is the subject of the name.
        if (up != null && up.token() >= 0 && up.relation().startsWith("nsubj") && !s.children(up.token(), "cop").isEmpty()) {
            String key = entities.entityAt(s.index(), up.token());
            if (entities.typeOf(key) == EntityType.Person) return key;
        }
        // "the prime minister of independent Ghana, Kwame Nkrumah": the parser hangs the name on the country.
        for (SentenceView.Arc of : s.children(title, "nmod:of")) {
            for (SentenceView.Arc c : s.children(of.token(), "appos")) {
                String key = entities.entityAt(s.index(), c.token());
                if (entities.typeOf(key) == EntityType.Person) return key;
            }
        }
        String before = SentenceScope.nameBeforeTitle(lexicon, s, title, entities);
        return entities.typeOf(before) == EntityType.Person ? before : null;
    }

    private String roleFor(String title, EntityType orgType) {
        List<Lexicon.Title> rows = lexicon.titles(title.toLowerCase());
        for (Lexicon.Title t : rows) if (t.appliesTo() == orgType) return t.role();
        for (Lexicon.Title t : rows) {
            if (orgType != null && !orgType.isPlace() && t.appliesTo() == EntityType.Organization) return t.role();
        }
        return null;
    }

    /** A person's offices are filed under the gazetteer entry's key, which is the entity's key (its QID when linked). */
    private boolean hasAnyOffice(String person) {
        return !gazetteer.officesOf(person).isEmpty();
    }

    private Office knownOffice(String person, String title) {
        for (Office o : gazetteer.officesOf(person)) {
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

    // ---- "Halvard named Ingrid Solberg as chief executive": the office an appointment gives ----

    /** The office an appointment verb at token {@code verb} gives. */
    void appointment(SentenceView s, int verb, List<Relation> out) {
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

}
