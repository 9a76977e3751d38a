package org.newsgraph.extract;

import java.util.List;

/**
 * Where a person was born and died: a verb of life-events.tsv with its place ("born in Nashville,
 * Tennessee, Frist studied", "He died in Sherman Oaks"), and the bracketed lifespan that follows
 * a name in encyclopaedic and obituary prose: "Dieter Eppler (11 February 1927 in Stuttgart –
 * 12 April 2008 in Stuttgart)", "Pierre Seghers (5 January 1906, Paris - 4 November 1987,
 * Créteil)". In a lifespan, the part before the dash is the birth and the part after it the
 * death; each part must hold a date, so that other brackets ("(Urdu: ...)", "(PPGE)") are not read.
 */
final class LifePlaces {
    private static final int LONGEST_BRACKET = 40;

    private final Lexicon lexicon;
    private final ResolvedEntities entities;

    LifePlaces(Lexicon lexicon, ResolvedEntities entities) {
        this.lexicon = lexicon;
        this.entities = entities;
    }

    void find(SentenceView s, int i, List<Relation> out) {
        verb(s, i, out);
        lifespan(s, i, out);
    }

    // ---- "born in Stuttgart", "died in Paris" ----

    private void verb(SentenceView s, int verb, List<Relation> out) {
        if (!s.isVerb(verb)) return;
        String property = lexicon.lifeEventProperty(s.lemma(verb));
        if (property == null) return;
        String person = personOf(s, verb);
        if (person == null) return;
        int place = placeAfter(s, verb);
        if (place < 0) return;
        out.add(new Relation(person, property, entities.entityAt(s.index(), place), null,
                s.span(Math.min(verb, place), Math.max(verb, place)), 0.8));
    }

    /** Who was born or died: the verb's subject, the name a bracketed "born ..." follows, or the subject of the clause it modifies. */
    private String personOf(SentenceView s, int verb) {
        for (SentenceView.Arc c : s.children(verb, "nsubj")) {
            String k = entities.entityAt(s.index(), c.token());
            if (entities.typeOf(k) == EntityType.Person) return k;
        }
        SentenceView.Arc up = s.parent(verb);
        for (int step = 0; step < 2 && up != null && up.token() >= 0; step++) {
            String k = entities.entityAt(s.index(), up.token());
            if (entities.typeOf(k) == EntityType.Person) return k;
            // "Born in Nashville, Tennessee, Frist studied ...": the subject of the main clause.
            for (SentenceView.Arc c : s.children(up.token(), "nsubj")) {
                String subject = entities.entityAt(s.index(), c.token());
                if (entities.typeOf(subject) == EntityType.Person) return subject;
            }
            up = s.parent(up.token());
        }
        // "Born in Nashville, Tennessee, Frist studied ...": a participle opening the sentence is
        // about the main clause's subject, wherever the parser hung that clause.
        if (s.children(verb, "nsubj").isEmpty() && verb < 2) {
            for (int k = verb + 1; k < s.size(); k++) {
                String subject = entities.entityAt(s.index(), k);
                if (entities.typeOf(subject) != EntityType.Person) continue;
                for (SentenceView.Arc p : s.parents(k)) if (p.relation().startsWith("nsubj")) return subject;
            }
        }
        return null;
    }

    /**
     * The place the verb's "in" (or "at", "near") names; failing that, the first place after the
     * verb once dates and commas are passed ("born March 5, 1921, Lahore").
     */
    private int placeAfter(SentenceView s, int verb) {
        for (SentenceView.Arc c : s.children(verb)) {
            String rel = c.relation();
            if (!(rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at") || rel.equals("obl:near"))) continue;
            if (isPlace(s, c.token())) return c.token();
        }
        int k = verb + 1;
        while (k < s.size() && (s.word(k).equals(",") || !s.ner(k).equals("O") && !isPlace(s, k) || s.tag(k).equals("CD"))) k++;
        if (k < s.size() && (s.word(k).equalsIgnoreCase("in") || s.word(k).equalsIgnoreCase("near"))) k++;
        return k < s.size() && isPlace(s, k) ? k : -1;
    }

    // ---- "Dieter Eppler (11 February 1927 in Stuttgart – 12 April 2008 in Stuttgart)" ----

    private void lifespan(SentenceView s, int name, List<Relation> out) {
        String person = entities.entityAt(s.index(), name);
        if (entities.typeOf(person) != EntityType.Person || person.equals(entities.entityAt(s.index(), name + 1))) return;
        int open = name + 1;
        // "Nazar Mohammad (Urdu: ...) (born March 5, 1921, Lahore ...)": look into two brackets at most.
        for (int bracket = 0; bracket < 2 && open < s.size() && s.word(open).equals("("); bracket++) {
            int close = closing(s, open);
            if (close < 0) return;
            int dash = dash(s, open, close);
            if (dash > 0 && hasDate(s, open + 1, dash - 1) && hasDate(s, dash + 1, close - 1)) {
                addPlace(s, person, "born", open + 1, dash - 1, out);
                addPlace(s, person, "die", dash + 1, close - 1, out);
            }
            open = close + 1;
        }
    }

    private void addPlace(SentenceView s, String person, String lemma, int from, int to, List<Relation> out) {
        for (int k = from; k <= to; k++) {
            // a part with its own verb ("born ... in X") is the verb rule's
            if (lexicon.lifeEventProperty(s.lemma(k)) != null) return;
            if (isPlace(s, k)) {
                out.add(new Relation(person, lexicon.lifeEventProperty(lemma), entities.entityAt(s.index(), k), null, s.span(from, to), 0.7));
                return;
            }
        }
    }

    private static int closing(SentenceView s, int open) {
        for (int k = open + 1; k < s.size() && k <= open + LONGEST_BRACKET; k++) {
            if (s.word(k).equals("(")) return -1;
            if (s.word(k).equals(")")) return k;
        }
        return -1;
    }

    private static int dash(SentenceView s, int open, int close) {
        for (int k = open + 1; k < close; k++) {
            String w = s.word(k);
            if (w.equals("–") || w.equals("-") || w.equals("—") || w.equals("--")) return k;
        }
        return -1;
    }

    private static boolean hasDate(SentenceView s, int from, int to) {
        for (int k = from; k <= to; k++) if (s.ner(k).equals("DATE")) return true;
        return false;
    }

    private boolean isPlace(SentenceView s, int i) {
        EntityType t = entities.typeOf(entities.entityAt(s.index(), i));
        return t != null && t.isPlace();
    }
}
