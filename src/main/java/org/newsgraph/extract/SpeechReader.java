package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reporting and naming verbs tell: who a clause is attributed to ("X said ...",
 * "according to X", denials, and the speaker of a direct quote it stands in, over however many
 * sentences the quote runs), and praise or criticism reported through speech ("X said the
 * talks were constructive", "called the move reckless").
 */
final class SpeechReader {
    /** CAMEO codes for an evaluation reported by a speech verb. */
    static final String PRAISE = "051";
    static final String CRITICISM = "111";
    static final String REJECTION = "120";

    private final Lexicon lexicon;
    private final Discourse discourse;
    private final RoleFinder roles;
    private final ModalityFinder modality;
    /** The reporting clause found for each quote of the article. */
    private final Map<Quotations.Quote, Report> quoteReports = new HashMap<>();

    SpeechReader(Lexicon lexicon, Discourse discourse, RoleFinder roles, ModalityFinder modality) {
        this.lexicon = lexicon;
        this.discourse = discourse;
        this.roles = roles;
        this.modality = modality;
    }

    /**
     * Who a clause is attributed to, and whether the reporting verb denies it. {@code unclaimed}:
     * the clause is inside a direct quote nobody is reported to have said, so it is neither the
     * author's statement nor anyone's known claim.
     */
    record Attribution(String speaker, boolean denied, boolean unclaimed) {
        Attribution(String speaker, boolean denied) { this(speaker, denied, false); }
    }

    private static final Attribution NONE = new Attribution(null, false);
    private static final Attribution UNCLAIMED = new Attribution(null, false, true);

    /**
     * The speaker the parse gives (a reporting verb governing the clause or closing the sentence,
     * "according to X"); failing that, the speaker of the direct quote the trigger stands in.
     */
    Attribution attribution(SentenceView s, int trigger) {
        // "…, a claim Islamabad denied": the narrator reports the denial, whoever made the claim.
        if (lexicon.isReportingVerb(s.lemma(trigger)) && restatesClaim(s, trigger)) return NONE;
        Attribution parsed = parsedAttribution(s, trigger);
        if (parsed.speaker() != null) return parsed;
        Attribution quoted = quoted(s, trigger);
        return parsed.denied() ? new Attribution(quoted.speaker(), true, quoted.unclaimed()) : quoted;
    }

    private Attribution parsedAttribution(SentenceView s, int trigger) {
        // "blames the group for a series of attacks": the nominal act is the accuser's claim.
        int accusing = s.isNoun(trigger) ? roles.accusingVerb(s, trigger) : -1;
        if (accusing >= 0) return reportedBy(s, accusing, "say");
        int cur = trigger;
        for (int step = 0; step < 6; step++) {
            Attribution trailing = trailingReport(s, cur, trigger);
            if (trailing != null) return trailing;
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) break;
            int gov = up.token();
            String kind = lexicon.isReportingVerb(s.lemma(gov)) ? lexicon.speechKind(s.lemma(gov)) : null;
            String rel = up.relation();
            if (isAccusedAct(s, cur, gov, rel)) return reportedBy(s, gov, "say");
            if (kind != null && (rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("xcomp")
                    || rel.startsWith("dep") || rel.startsWith("obl:as"))) {
                return reportedBy(s, gov, kind);
            }
            // "said after hosting talks": an adjunct of the reporting clause is the speaker's own
            // circumstance, not something reported.
            if (kind != null) return NONE;
            cur = gov;
        }
        Attribution closing = closingReport(s, trigger);
        if (closing != null) return closing;
        List<String> source = accordingTo(s);
        return source.isEmpty() ? NONE : new Attribution(source.get(0), false);
    }

    /**
     * "Von der Leyen will travel to Tokyo, the Commission said": the parser hangs the reporting
     * verb under the reported clause (parataxis), so it is found among the clause's children.
     */
    private Attribution trailingReport(SentenceView s, int clause, int trigger) {
        if (!s.isVerb(clause) && s.children(clause, "nsubj").isEmpty() && s.children(clause, "nsubj:pass").isEmpty()) return null;
        for (SentenceView.Arc c : s.children(clause)) {
            // The reporting verb may be the trigger itself ("…, a diplomat warned"): it reports others, not itself.
            if (!(c.relation().startsWith("parataxis") || c.relation().equals("dep")) || c.token() < clause || c.token() == trigger) continue;
            String lemma = s.lemma(c.token());
            // "…, a penalty the trader is still contesting": the verb is about the noun it leaves out.
            if (lexicon.isReportingVerb(lemma) && !restatesClaim(s, c.token()) && RoleFinder.gappedObject(s, c.token()) < 0) {
                return reportedBy(s, c.token(), lexicon.speechKind(lemma));
            }
        }
        return null;
    }

    /**
     * "…, where she is expected to meet X, the Commission said in a statement.": a reporting clause
     * set off by a comma at the end of the sentence reports everything before it, wherever the parser
     * hung it (often as a stray "dep" or "xcomp" deep in the last clause, its subject misread as an
     * apposition). The clause is recognised by its words, not its arcs: a comma, a noun phrase or
     * nothing, the reporting verb, and no other verb up to the end.
     */
    private Attribution closingReport(SentenceView s, int trigger) {
        int verb = -1;
        for (int v = s.size() - 1; v > trigger && verb < 0; v--) {
            // Participles after the verb belong to its own adjuncts ("said after hosting talks").
            if (s.isVerb(v) && !s.tag(v).equals("VBG") && !s.tag(v).equals("VBN")) {
                if (!lexicon.isReportingVerb(s.lemma(v))) return null;
                verb = v;
            }
        }
        if (verb < 0 || !s.children(verb, "ccomp").isEmpty() || hasOwnObject(s, verb) || RoleFinder.gappedObject(s, verb) >= 0) return null;
        int comma = verb - 1;
        while (comma > trigger && !s.word(comma).equals(",")) {
            if (s.isVerb(comma) || s.tag(comma).startsWith("W")) return null;
            comma--;
        }
        if (comma <= trigger) return null;
        if (restatesClaim(s, verb)) return null;
        String kind = lexicon.speechKind(s.lemma(verb));
        // "…, said X": the speaker follows the verb.
        if (comma == verb - 1) return reportedBy(s, verb, kind);
        // Otherwise the speaker is the noun phrase between the comma and the verb, whatever the parser
        // made its subject (it often takes a noun from the reported clause).
        for (int head = verb - 1; head > comma; head--) {
            if (!s.isNoun(head) && !s.isPronoun(head)) continue;
            return attributedTo(roles.agents(s, head), kind);
        }
        return null;
    }

    /**
     * "…, a charge the Taliban deny", "…, a claim Islamabad denied": a reporting verb after a claim
     * noun reports on the claim the noun restates, not on the sentence it closes.
     */
    boolean restatesClaim(SentenceView s, int verb) {
        for (int k = verb - 1; k >= 0 && !s.word(k).equals(","); k--) {
            if (s.isNoun(k) && lexicon.isClaimNoun(s.lemma(k))) return true;
        }
        return false;
    }

    /**
     * "…, a charge the army denied": a reporting verb with an object of its own reports that object,
     * not the sentence. Its audience ("told reporters") is no such object.
     */
    private boolean hasOwnObject(SentenceView s, int verb) {
        for (SentenceView.Arc o : s.children(verb, "obj")) {
            if (!lexicon.isAudienceNoun(s.lemma(o.token())) && roles.agents(s, o.token()).isEmpty()) return true;
        }
        return false;
    }

    /** "accused Pakistan of carrying out strikes", "blamed the TTP for attacks": the act is the accuser's claim. */
    private boolean isAccusedAct(SentenceView s, int act, int verb, String relation) {
        if (!"accuse".equals(lexicon.speechKind(s.lemma(verb)))) return false;
        String marker = RoleFinder.marker(s, act);
        return (relation.startsWith("advcl") || relation.startsWith("obl")) && (marker.equals("of") || marker.equals("for"));
    }

    private Attribution reportedBy(SentenceView s, int verb, String kind) {
        // "did not deny that its aircraft had struck": not a denial (ModalityFinder hedges the content).
        if (kind.equals("deny") && modality.isNegated(s, verb)) kind = "say";
        return attributedTo(speakerOf(s, verb), kind);
    }

    private static Attribution attributedTo(List<String> speaker, String kind) {
        return new Attribution(speaker.isEmpty() ? null : speaker.get(0), kind.equals("deny"));
    }

    /** The subject of a verb of saying, or the one it shares with the verb it hangs on. */
    private List<String> speakerOf(SentenceView s, int verb) {
        List<String> speaker = roles.agentsBy(s, verb, "nsubj");
        return speaker.isEmpty() ? roles.inheritedSubject(s, verb) : speaker;
    }

    /** "According to US officials, ..." attributes the whole sentence. */
    private List<String> accordingTo(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            for (SentenceView.Arc c : s.children(i)) {
                if (c.relation().equals("obl:according_to") || c.relation().equals("nmod:according_to")) {
                    return roles.agents(s, c.token());
                }
            }
        }
        return List.of();
    }

    // ---- direct quotes ----

    /**
     * A quote's reporting clause: {@code found} when there is one next to the quote, {@code speaker}
     * the entity it names (null when it names none we know: "a diplomat said").
     */
    private record Report(boolean found, String speaker) {
        static final Report NONE = new Report(false, null);
        static final Report UNNAMED = new Report(true, null);
    }

    /**
     * The attribution a direct quote gives a token inside it: the quote's speaker; UNCLAIMED for a
     * quote standing as sentences of its own with no reporting clause near it; NONE outside quotes,
     * for a quoted phrase in the author's own sentence, and when the clause names nobody we know
     * (as for a clause the parse attributes).
     */
    private Attribution quoted(SentenceView s, int token) {
        Quotations quotes = discourse.quotations();
        Quotations.Quote q = quotes.at(s, token);
        if (q == null) return NONE;
        Report report = quoteReports.get(q);
        if (report == null) {
            // While its reporting clause is read, the quote has no speaker: a quoted "we" the clause's
            // roles reach is not bound to the speaker being looked for.
            quoteReports.put(q, Report.NONE);
            report = quoteReport(q);
            quoteReports.put(q, report);
        }
        if (report.speaker() != null) return new Attribution(report.speaker(), false);
        return !report.found() && quotes.isStandalone(q) ? UNCLAIMED : NONE;
    }

    /** Who is reported to have said the direct quote token {@code token} stands in, or null. */
    String quoteSpeaker(SentenceView s, int token) {
        return quoted(s, token).speaker();
    }

    /**
     * The reporting clause next to the quote names its speaker: after it ("…," X said / "…," said X /
     * "…," according to X), else before it (X said: "…" / X told reporters, "…" / a sentence before it
     * ending in a colon). A quote that resumes right after another quote's reporting clause
     * ("…," she said. "…") is that speaker's too. Nothing further away is guessed.
     */
    private Report quoteReport(Quotations.Quote q) {
        Report after = reportAfter(q);
        if (after.speaker() != null) return after;
        Report before = reportBefore(q);
        if (before.speaker() != null) return before;
        if (after.found() || before.found()) return Report.UNNAMED;
        Quotations.Quote p = discourse.quotations().previous(q);
        return p != null && discourse.quotations().followsReportOf(p, q) ? reportAfter(p) : Report.NONE;
    }

    private Report reportAfter(Quotations.Quote q) {
        Quotations.Stretch after = discourse.quotations().after(q);
        if (after.isEmpty()) return Report.NONE;
        if (after.adjoining()) return reportIn(after.sentence(), after.tokens(), false, false);
        // "Will they sign?" she asked.  The splitter may cut after the quote: a bare reporting
        // clause opening the next sentence still names the speaker.
        if ("?!.".indexOf(discourse.quotations().lastInside(q)) < 0) return Report.NONE;
        return reportIn(after.sentence(), after.tokens(), false, true);
    }

    private Report reportBefore(Quotations.Quote q) {
        Quotations.Stretch before = discourse.quotations().before(q);
        if (before.isEmpty()) return Report.NONE;
        String last = before.lastWord();
        // X said: "…" / X said, "…"; without the punctuation only before a quote of whole sentences.
        // A quote opening its sentence or paragraph is introduced by a sentence ending in a colon.
        boolean introduced = before.adjoining()
                ? last.equals(":") || last.equals(",") || discourse.quotations().isStandalone(q)
                : last.equals(":");
        return introduced ? reportIn(before.sentence(), before.tokens(), true, false) : Report.NONE;
    }

    /**
     * The reporting clause in {@code segment} (tokens of {@code s} outside any quote) and the speaker
     * it names. The clause's verb is the one introducing a quote nearest to it (the first after the
     * quote, the last before it); any other verb in between, outside a relative clause, means the
     * segment is the author's narrative, not a reporting clause. {@code bare}: the clause must report
     * nothing of its own (a sentence of its own after the quote).
     */
    private Report reportIn(SentenceView s, List<Integer> segment, boolean beforeQuote, boolean bare) {
        if (!hasWord(s, segment)) return Report.NONE;
        for (int t : segment) {
            for (SentenceView.Arc up : s.parents(t)) {
                if (up.relation().endsWith("according_to")) {
                    List<String> source = roles.agents(s, t);
                    return source.isEmpty() ? Report.UNNAMED : new Report(true, source.get(0));
                }
            }
        }
        int verb = -1;
        for (int k = 0; k < segment.size() && verb < 0; k++) {
            int t = segment.get(beforeQuote ? segment.size() - 1 - k : k);
            if (!s.isVerb(t)) continue;
            if (lexicon.introducesQuote(s.lemma(t))) verb = t;
            else if (isFinite(s, t) && !inRelativeClause(s, t)) return Report.NONE;
        }
        if (verb < 0) return Report.NONE;
        if (bare && (!s.children(verb, "ccomp").isEmpty() || hasOwnObject(s, verb))) return Report.NONE;
        SentenceView.Arc relay = s.parent(verb);
        if (relay != null && relay.token() >= 0 && segment.contains(relay.token()) && s.lemma(relay.token()).equals("quote")) verb = relay.token();
        int quoted = s.lemma(verb).equals("quote") ? RoleFinder.dependent(s, verb, "obj") : -1;
        if (quoted >= 0) {
            // "…," the agency quoted X as saying: X speaks, the agency only relays.
            List<String> speaker = roles.agents(s, quoted);
            return speaker.isEmpty() ? Report.UNNAMED : new Report(true, speaker.get(0));
        }
        int subject = RoleFinder.dependent(s, verb, "nsubj");
        if (subject >= 0 && segment.contains(subject)) {
            List<String> speaker = roles.agents(s, subject);
            if (!speaker.isEmpty()) return new Report(true, speaker.get(0));
        } else if (subject < 0) {
            List<String> speaker = roles.inheritedSubject(s, verb);
            SentenceView.Arc up = s.parent(verb);
            if (speaker.isEmpty() && s.tag(verb).equals("VBG") && up != null && up.token() >= 0) {
                // "X defended the plan, saying, "…"": the participle speaks for the clause it hangs on.
                speaker = roles.agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
            }
            if (!speaker.isEmpty()) return new Report(true, speaker.get(0));
        }
        // The parser took a word of the quote for the subject, or none: the nearest agent hanging on the
        // verb itself, before it ("X said"), then after it ("said X", often parsed as an object).
        int at = segment.indexOf(verb);
        for (int k = at - 1; k >= 0; k--) {
            List<String> a = dependentAgents(s, segment.get(k), verb);
            if (!a.isEmpty()) return new Report(true, a.get(0));
        }
        for (int k = at + 1; k < segment.size(); k++) {
            List<String> a = dependentAgents(s, segment.get(k), verb);
            if (!a.isEmpty()) return new Report(true, a.get(0));
        }
        return Report.UNNAMED;
    }

    /** The agents named by token {@code t} when it heads a noun phrase hanging directly on {@code verb}. */
    private List<String> dependentAgents(SentenceView s, int t, int verb) {
        if (!s.isNoun(t) && !s.isPronoun(t)) return List.of();
        SentenceView.Arc up = s.parent(t);
        return up != null && up.token() == verb ? roles.agents(s, t) : List.of();
    }

    private static boolean isFinite(SentenceView s, int t) {
        return s.isVerb(t) && !s.tag(t).equals("VBG") && !s.tag(t).equals("VBN");
    }

    private static boolean inRelativeClause(SentenceView s, int t) {
        SentenceView.Arc up = s.parent(t);
        return up != null && up.relation().startsWith("acl");
    }

    private static boolean hasWord(SentenceView s, List<Integer> tokens) {
        for (int t : tokens) if (Character.isLetterOrDigit(s.word(t).charAt(0))) return true;
        return false;
    }

    /** "X said the talks with Y were constructive" → X praises Y; "called the move reckless" → criticism. */
    List<EventExtractor.Found> fromEvaluation(SentenceView s, int verb) {
        // Inside a direct quote the judgement is the quoted speaker's claim, and nobody's in an unattributed one.
        Attribution quote = quoted(s, verb);
        if (quote.unclaimed()) return List.of();
        List<String> speaker = speakerOf(s, verb);
        SentenceView.Arc up = s.parent(verb);
        if (speaker.isEmpty() && up != null && up.token() >= 0 && up.relation().equals("dep") && s.tag(verb).equals("VBG")) {
            // "Meta said it would appeal the decision, calling it unjustified": a participle the parser
            // left as a bare "dep" still judges in the voice of the clause it closes.
            speaker = roles.agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
            if (speaker.isEmpty()) speaker = roles.inheritedSubject(s, up.token());
        }
        if (speaker.isEmpty()) return List.of();
        int misread = misreadPredicate(s, verb);
        List<SentenceView.Arc> complements = new ArrayList<>(s.children(verb));
        if (misread >= 0) complements.add(new SentenceView.Arc("xcomp", misread));
        for (SentenceView.Arc c : complements) {
            // "called the law a blatant attempt": the parser may read the predicate as a second object.
            String rel = c.token() == misread ? "xcomp" : c.relation();
            // "called the claim without merit": the predicate is what the judged thing lacks.
            boolean lacking = rel.equals("obl:without") && "name".equals(lexicon.speechKind(s.lemma(verb)));
            if (!(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.equals("obl:as") || lacking)) continue;
            boolean onPredicate = lexicon.evaluation(s.lemma(c.token())) != null;
            String polarity = polarityOf(s, c.token());
            if (polarity == null) continue;
            if (lacking) polarity = polarity.equals("positive") ? "negative" : "positive";
            // "described his arrest as an attack": the "as" phrase judges the object too.
            int judged = !(rel.startsWith("xcomp") || lacking || rel.equals("obl:as")) ? -1 : misread >= 0 ? namedBeside(s, verb)
                    : RoleFinder.dependent(s, verb, "obj");
            if (judged >= 0 && judged == misread) judged = judgedInCompound(s, misread);
            // "calling it unjustified" is often parsed as a small clause: "it" is the predicate's subject.
            // "said the decision was unfair": the reported clause's subject is what is judged.
            if (judged < 0 && (rel.startsWith("xcomp") || rel.startsWith("ccomp"))) judged = RoleFinder.dependent(s, c.token(), "nsubj");
            // "called his arrest an attack on union freedoms": an arrest is judged in whoever made it, not in the one arrested.
            boolean judgesArrest = judged >= 0 && lexicon.isPatientNoun(s.lemma(judged));
            String target = judgesArrest ? doerOfPatientAct(s, judged, speaker.get(0))
                    : evaluatedEntity(s, judged >= 0 ? judged : c.token(), speaker.get(0));
            if (target == null && judged >= 0) {
                // "welcomed the announcement", "called the announcement constructive": whose announcement.
                for (TriggerEntry named : lexicon.triggers(s.lemma(judged), 'N')) {
                    String earlier = discourse.lastActorOfFamily(named.cameo());
                    if (earlier != null && !earlier.equals(speaker.get(0))) { target = earlier; break; }
                }
            }
            if (target == null && judged >= 0 && lexicon.isUtteranceNoun(s.lemma(judged))) {
                // "called the announcement constructive": the statement reported last, by someone else.
                target = discourse.lastSpeakerOtherThan(speaker);
            }
            if (target == null && judged >= 0 && lexicon.isClaimNoun(s.lemma(judged))) {
                // "called the claim without merit": whoever made the claim, an accuser first.
                target = discourse.makerOfClaimAgainst(speaker);
            }
            if (target == null && judged >= 0 && (lexicon.isActReference(s.lemma(judged)) || isThingPronoun(s, judged))) {
                // "calling it unjustified", "called the move reckless": the act reported before.
                target = discourse.actorOfReferredAct(speaker);
            }
            // Only a judgement stated outright ("said the talks were constructive") may fall back on the
            // article's counterpart; "described as a friendly call" names no one judged.
            if (target == null && onPredicate) target = discourse.counterpartOf(speaker.get(0));
            if (target == null) continue;
            String code = judgementCode(s, c.token(), polarity);
            // Faulting a claim or an accusation ("called the accusation grotesque") rejects it.
            if (code.equals(CRITICISM) && judged >= 0 && lexicon.isClaimNoun(s.lemma(judged))) code = REJECTION;
            String claimant = quote.speaker() != null && !quote.speaker().equals(speaker.get(0)) ? quote.speaker() : null;
            Event e = new Event(code, speaker.get(0), target, null, null, modality.of(s, verb), claimant,
                    s.textOf(verb, verb) + " … " + s.textOf(c.token(), c.token()),
                    List.of(s.span(Math.min(verb, c.token()), Math.max(verb, c.token()))), 0.6);
            // Only a judged arrest or detention is marked as the judgement's object, so that it is not counted
            // again (EventExtractor); a judged call or meeting ("said the call was constructive") still happened.
            return List.of(new EventExtractor.Found(e, s.index(), verb, judgesArrest ? judged : -1));
        }
        return List.of();
    }

    /**
     * "\"This is an unjustified escalation. We will respond,\" Vos said": a quoted sentence whose main
     * predicate judges what its subject names praises or criticises, in the quote's speaker's voice,
     * whoever the subject names or, for "this", "it" and "the decision", the act reported before.
     * Under a reporting verb the same judgement is read by {@link #fromEvaluation}.
     */
    List<EventExtractor.Found> fromQuotedJudgement(SentenceView s, int predicate) {
        SentenceView.Arc up = s.parent(predicate);
        if (s.children(predicate, "cop").isEmpty() || up != null && up.token() >= 0) return List.of();
        String speaker = quoted(s, predicate).speaker();
        int subject = RoleFinder.dependent(s, predicate, "nsubj");
        if (speaker == null || subject < 0) return List.of();
        String polarity = polarityOf(s, predicate);
        if (polarity == null) return List.of();
        String target = evaluatedEntity(s, predicate, speaker);
        // "This is ...": the parser tags a demonstrative subject as a determiner.
        boolean demonstrative = s.tag(subject).equals("DT") && s.lemma(subject).matches("(?i)this|that");
        if (target == null && (isThingPronoun(s, subject) || demonstrative || lexicon.isActReference(s.lemma(subject)))) {
            target = discourse.actorOfReferredAct(List.of(speaker));
        }
        if (target == null || target.equals(speaker)) return List.of();
        String code = judgementCode(s, predicate, polarity);
        // The negation is read into the code ("not acceptable" criticises), so the judgement was made.
        Modality m = modality.isNegated(s, predicate) ? Modality.ASSERTED : modality.of(s, predicate);
        Event e = new Event(code, speaker, target, null, null, m, null, s.textOf(subject, predicate),
                List.of(s.span(Math.min(subject, predicate), Math.max(subject, predicate))), 0.55);
        return List.of(new EventExtractor.Found(e, s.index(), predicate));
    }

    /** "positive" or "negative" if the predicate judges, by its own word or, as in "a constructive move", its adjective; else null. */
    private String polarityOf(SentenceView s, int predicate) {
        String polarity = lexicon.evaluation(s.lemma(predicate));
        // "said Japan bears full responsibility": a verb that judges only with its object.
        for (SentenceView.Arc obj : s.isVerb(predicate) ? s.children(predicate, "obj") : List.<SentenceView.Arc>of()) {
            if (polarity == null) polarity = lexicon.evaluation(s.lemma(predicate) + " " + s.lemma(obj.token()));
        }
        for (SentenceView.Arc mod : s.children(predicate, "amod")) {
            if (polarity == null) polarity = lexicon.evaluation(s.lemma(mod.token()));
        }
        return polarity;
    }

    /** Praise or criticism; "was not acceptable": a negated praise is a criticism, and the other way round. */
    private String judgementCode(SentenceView s, int predicate, String polarity) {
        return polarity.equals("positive") != modality.isNegated(s, predicate) ? PRAISE : CRITICISM;
    }

    /**
     * The predicate of a naming verb ("called X Y") that the parser did not attach as one, or -1:
     * quotation marks around Y often make it a second object, an unlabelled dependent of X
     * ("called the decree \"a brazen attack\""), or an adjective after X.
     */
    int misreadPredicate(SentenceView s, int verb) {
        if (!"name".equals(lexicon.speechKind(s.lemma(verb)))) return -1;
        List<SentenceView.Arc> objects = s.children(verb, "obj");
        if (objects.size() == 2) return Math.max(objects.get(0).token(), objects.get(1).token());
        if (objects.size() != 1 || !s.children(verb, "xcomp").isEmpty()) return -1;
        int object = objects.get(0).token();
        // "calls Pakistan its iron brother": the named thing read as an indirect object.
        if (RoleFinder.dependent(s, verb, "iobj") >= 0) return object;
        // "called the levy protectionism": judged and judgement read as one compound noun.
        if (lexicon.evaluation(s.lemma(object)) != null && judgedInCompound(s, object) >= 0) return object;
        for (SentenceView.Arc d : s.children(object, "dep")) {
            if (d.token() > object && (s.isNoun(d.token()) || s.tag(d.token()).startsWith("JJ"))) return d.token();
        }
        // "called the accusation \"baseless\"": an adjective after its noun is the predicate, not a modifier.
        for (SentenceView.Arc d : s.children(object, "amod")) {
            if (d.token() > object && lexicon.evaluation(s.lemma(d.token())) != null) return d.token();
        }
        return -1;
    }

    /** What a naming verb with a misread predicate names: its indirect object, else its first object. */
    private static int namedBeside(SentenceView s, int verb) {
        int indirect = RoleFinder.dependent(s, verb, "iobj");
        return indirect >= 0 ? indirect : s.children(verb, "obj").get(0).token();
    }

    /** The noun before an evaluation noun in one compound ("the levy protectionism" → levy), or -1. */
    private static int judgedInCompound(SentenceView s, int evaluation) {
        for (SentenceView.Arc c : s.children(evaluation, "compound")) {
            if (c.token() < evaluation && s.isNoun(c.token())) return c.token();
        }
        return -1;
    }

    private static boolean isThingPronoun(SentenceView s, int token) {
        String w = s.word(token).toLowerCase();
        return s.isPronoun(token) && (w.equals("it") || w.equals("this") || w.equals("that"));
    }

    /**
     * Who did the act a patient noun names ("his arrest", "the detention"): its "by" phrase, else
     * whoever the article said holds its possessor, else the last actor of an act of that kind; null
     * when that is the speaker or nothing says.
     */
    private String doerOfPatientAct(SentenceView s, int noun, String speaker) {
        List<String> by = roles.agentsBy(s, noun, "nmod:by", "nmod:agent");
        String doer = by.isEmpty() ? null : by.get(0);
        String owner = doer == null ? roles.possessor(s, noun) : null;
        if (owner != null) doer = discourse.holderOf(owner);
        for (TriggerEntry named : lexicon.triggers(s.lemma(noun), 'N')) {
            if (doer == null) doer = discourse.lastActorOfFamily(named.cameo());
        }
        return doer == null || doer.equals(speaker) ? null : doer;
    }

    /**
     * The first agent inside the subject of an evaluative predicate, other than the speaker. A
     * clause on it is left out: in "called the accusation grotesque, noting that Paris has no
     * troops there" Paris is the speaker's own argument, not what is judged.
     */
    private String evaluatedEntity(SentenceView s, int predicate, String speaker) {
        int subject = RoleFinder.dependent(s, predicate, "nsubj");
        int root = subject >= 0 ? subject : predicate;
        Set<Integer> clauses = new java.util.HashSet<>();
        for (SentenceView.Arc c : s.children(root)) {
            if (c.relation().startsWith("acl") || c.relation().startsWith("advcl")) clauses.addAll(s.subtree(c.token()));
        }
        for (int t : s.subtree(root)) {
            if (clauses.contains(t)) continue;
            for (String k : roles.agents(s, t)) if (!k.equals(speaker)) return k;
        }
        return null;
    }
}
