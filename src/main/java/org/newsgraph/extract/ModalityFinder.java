package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides how the text presents an event, from cues in the lexicon: negation and modal
 * auxiliaries on the trigger itself, conditional clauses, and governing words up the tree
 * ("hinted at the possibility of military action": the action is only hedged; "plans to visit":
 * planned; "did not rule out": hedged). Reporting verbs are transparent: they attribute, they
 * do not change modality (except denials).
 */
final class ModalityFinder {
    /**
     * Relations through which a governor's meaning reaches its dependent ("plans to visit",
     * "possibility of action", "signal that X wants"). Adverbial clauses ("after the threats")
     * are not among them: they situate an event, they do not qualify it.
     */
    private static final Set<String> CLIMB = Set.of(
            "xcomp", "ccomp", "csubj", "acl", "nmod", "obl", "obj", "conj", "appos", "dep");
    private static final int MAX_CLIMB = 5;
    /** Prepositions of time and circumstance: their phrase situates the verb's event. */
    private static final Set<String> SITUATING = Set.of("after", "before", "since", "during", "despite", "until", "amid", "following");

    private final Lexicon lexicon;

    ModalityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Modality of(SentenceView s, int trigger) {
        Modality local = localModality(s, trigger);
        if (local == Modality.NEGATED) return local;
        // "warned that any seizure of the vessel would draw a response": "any" act is one that might happen.
        if (s.isNoun(trigger) && RoleFinder.hasDeterminer(s, trigger, "any")) {
            local = stronger(local, Modality.HYPOTHETICAL);
        }
        if (local == Modality.HYPOTHETICAL && isFutureInThePast(s, trigger)) local = Modality.PLANNED;
        Modality result = local;
        int cur = trigger;
        for (int step = 0; step < MAX_CLIMB; step++) {
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) break;
            String base = up.relation().split(":")[0];
            // A relative clause describes its noun; what governs the noun does not govern it
            // ("a phone call, in which the leaders discussed ..." is no appeal).
            // A purpose clause ("will visit Beijing to discuss trade") shares the plan it serves.
            boolean purpose = base.equals("advcl") && s.children(cur, "mark").stream().anyMatch(m -> s.word(m.token()).equalsIgnoreCase("to"));
            // "would sanction commanders who obstructed relief": a restrictive relative clause on what
            // a hypothetical act would reach picks out whoever might do it; nobody did it yet.
            if (up.relation().equals("acl:relcl") && isRestrictive(s, up.token(), cur) && reachedByHypothesis(s, up.token())) {
                result = stronger(result, Modality.HYPOTHETICAL);
            }
            if (!(CLIMB.contains(base) || purpose) || up.relation().equals("acl:relcl")) break;
            // "..., an offer the company dismissed": a clause hung loosely on a noun describes it, as a relative does.
            if ((base.equals("dep") || base.equals("parataxis")) && s.isNoun(up.token())) break;
            // "the families of protesters killed by police": a reduced relative describes its noun too.
            if (base.equals("acl") && s.tag(cur).equals("VBN")) break;
            // "would appeal the decision, calling it unfair": the participle adjunct happened, whatever
            // the modality of the clause the parser hung it on.
            if (base.equals("dep") && s.tag(cur).equals("VBG")) break;
            // "after three rounds of talks" situates like an adverbial clause, it does not qualify.
            if (base.equals("obl") && SITUATING.contains(RoleFinder.marker(s, cur))) break;
            if (base.equals("conj")) {
                // "said it would appeal and, if necessary, take the case to court": a bare verb joined
                // to one with a modal shares that modal.
                if (s.tag(cur).equals("VB") && s.children(cur, "aux").isEmpty() && !s.children(up.token(), "aux").isEmpty()) {
                    Modality shared = ownModality(s, up.token());
                    if (shared != Modality.NEGATED) result = stronger(result, shared);
                }
                cur = up.token();
                continue;
            }
            int gov = up.token();
            if (lexicon.isReportingVerb(s.lemma(gov))) {
                if ("deny".equals(lexicon.speechKind(s.lemma(gov))) && !isNegated(s, gov)) result = stronger(result, Modality.NEGATED);
                // "has not announced any new funding": an act announced is the announcer's own, so an
                // announcement that did not happen is an act that did not ("did not report the attack" is no such thing).
                if (base.equals("obj") && s.isNoun(cur) && lexicon.isAnnouncingVerb(s.lemma(gov)) && isNegated(s, gov)) {
                    result = stronger(result, Modality.NEGATED);
                }
                break;
            }
            Modality cue = governorCue(s, gov);
            // "made an attempt to detain him", "made no attempt to": the parser hangs the act on the
            // light verb, whose object is the cue.
            boolean infinitive = base.equals("xcomp") || base.equals("ccomp") && "to".equals(RoleFinder.marker(s, cur));
            int cueObject = cue == null && infinitive ? RoleFinder.dependent(s, gov, "obj") : -1;
            Modality objectCue = cueObject >= 0 ? governorCue(s, cueObject) : null;
            if (objectCue != null) cue = isNegated(s, cueObject) ? Modality.NEGATED : objectCue;
            if (cue != null) {
                // A negated negative governor ("did not rule out", "did not deny") leaves the door open.
                if (cue == Modality.NEGATED && isNegated(s, gov)) cue = Modality.HEDGED;
                else if (isNegated(s, gov) && cue != Modality.NEGATED) cue = Modality.NEGATED;
                result = stronger(result, cue);
            } else {
                Modality govLocal = ownModality(s, gov);
                // "will travel to Warsaw to discuss energy": an infinitive serving a plan is planned too.
                if (govLocal == Modality.PLANNED && (base.equals("xcomp") || purpose) && s.tag(cur).equals("VB")) {
                    result = stronger(result, Modality.PLANNED);
                }
                // "refused to withdraw", "made no attempt to detain him": an act a negated governor was to lead to.
                boolean leadsTo = base.equals("xcomp") || base.equals("acl") && s.isNoun(gov) && s.tag(cur).equals("VB");
                if (govLocal == Modality.HYPOTHETICAL || govLocal == Modality.NEGATED && leadsTo) {
                    result = stronger(result, govLocal);
                }
            }
            cur = gov;
        }
        return result;
    }

    /** No comma between the noun and its relative clause's verb ("commanders who", not "the RSF, which"). */
    private static boolean isRestrictive(SentenceView s, int noun, int clause) {
        if (clause < noun) return false;
        for (int t = noun + 1; t < clause; t++) if (s.word(t).equals(",")) return false;
        return true;
    }

    /** Is the noun the object or oblique of a verb whose own modality is hypothetical ("would sanction")? */
    private boolean reachedByHypothesis(SentenceView s, int noun) {
        int verb = s.governorOfObject(noun);
        return verb >= 0 && localModality(s, verb) == Modality.HYPOTHETICAL;
    }

    /**
     * "Meta said it would appeal": "would" under a past-tense reporting verb, with no condition in
     * sight, is the reported "will", a plan, not a hypothesis.
     */
    private boolean isFutureInThePast(SentenceView s, int trigger) {
        boolean would = false;
        for (SentenceView.Arc c : s.children(trigger)) {
            String w = s.word(c.token()).toLowerCase();
            if (c.relation().equals("aux") && (w.equals("would") || w.equals("'d"))) would = true;
            else if (c.relation().equals("aux") && lexicon.modalityCue("aux", w).isPresent()) return false;
            if (c.relation().startsWith("advcl:if") || c.relation().startsWith("advcl:unless")) return false;
        }
        if (!would) return false;
        int cur = trigger;
        for (int step = 0; step < 3; step++) {
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) return false;
            if (up.relation().startsWith("conj")) { cur = up.token(); continue; }
            int gov = up.token();
            return (up.relation().startsWith("ccomp") || up.relation().equals("parataxis"))
                    && lexicon.isReportingVerb(s.lemma(gov)) && (s.tag(gov).equals("VBD") || s.tag(gov).equals("VBN"));
        }
        return false;
    }

    /**
     * Does the actor decline the act ("would not allow", "will not sign", "refused to meet")? Then
     * CAMEO codes the refusal. "has not yet signed" is no refusal, only a delay.
     */
    boolean isDeclined(SentenceView s, int trigger) {
        for (SentenceView.Arc c : s.children(trigger, "advmod")) {
            if (s.lemma(c.token()).equalsIgnoreCase("yet")) return false;
        }
        return isNegated(s, trigger) || isRefusedAbove(s, trigger);
    }

    /** Is the act the complement of a refusal ("refused to meet", "declined to comment")? */
    boolean isRefusedAbove(SentenceView s, int trigger) {
        SentenceView.Arc up = s.parent(trigger);
        return up != null && up.token() >= 0 && up.relation().equals("xcomp") && !isNegated(s, up.token())
                && lexicon.modalityCue("governor", s.lemma(up.token())).map(c -> c.modality() == Modality.NEGATED).orElse(false)
                && s.isVerb(up.token());
    }

    /** Is the act only offered ("ready to discuss", "willing to help")? Then CAMEO codes it as intent (03). */
    boolean underIntent(SentenceView s, int trigger) {
        return underIntent(s, trigger, false);
    }

    /**
     * Whether the act is under a cue of willingness; with {@code openness}, also under a refusal to
     * exclude it ("did not rule out meeting Li Qiang"), which reads as willingness only for acts of
     * cooperation: "did not rule out barring him" stays the hedged act, not a threat.
     */
    boolean underIntent(SentenceView s, int trigger, boolean openness) {
        // "Russia, which has bases there, offered to mediate": CoreNLP may tag the intent verb as the
        // infinitive's auxiliary.
        for (SentenceView.Arc a : s.children(trigger, "aux")) {
            if (lexicon.modalityCue("intent", s.lemma(a.token())).isPresent()) return true;
        }
        int cur = trigger;
        for (int step = 0; step < 3; step++) {
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) return false;
            String base = up.relation().split(":")[0];
            // "open to a respectful dialogue", "ready for talks": an act noun after an intent adjective,
            // or beside it on the verb the parser hung both on ("remained open to dialogue").
            String marker = RoleFinder.marker(s, cur);
            boolean actNoun = step == 0 && s.isNoun(cur) && (base.equals("obl") || base.equals("nmod"))
                    && (marker.equals("to") || marker.equals("for"));
            if (actNoun && s.isVerb(up.token())) {
                for (SentenceView.Arc c : s.children(up.token(), "xcomp")) {
                    if (s.tag(c.token()).startsWith("JJ") && isIntent(s, c.token(), openness)) return true;
                }
            }
            actNoun &= s.tag(up.token()).startsWith("JJ");
            if (!(base.equals("xcomp") || base.equals("acl") || base.equals("ccomp") || base.equals("advcl") || actNoun)) return false;
            if (isIntent(s, up.token(), openness)) return true;
            cur = up.token();
        }
        return false;
    }

    /** "ready", "willing", "keen"; "open" only as an adjective ("open to talks", not "opened fire"). */
    private boolean isIntent(SentenceView s, int token, boolean openness) {
        String lemma = s.lemma(token);
        return lexicon.modalityCue("intent", lemma).isPresent()
                || s.tag(token).startsWith("JJ") && lexicon.modalityCue("intent-adjective", lemma).isPresent()
                || openness && isNegated(s, token) && phrasalCue(s, token, "intent-when-negated");
    }

    /** Whether the token's lemma with its particle ("rule out") is a cue of {@code kind}. */
    private boolean phrasalCue(SentenceView s, int token, String kind) {
        for (SentenceView.Arc prt : s.children(token, "compound:prt")) {
            if (lexicon.modalityCue(kind, s.lemma(token) + " " + s.lemma(prt.token())).isPresent()) return true;
        }
        return false;
    }

    /** A governor cue by lemma, or by lemma and particle ("rule out", "call off"). */
    private Modality governorCue(SentenceView s, int gov) {
        for (SentenceView.Arc prt : s.children(gov)) {
            if (!(prt.relation().equals("compound:prt") || prt.relation().equals("advmod"))) continue;
            var phrasal = lexicon.modalityCue("governor", s.lemma(gov) + " " + s.lemma(prt.token()));
            if (phrasal.isPresent()) return phrasal.get().modality();
        }
        return lexicon.modalityCue("governor", s.lemma(gov)).map(Lexicon.ModalityCue::modality).orElse(null);
    }

    /** Negation, modal auxiliaries, adverbs and "if" attached to the token itself. */
    /** A verb's own modality, a "would" under a past reporting verb read as the plan it reports. */
    private Modality ownModality(SentenceView s, int verb) {
        Modality m = localModality(s, verb);
        return m == Modality.HYPOTHETICAL && isFutureInThePast(s, verb) ? Modality.PLANNED : m;
    }

    private Modality localModality(SentenceView s, int i) {
        Modality m = Modality.ASSERTED;
        for (SentenceView.Arc c : s.children(i)) {
            String rel = c.relation();
            String w = s.word(c.token()).toLowerCase();
            String lemma = s.lemma(c.token());
            if (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) {
                if (lexicon.modalityCue("negation", w).isPresent() || lexicon.modalityCue("negation", lemma).isPresent()) {
                    return Modality.NEGATED;
                }
                // Two-word adverbs are keyed with the word after them: "stopped short of condemning".
                String next = c.token() + 1 < s.size() ? " " + s.word(c.token() + 1).toLowerCase() : "";
                var adverb = lexicon.modalityCue("adverb", lemma).or(() -> lexicon.modalityCue("adverb", lemma + next));
                if (adverb.isPresent()) m = stronger(m, adverb.get().modality());
            } else if (rel.equals("aux") || rel.equals("aux:pass")) {
                var aux = lexicon.modalityCue("aux", w).or(() -> lexicon.modalityCue("aux", lemma));
                if (aux.isPresent()) m = stronger(m, aux.get().modality());
            } else if (rel.equals("mark")) {
                var mark = lexicon.modalityCue("mark", lemma);
                if (mark.isPresent()) m = stronger(m, mark.get().modality());
                // Headline style "Halvard to Buy Norvane": an infinitive heading the sentence is a plan.
                if (lemma.equals("to") && s.isVerb(i) && s.parent(i) == null) m = stronger(m, Modality.PLANNED);
            }
        }
        return m;
    }

    /** "did not", "never"; for a noun, "no" too ("made no attempt to detain him", "has no plans to"). */
    boolean isNegated(SentenceView s, int i) {
        for (SentenceView.Arc c : s.children(i)) {
            boolean negator = c.relation().equals("advmod") || c.relation().equals("neg") || c.relation().equals("det") && s.isNoun(i);
            if (negator && lexicon.modalityCue("negation", s.word(c.token()).toLowerCase()).isPresent()) return true;
        }
        return false;
    }

    /** Which of two modalities wins when both apply: a denial beats a condition beats a hedge beats a plan. */
    static Modality stronger(Modality a, Modality b) {
        List<Modality> order = List.of(Modality.ASSERTED, Modality.PLANNED, Modality.HEDGED, Modality.HYPOTHETICAL, Modality.NEGATED);
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }
}
