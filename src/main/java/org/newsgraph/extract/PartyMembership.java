package org.newsgraph.extract;

import java.util.List;

/**
 * Membership of a political party. A party is an organisation whose name holds a party word
 * (name-words.tsv, kind {@code party-word}: "Labour Party", "Partido Popular"). A person's
 * membership of one is stated as {@code memberOfParty} rather than {@code memberOf}, whichever
 * reader found it, and the party in brackets after a name is read as the person's: "the county
 * mayor is Janne Johnsen (Conservative Party) and the deputy mayor is Terje Halleland (Progress
 * Party)".
 */
final class PartyMembership {
    private final Lexicon lexicon;
    private final ResolvedEntities entities;

    PartyMembership(Lexicon lexicon, ResolvedEntities entities) {
        this.lexicon = lexicon;
        this.entities = entities;
    }

    /** "Janne Johnsen (Conservative Party)": token i ends a person's name. */
    void find(SentenceView s, int i, List<Relation> out) {
        String person = entities.entityAt(s.index(), i);
        if (entities.typeOf(person) != EntityType.Person || i + 2 >= s.size() || !s.word(i + 1).equals("(")) return;
        String party = entities.entityAt(s.index(), i + 2);
        if (party == null || !isParty(party)) return;
        int close = i + 2;
        while (close < s.size() && party.equals(entities.entityAt(s.index(), close))) close++;
        if (close < s.size() && s.word(close).equals(")")) {
            out.add(new Relation(person, "memberOfParty", party, null, s.span(i, close), 0.75));
        }
    }

    /** The relations with a person's membership of a party stated as such. */
    List<Relation> refined(List<Relation> found) {
        return found.stream().map(r -> r.property().equals("memberOf") && entities.typeOf(r.subjectKey()) == EntityType.Person
                && isParty(r.objectKey())
                ? new Relation(r.subjectKey(), "memberOfParty", r.objectKey(), r.roleLabel(), r.evidence(), r.confidence())
                : r).toList();
    }

    private boolean isParty(String key) {
        EntityType type = entities.typeOf(key);
        if (type == null || !type.isA("Organization")) return false;
        for (String word : entities.labelOf(key).split("\\s+")) if (lexicon.isNameWord("party-word", word)) return true;
        return false;
    }
}
