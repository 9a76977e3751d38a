package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Which row of {@code event-triggers.tsv} a token fires, if any: the part of speech it plays,
 * phrasal verbs ("rule out"), rows whose required object or modifier is present, and among
 * general rows the one whose preposition the sentence uses ("call on" is an appeal).
 */
final class TriggerChooser {
    /** A "requires" entry met by any named place (NER city, region, country or location). */
    static final String PLACE = "@place";
    /** A "requires" entry met by any named organisation (NER organization): "quit ECOWAS". */
    static final String ORGANIZATION = "@organization";
    /** A "requires" entry met by a verb that reports a clause with a subject: "charged that Benin was hosting troops". */
    static final String CLAUSE = "@clause";
    /** A "requires" entry met by a court or tribunal the verb's act goes to or happens in: "took the case to court". */
    static final String COURT = "@court";
    /** A "requires" entry met by a crowd as the verb's subject: "hundreds of supporters gathered outside the court". */
    static final String CROWD = "@crowd";
    /** A "requires" entry met by a verb with no direct object. */
    static final String INTRANSITIVE = "@intransitive";

    private final Lexicon lexicon;

    TriggerChooser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static char posOf(SentenceView s, int i) {
        SentenceView.Arc p = s.parent(i);
        if (p != null && (p.relation().equals("aux") || p.relation().equals("cop") || p.relation().startsWith("aux:"))) return 0;
        if (s.isVerb(i)) return 'V';
        if (s.isNoun(i) && !s.isProperNoun(i)) return 'N';
        if (s.tag(i).startsWith("JJ")) return 'A';
        return 0;
    }

    /** The code of a row that names a sense which is no event ("press ahead" beside "press" = urge). */
    static final String NO_EVENT = "-";

    /** The code of a row whose act is the one reported just before it, by another actor ("followed suit"). */
    static final String SAME_ACT = "=";

    /**
     * A row whose "requires" word is present beats a general row; a row whose "requires" is absent
     * never fires; a chosen row coded {@link #NO_EVENT} means the word is no event here.
     */
    TriggerEntry chooseEntry(SentenceView s, int i, char pos) {
        TriggerEntry chosen = chooseRow(s, i, pos);
        return chosen == null || chosen.cameo().equals(NO_EVENT) ? null : chosen;
    }

    private TriggerEntry chooseRow(SentenceView s, int i, char pos) {
        List<TriggerEntry> rows = new ArrayList<>(lexicon.triggers(s.lemma(i), pos));
        if (pos == 'V') {
            for (SentenceView.Arc prt : s.children(i, "compound:prt")) {
                rows.addAll(0, lexicon.triggers(s.lemma(i) + " " + s.lemma(prt.token()), pos));
            }
            // The parser sometimes reads the particle as an adverb ("carrying out strikes", "brushed
            // the offer aside": advmod), also after the object.
            for (SentenceView.Arc adv : s.children(i, "advmod")) {
                if (adv.token() > i && adv.token() <= i + 5) rows.addAll(0, lexicon.triggers(s.lemma(i) + " " + s.lemma(adv.token()), pos));
            }
            // ... or as the first word of a two-word preposition ("walked out of the summit": case "out", fixed "of").
            SentenceView.Arc next = i + 1 < s.size() ? s.parent(i + 1) : null;
            if (next != null && next.relation().equals("case") && !s.children(i + 1, "fixed").isEmpty()) {
                rows.addAll(0, lexicon.triggers(s.lemma(i) + " " + s.lemma(i + 1), pos));
            } else if (next != null && next.relation().equals("case")) {
                // ... or as the preposition of the object ("called in the Afghan envoy": obl:in); only a
                // phrasal sense whose object is required can be meant ("called in the morning" is none).
                for (TriggerEntry e : lexicon.triggers(s.lemma(i) + " " + s.lemma(i + 1), pos)) {
                    if (!e.requires().isEmpty()) rows.add(0, e);
                }
            }
        }
        TriggerEntry general = null, required = null;
        for (TriggerEntry e : rows) {
            if (e.requires().isEmpty()) {
                // Of several general senses, the one whose preposition is present ("call on" = appeal).
                if (general == null || !hasPreposition(s, i, general.targetPreps()) && hasPreposition(s, i, e.targetPreps())) {
                    general = e;
                }
                continue;
            }
            int met = senseToken(s, i, pos, e, asksForAct(e));
            if (met < 0) continue;
            // Of several senses whose word is present, the first whose preposition is there too:
            // "expressed confidence in the court" endorses it, "expressed confidence that ..." is optimism.
            if (hasPreposition(s, i, e.targetPreps()) || met != i && prepositionalHead(s, nounOf(s, met), e.targetPreps()) >= 0) return e;
            if (required == null) required = e;
        }
        return required != null ? required : general;
    }

    /**
     * The token that meets a row's "requires" list: its crowd subject ({@link #CROWD}), its forum
     * ({@link #COURT}), else what {@link #requirementMet} finds; -1 when the row's sense is absent.
     */
    int senseToken(SentenceView s, int i, char pos, TriggerEntry e, boolean askedAct) {
        if (e.requires().contains(CROWD)) return crowdSubject(s, i, pos);
        if (e.requires().contains(COURT)) {
            int forum = forum(s, i, pos);
            if (forum >= 0) return forum;
        }
        return requirementMet(s, i, pos, e.requires(), askedAct);
    }

    /** "took the case to the ECOWAS Court", "will challenge it in a Korean court": the court a lawsuit goes to (name-words court-word), or -1. */
    private int forum(SentenceView s, int i, char pos) {
        if (pos != 'V') return -1;
        for (SentenceView.Arc o : s.children(i)) {
            if (o.relation().startsWith("obl") && lexicon.isNameWord("court-word", s.lemma(o.token()))) return o.token();
        }
        return -1;
    }

    /**
     * The subject of a verb when it names a crowd ("supporters", "hundreds of youths"), or -1: the
     * same verb said of officials ("ministers gathered in Brussels") is no protest.
     */
    private int crowdSubject(SentenceView s, int i, char pos) {
        if (pos != 'V') return -1;
        for (SentenceView.Arc subject : s.children(i, "nsubj")) {
            List<Integer> nouns = new ArrayList<>(List.of(subject.token()));
            for (SentenceView.Arc of : s.children(subject.token(), "nmod:of")) nouns.add(of.token());
            for (int n : nouns) {
                String lemma = s.lemma(n);
                if (lexicon.groupNamedBy(lemma, "crowd") != null || lexicon.groupNamedBy(lemma, "head") != null
                        && !lexicon.isArmedGroup(lexicon.groupNamedBy(lemma, "head"))) return n;
            }
        }
        return -1;
    }

    /** The noun a matched modifier belongs to ("criminal" → "complaint"), or the token itself. */
    private static int nounOf(SentenceView s, int token) {
        SentenceView.Arc up = s.parent(token);
        boolean modifier = up != null && up.token() >= 0 && (up.relation().equals("amod") || up.relation().equals("compound"));
        return modifier && s.isNoun(up.token()) ? up.token() : token;
    }

    private static boolean hasPreposition(SentenceView s, int i, List<String> preps) {
        // "called on Ruto to apologise": the parser may read the preposition as a particle.
        for (SentenceView.Arc prt : s.children(i, "compound:prt")) if (preps.contains(s.lemma(prt.token()))) return true;
        return prepositionalHead(s, i, preps) >= 0;
    }

    /** An appeal or a demand (CAMEO 02, 10): what it asks for may lie in the act it asks of someone. */
    private static boolean asksForAct(TriggerEntry e) {
        return e.cameo().startsWith("02") || e.cameo().startsWith("10");
    }

    /** The token that satisfies a "requires" list (object, modifier, or the object of a phrase), or -1. */
    static int requirementMet(SentenceView s, int i, char pos, List<String> required) {
        return requirementMet(s, i, pos, required, false);
    }

    /**
     * As above; {@code askedAct} also looks into the object and phrases of an infinitive the verb
     * governs ("urged the soldiers to hand power to civilians").
     */
    static int requirementMet(SentenceView s, int i, char pos, List<String> required, boolean askedAct) {
        // "protesters demonstrated outside parliament", not "Apple demonstrated iOS 5": a sense met by having no object.
        if (required.contains(INTRANSITIVE) && pos == 'V' && s.children(i, "obj").isEmpty()) return i;
        List<SentenceView.Arc> deps = new ArrayList<>();
        if (pos == 'V') {
            deps.addAll(s.children(i, "obj"));
            // "a ruling his lawyer said she would appeal": the noun the relative clause leaves out.
            int gapped = RoleFinder.gappedObject(s, i);
            if (gapped >= 0) deps.add(new SentenceView.Arc("obj", gapped));
            // A prepositional phrase stands in for a missing object only after the verb ("hinted at
            // military action"); "In return for the loan, the Fund is demanding ..." does not.
            if (deps.isEmpty()) for (SentenceView.Arc o : s.children(i, "obl")) if (o.token() > i) deps.add(o);
            // "fired a missile into the sea": where a weapon lands may decide the sense (a test, not an attack).
            deps.addAll(s.children(i, "obl:into"));
            deps.addAll(s.children(i, "xcomp"));
            // "ordered him held": a small clause the parser left as a bare "dep" is the verb's complement.
            for (SentenceView.Arc d : s.children(i, "dep")) {
                if (d.token() > i && s.isVerb(d.token()) && !s.children(d.token(), "nsubj").isEmpty()) deps.add(d);
            }
            // "demanded that Eritrean troops withdraw": the demanded clause's verb.
            deps.addAll(s.children(i, "ccomp"));
            deps.addAll(s.children(i, "nsubj:pass"));
            // "a swap brokered by Oman": a participle's patient is the noun it modifies.
            SentenceView.Arc up = s.parent(i);
            if (s.tag(i).equals("VBN") && up != null && up.token() >= 0 && up.relation().equals("acl")) deps.add(up);
        } else if (pos == 'N') {
            // "its demand that the EU withdraw its mission": the demanded clause's verb.
            deps.addAll(s.children(i, "ccomp"));
            deps.addAll(s.children(i, "amod"));
            deps.addAll(s.children(i, "compound"));
            deps.addAll(s.children(i, "nmod"));
        } else {
            deps.addAll(s.children(i, "obl"));
        }
        for (SentenceView.Arc d : new ArrayList<>(deps)) {
            // "military and economic measures": the conjoined modifier counts too.
            deps.addAll(s.children(d.token(), "conj"));
            if (pos == 'V') {
                // "offered to help mediate": one verb deeper.
                if (d.relation().equals("xcomp")) for (SentenceView.Arc v : s.children(d.token())) if (s.isVerb(v.token())) deps.add(v);
                // "warned that sanctions would follow": the reported clause's subject says what is meant.
                if (d.relation().equals("ccomp")) {
                    deps.addAll(s.children(d.token(), "nsubj"));
                    deps.addAll(s.children(d.token(), "nsubj:pass"));
                }
                // "urged the soldiers to hand power to civilians", "demanded that the court order a recount":
                // what the asked-for act is done to or for ("agreed to resume talks" stays an agreement).
                if (askedAct && (d.relation().equals("xcomp") || d.relation().startsWith("ccomp"))) {
                    deps.addAll(s.children(d.token(), "obj"));
                    for (SentenceView.Arc o : s.children(d.token(), "obl")) if (o.token() > d.token()) deps.add(o);
                }
                deps.addAll(s.children(d.token(), "compound"));
                deps.addAll(s.children(d.token(), "amod"));
                // "hinted at the possibility of military action": one phrase deeper.
                for (SentenceView.Arc n : s.children(d.token(), "nmod")) {
                    deps.add(n);
                    deps.addAll(s.children(n.token(), "amod"));
                    deps.addAll(s.children(n.token(), "compound"));
                    deps.addAll(s.children(n.token(), "conj"));
                }
            }
        }
        for (SentenceView.Arc d : deps) {
            if (required.contains(CLAUSE) && d.relation().startsWith("ccomp") && !s.children(d.token(), "nsubj").isEmpty()) return d.token();
            if (required.contains(s.lemma(d.token())) || required.contains(s.word(d.token()).toLowerCase())) return d.token();
            // "seized Goma": a named place as the object ("@place") is territory, whatever its name.
            if (required.contains(PLACE) && s.isProperNoun(d.token()) && EntityResolver.isPlaceNer(s.ner(d.token()))) return d.token();
            if (required.contains(ORGANIZATION) && s.isProperNoun(d.token()) && "ORGANIZATION".equals(s.ner(d.token()))) return d.token();
        }
        return -1;
    }

    static int prepositionalHead(SentenceView s, int i, List<String> preps) {
        for (String p : preps) {
            int d = RoleFinder.dependent(s, i, "obl:" + p, "nmod:" + p);
            if (d >= 0) return d;
        }
        return -1;
    }
}
