package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Citizenship read from a person's description: a demonym on a noun describing the person
 * ("Barbadian recording artist Rihanna", "X was a Russian military leader", "a Soviet, Ukrainian,
 * and Russian mathematician"), or a country the person is "from" or "of" ("Arturo Sosa from
 * Venezuela", "Princess Helen of Greece and Denmark").
 */
final class Nationality {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final ResolvedEntities entities;

    Nationality(Lexicon lexicon, Gazetteer gazetteer, ResolvedEntities entities) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
    }

    // ---- "Barbadian recording artist Rihanna", "X was a Soviet, Ukrainian, and Russian mathematician" ----

    void find(SentenceView s, int i, List<Relation> out) {
        described(s, i, out);
        origin(s, i, out);
    }

    private void described(SentenceView s, int noun, List<Relation> out) {
        if (!s.isNoun(noun) || s.isProperNoun(noun) || lexicon.isAgentNoun(s.lemma(noun)) || !lexicon.titles(s.lemma(noun)).isEmpty()) return;
        List<String> countries = new ArrayList<>();
        for (SentenceView.Arc c : s.children(noun)) {
            if (!(c.relation().equals("amod") || c.relation().equals("compound"))) continue;
            addCountry(s, c.token(), countries);
            // "a Soviet, Ukrainian, and Russian mathematician": every demonym of the list.
            for (SentenceView.Arc more : s.children(c.token(), "conj")) addCountry(s, more.token(), countries);
        }
        // The parser sometimes makes the list's middle demonym a conjunct of the noun itself.
        for (SentenceView.Arc c : s.children(noun, "conj")) if (s.tag(c.token()).startsWith("JJ")) addCountry(s, c.token(), countries);
        if (countries.isEmpty()) return;
        String person = describedPerson(s, noun);
        if (person == null) return;
        for (String country : countries) {
            out.add(new Relation(person, "citizenOf", country, null, SentenceScope.sentenceSpan(s), 0.7));
        }
    }

    /** The country a demonym at token i names: its mention ("South Korean"), else the gazetteer's demonym. */
    private void addCountry(SentenceView s, int i, List<String> countries) {
        String key = entities.entityAt(s.index(), i);
        if (entities.typeOf(key) != EntityType.Country) {
            var found = gazetteer.countryOfDemonym(s.word(i));
            key = found.isPresent() ? entities.ensure(found.get()) : null;
        }
        if (key != null && !countries.contains(key)) countries.add(key);
    }

    // ---- "Arturo Sosa from Venezuela", "Princess Helen of Greece and Denmark" ----

    /** A person's name followed by "from" or "of" and a country: where the person is from. */
    private void origin(SentenceView s, int name, List<Relation> out) {
        String person = entities.entityAt(s.index(), name);
        if (entities.typeOf(person) != EntityType.Person) return;
        List<SentenceView.Arc> phrases = new ArrayList<>(s.children(name));
        // "his successor, Arturo Sosa from Venezuela": the parser hangs "from" on the noun the name is in apposition with.
        SentenceView.Arc up = s.parent(name);
        if (up != null && up.token() >= 0 && up.relation().equals("appos")) phrases.addAll(s.children(up.token(), "nmod:from"));
        for (SentenceView.Arc c : phrases) {
            if (!(c.relation().equals("nmod:from") || c.relation().equals("nmod:of"))) continue;
            List<Integer> heads = new ArrayList<>(List.of(c.token()));
            for (SentenceView.Arc more : s.children(c.token(), "conj")) heads.add(more.token());
            for (int h : heads) {
                String country = entities.entityAt(s.index(), h);
                if (entities.typeOf(country) != EntityType.Country || !s.isProperNoun(h)) continue;
                out.add(new Relation(person, "citizenOf", country, null, s.span(name, h), 0.7));
            }
        }
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
