package org.newsgraph.extract;

import java.util.List;

/**
 * Where a named place or organisation is, read from the noun that describes it: "Kahului Airport
 * is a regional airport in the state of Hawaii", "The Astana International Financial Centre is a
 * financial hub in Astana", "Fyllingen Fotball was a football club from Fyllingsdalen", "X, an
 * electric tramway located in Saxony". Any describing noun will do, so no word list is needed:
 * the construction says it. The relation cue nouns ({@link RelationNouns}) cover the
 * possessive and "of" readings; here only "in" and "from" are read, since "X is a tributary of Y"
 * or "a member of Y" say something else.
 *
 * <p>People are left out (a politician in Alberta lives there, he is not located in it), and so
 * are countries (a country "in southern Africa" lies in a world region, which is no
 * administrative unit) and world regions as containers.
 */
final class PlaceDescriptions {
    private static final List<String> WHERE = List.of("nmod:in", "obl:in", "nmod:from", "obl:from");

    private final Gazetteer gazetteer;
    private final ResolvedEntities entities;

    PlaceDescriptions(Gazetteer gazetteer, ResolvedEntities entities) {
        this.gazetteer = gazetteer;
        this.entities = entities;
    }

    void find(SentenceView s, int noun, List<Relation> out) {
        if (!s.isNoun(noun) || s.isProperNoun(noun) || entities.entityAt(s.index(), noun) != null) return;
        String thing = described(s, noun);
        EntityType type = entities.typeOf(thing);
        if (type == null || type == EntityType.Person || type == EntityType.Country) return;
        int where = placeToken(s, noun);
        if (where < 0) {
            // "a tramway located in Saxony", "a label based in New York"
            for (SentenceView.Arc acl : s.children(noun)) {
                if (acl.relation().startsWith("acl") && s.tag(acl.token()).equals("VBN")) where = placeToken(s, acl.token());
                if (where >= 0) break;
            }
        }
        if (where < 0) return;
        String place = SentenceScope.namedThrough(s, where, entities);
        EntityType pt = entities.typeOf(place);
        if (place == null || place.equals(thing) || !(pt == EntityType.City || pt == EntityType.Region || pt == EntityType.Country)) return;
        if (isWorldRegion(place)) return;
        String property = pt == EntityType.Country ? "inCountry" : "locatedIn";
        out.add(new Relation(thing, property, place, null, s.span(Math.min(noun, where), Math.max(noun, where)), 0.7));
    }

    /** The named thing a noun describes: the subject of "X is a N", or the name in apposition "X, a N". */
    private String described(SentenceView s, int noun) {
        if (!s.children(noun, "cop").isEmpty()) {
            for (SentenceView.Arc c : s.children(noun, "nsubj")) {
                String k = entities.entityAt(s.index(), c.token());
                if (k != null) return k;
            }
        }
        SentenceView.Arc up = s.parent(noun);
        if (up != null && up.token() >= 0 && up.relation().equals("appos")) return entities.entityAt(s.index(), up.token());
        for (SentenceView.Arc c : s.children(noun, "appos")) {
            String k = entities.entityAt(s.index(), c.token());
            if (k != null) return k;
        }
        return null;
    }

    private static int placeToken(SentenceView s, int head) {
        for (String rel : WHERE) {
            for (SentenceView.Arc c : s.children(head, rel)) return c.token();
        }
        return -1;
    }

    /** "Europe", "Latin America": a region the gazetteer knows and puts in no country. */
    private boolean isWorldRegion(String key) {
        var entry = gazetteer.byQid(entities.wikidataOf(key));
        return entry.isPresent() && entry.get().type() == EntityType.Region && entry.get().countryQid() == null;
    }
}
