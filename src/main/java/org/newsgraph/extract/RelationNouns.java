package org.newsgraph.extract;

import java.util.List;

/**
 * Relation nouns and adjectives from {@code relation-cues.tsv} in copular, appositive or
 * possessive constructions: "one of Washington's closest allies", "a key US partner", "Bogotá,
 * Colombia's capital", "a hamlet in the town of Guilderland", "Oslo-based".
 */
final class RelationNouns {
    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final RoleFinder roles;

    RelationNouns(Lexicon lexicon, ResolvedEntities entities, RoleFinder roles) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.roles = roles;
    }

    /** Where a relation noun's other party may be, nearest reading first. */
    private static final List<String> AGENT_RELATIONS = List.of("nmod:poss", "compound", "amod", "nmod:of", "obl:npmod",
            "nmod:npmod", "obl:in", "nmod:in", "nmod:for");

    // ---- relation nouns: ally, partner, rival, member ----

    void find(SentenceView s, int i, List<Relation> out) {
        if (!(s.isNoun(i) || s.tag(i).startsWith("JJ") || s.tag(i).equals("VBN"))) return;
        var cue = lexicon.relationCue(s.lemma(i));
        if (cue.isEmpty()) return;
        // "Cook County", "Kansas City": a cue word inside a name is part of the name.
        if (s.isProperNoun(i) && entities.entityAt(s.index(), i) != null) return;
        // "a district of Gaza Province in south-western Mozambique": where a place lies is the
        // nearest place it is said to be of or in, a province before the country around it.
        List<String> objects = cue.get().property().equals("locatedIn")
                ? placesBy(s, i, namesByOf(s, i) ? "nmod:poss" : "nmod:of", "nmod:poss", "compound", "amod", "nmod:in", "obl:in")
                : List.of();
        if (objects.isEmpty()) {
            // The first agent of the kind the relation takes: in "a Norwegian politician for the
            // Labour Party" Norway cannot be what a politician is a member of; the party can.
            for (String rel : AGENT_RELATIONS) {
                List<String> found = roles.agentsBy(s, i, rel);
                if (!found.isEmpty() && fitsAsObject(cue.get(), found.get(0))) {
                    objects = found;
                    break;
                }
            }
        }
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

    /** Can the entity be the cue's other party, by the property's signature (relation-signatures.tsv)? */
    private boolean fitsAsObject(Lexicon.RelationCue cue, String key) {
        String[] signature = lexicon.relationSignatures().get(cue.property());
        EntityType type = entities.typeOf(key);
        if (signature == null || type == null) return false;
        return type.isA(cue.direction().startsWith("possessor") ? signature[0] : signature[1]);
    }

    /** Place entities among the dependents ("Oslo-based", "based in Austin"), for location relations. */
    private List<String> placesBy(SentenceView s, int i, String... relations) {
        for (String rel : relations) {
            for (SentenceView.Arc c : s.children(i)) {
                if (!c.relation().equals(rel)) continue;
                String key = SentenceScope.namedThrough(s, c.token(), entities);
                EntityType t = entities.typeOf(key);
                if (t != null && t.isPlace()) return List.of(key);
            }
        }
        return List.of();
    }

    /**
     * Does the noun's "of" give its name rather than what contains it? "the town of Guilderland",
     * "its regions of Hong Kong and Macau", "the largest settlement of Port Lavaca" name the
     * place; "a district of Gaza Province", "a comune of the Metropolitan City of Bari" and
     * "capital of Cambodia" say where it lies. A definite or possessive division noun names.
     */
    private boolean namesByOf(SentenceView s, int noun) {
        if (!lexicon.isNameWord("division", s.lemma(noun))) return false;
        if (!s.children(noun, "nmod:poss").isEmpty()) return true;
        for (SentenceView.Arc d : s.children(noun, "det")) {
            String w = s.word(d.token()).toLowerCase();
            if (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("its")) return true;
        }
        return false;
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

}
