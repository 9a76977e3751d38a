package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of a bilateral relationship: "tensions between Washington and Bogotá", "relations
 * between the two countries were back on a cooperative footing".
 */
final class BilateralRelationships {
    /** A bilateral relationship with the token it hangs on, for attaching a time. */
    record Found(BilateralRelationship relationship, int sentenceIndex, int anchor) {}

    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final Discourse discourse;
    private final RoleFinder roles;

    BilateralRelationships(Lexicon lexicon, ResolvedEntities entities, Discourse discourse, RoleFinder roles) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.discourse = discourse;
        this.roles = roles;
    }

    List<Found> find(SentenceView s) {
        List<Found> out = new ArrayList<>();
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
            out.add(new Found(r, s.index(), i));
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
