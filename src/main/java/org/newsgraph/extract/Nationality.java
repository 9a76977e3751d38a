package org.newsgraph.extract;

import java.util.List;

/** Citizenship from a demonym on a noun describing a person: "Barbadian recording artist Rihanna", "X was a Russian military leader". */
final class Nationality {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final ResolvedEntities entities;

    Nationality(Lexicon lexicon, Gazetteer gazetteer, ResolvedEntities entities) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
    }

    // ---- "Barbadian recording artist Rihanna", "X was a Russian military leader" ----

    void find(SentenceView s, int noun, List<Relation> out) {
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

}
