package org.newsgraph.extract;

/** Small shared readings of a sentence used by more than one rule. */
final class SentenceScope {
    private SentenceScope() {}

    /** Is token i a title noun, alone ("president") or completing a two-word title ("prime minister")? */
    static boolean isTitle(Lexicon lexicon, SentenceView s, int i) {
        return s.isNoun(i) && titleText(lexicon, s, i) != null;
    }

    /** The title ending at token i as written, the two-word one first ("Prime Minister"), or null. */
    static String titleText(Lexicon lexicon, SentenceView s, int i) {
        if (i > 0 && !lexicon.titles(s.lemma(i - 1) + " " + s.lemma(i)).isEmpty()) return s.textOf(i - 1, i);
        return lexicon.titles(s.lemma(i)).isEmpty() ? null : s.word(i);
    }

    /** The whole sentence as a span: evidence for facts read from co-occurrence rather than one phrase. */
    static Span sentenceSpan(SentenceView s) {
        return s.span(0, s.size() - 1);
    }

    /**
     * The state a spokesperson or a body no words own speaks for, read from the scene: a city the
     * sentence places itself in ("In Beijing, Foreign Ministry spokesman Lin Jian said", "told a
     * news briefing in Beijing"), else the state the previous sentence was about ("Moscow reacted
     * within hours. Foreign Ministry spokeswoman Maria Zakharova ..."). Null when neither says.
     */
    static String stateOfScene(SentenceView s, SentenceView previous, ResolvedEntities entities) {
        for (int h = 0; h < s.size(); h++) {
            for (SentenceView.Arc in : s.children(h)) {
                if (!(in.relation().equals("obl:in") || in.relation().equals("nmod:in"))) continue;
                // A capital may already stand for its state ("in Beijing" as China).
                String place = entities.entityAt(s.index(), in.token());
                if (entities.typeOf(place) != EntityType.City && entities.typeOf(place) != EntityType.Country) continue;
                String state = entities.countryOfPlace(place);
                if (state != null) return state;
            }
        }
        int root = previous == null ? -1 : previous.root();
        if (root < 0) return null;
        for (SentenceView.Arc c : previous.children(root, "nsubj")) {
            String state = entities.countryOfPlace(entities.entityAt(previous.index(), c.token()));
            if (state != null) return state;
        }
        return null;
    }

    /** The country or organisation named in a title's modifiers ("US President", "Colombia's President", "president of X"). */
    static String organisationOfTitle(SentenceView s, int title, ResolvedEntities entities) {
        for (SentenceView.Arc c : s.children(title)) {
            String rel = c.relation();
            if (!(rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("nmod:of"))) continue;
            String key = entities.entityAt(s.index(), c.token());
            // "The junta rejected the demand, and its deputy minister ...": "its" is
            // the nearest body or state named before it in the sentence.
            if (key == null && rel.equals("nmod:poss") && s.word(c.token()).equalsIgnoreCase("its")) key = nearestBodyBefore(s, c.token(), entities);
            EntityType t = entities.typeOf(key);
            if (t != null && t != EntityType.Person && (t.isAgent() || t == EntityType.Region)) return key;
        }
        SentenceView.Arc up = s.parent(title);
        if (up != null && up.token() >= 0 && up.relation().equals("compound")) {
            for (SentenceView.Arc c : s.children(up.token(), "nmod:of")) {
                String key = entities.entityAt(s.index(), c.token());
                EntityType t = entities.typeOf(key);
                if (t != null && t != EntityType.Person && t.isAgent()) return key;
            }
        }
        return null;
    }

    private static String nearestBodyBefore(SentenceView s, int token, ResolvedEntities entities) {
        for (int k = token - 1; k >= 0; k--) {
            String key = entities.entityAt(s.index(), k);
            EntityType t = entities.typeOf(key);
            if (t != null && t != EntityType.Person && t.isAgent()) return key;
        }
        return null;
    }

    /**
     * The entity token i names, or for a common noun the one its "of" names: "a hamlet in the
     * town of Guilderland", "in the eastern part of the Mexican state of Michoacán".
     */
    static String namedThrough(SentenceView s, int i, ResolvedEntities entities) {
        for (int step = 0; step < 3; step++) {
            String key = entities.entityAt(s.index(), i);
            if (key != null || !s.isNoun(i)) return key;
            int of = RoleFinder.dependent(s, i, "nmod:of");
            if (of < 0) return null;
            i = of;
        }
        return entities.entityAt(s.index(), i);
    }

    /**
     * "Zhou Enlai, the Premier of China": the entity named just before a comma and the title at
     * token {@code title} (its determiners, adjectives and first title word passed over), read
     * from the surface for when the parser attached the title elsewhere; or null.
     */
    static String nameBeforeTitle(Lexicon lexicon, SentenceView s, int title, ResolvedEntities entities) {
        int k = title - 1;
        while (k >= 0 && (s.tag(k).equals("DT") || s.tag(k).startsWith("JJ") || isTitle(lexicon, s, k))) k--;
        if (k < 1 || !s.word(k).equals(",")) return null;
        return entities.entityAt(s.index(), k - 1);
    }
}
