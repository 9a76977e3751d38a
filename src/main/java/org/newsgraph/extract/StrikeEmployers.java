package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a strike is aimed at when the sentence names no target: the employer (code-traits.tsv:
 * against-employer), read before the state a crowd's protest goes to. The company that names the
 * strikers ("Thousands of Transnet workers walked off the job"), else the one they strike at
 * ("walked off the job at the ECT terminal", "striking against plans at ECT"), else the company the
 * article named last that is no party to the strike ("The strike was called by UNTU and SATAWU").
 */
final class StrikeEmployers {
    private final ResolvedEntities entities;
    private final Lexicon lexicon;

    StrikeEmployers(ResolvedEntities entities, Lexicon lexicon) {
        this.entities = entities;
        this.lexicon = lexicon;
    }

    /** The employer's key, or null when the article names no company outside the strike. */
    String employer(SentenceView s, int trigger, int objectHead, List<String> strikers) {
        if (isNationwide(s, trigger) || objectHead >= 0 && isNationwide(s, objectHead)) return null;
        int subject = RoleFinder.dependent(s, trigger, "nsubj");
        // "Thousands of Transnet workers": the quantity word may be the subject, the workers its "of" phrase.
        for (int step = 0; step < 2 && subject >= 0; step++) {
            String named = companyOn(s, subject, "compound", strikers);
            if (named != null) return named;
            subject = RoleFinder.dependent(s, subject, "nmod", "nmod:of");
        }
        // "walked off the job ..., striking against automation plans at the operator ECT": the strike's own adjunct too.
        List<Integer> heads = new ArrayList<>(List.of(trigger, objectHead));
        for (SentenceView.Arc c : s.children(trigger)) if (c.relation().startsWith("advcl")) heads.add(c.token());
        for (int head : heads) {
            int aimed = head < 0 ? -1 : TriggerChooser.prepositionalHead(s, head, List.of("at", "against"));
            if (aimed < 0) continue;
            // "against automation plans at the operator ECT": the plans' own "at" phrase says whose.
            List<Integer> nouns = new ArrayList<>(List.of(aimed));
            for (SentenceView.Arc at : s.children(aimed, "nmod:at")) nouns.add(at.token());
            for (int noun : nouns) {
                String place = employerIn(entities.entityAt(s.index(), noun), strikers);
                if (place == null) place = companyOn(s, noun, "compound", strikers);
                // "the terminal operator ECT": the name right after its descriptor, however the parser hung it.
                if (place == null && noun + 1 < s.size()) place = employerIn(entities.entityAt(s.index(), noun + 1), strikers);
                if (place != null) return place;
            }
        }
        return entities.lastMentionedBefore(s.begin(trigger), StrikeEmployers::isEmployerType,
                k -> !strikers.contains(k) && !isUnionOrCourt(k));
    }

    /** "called a two-day stayaway", "a general strike": a strike against no employer, so the state's. */
    private boolean isNationwide(SentenceView s, int noun) {
        if (lexicon.isNameWord("nationwide-strike", s.lemma(noun))) return true;
        for (SentenceView.Arc c : s.children(noun)) {
            if ((c.relation().equals("amod") || c.relation().equals("compound")) && lexicon.isNameWord("nationwide-strike", s.lemma(c.token()))) return true;
        }
        return false;
    }

    private String companyOn(SentenceView s, int noun, String relation, List<String> strikers) {
        for (SentenceView.Arc c : s.children(noun, relation)) {
            String k = employerIn(entities.entityAt(s.index(), c.token()), strikers);
            if (k != null) return k;
        }
        return null;
    }

    private String employerIn(String key, List<String> strikers) {
        return key != null && isEmployerType(entities.typeOf(key)) && !strikers.contains(key) && !isUnionOrCourt(key) ? key : null;
    }

    private static boolean isEmployerType(EntityType type) {
        return type == EntityType.Company || type == EntityType.Organization;
    }

    /**
     * A trade union strikes; it is not struck against ("FNV Havens union", "Transport Union"); nor is
     * a court named in the story ("the Supreme Court of Appeal"): name-words.tsv union-word, court-word.
     */
    private boolean isUnionOrCourt(String key) {
        return lexicon.hasNameWordIn("union-word", entities.labelOf(key)) || lexicon.hasNameWordIn("court-word", entities.labelOf(key));
    }
}
