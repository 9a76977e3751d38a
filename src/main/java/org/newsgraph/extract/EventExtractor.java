package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds CAMEO events in one sentence: verbs, nominalisations and predicative adjectives listed
 * in {@code event-triggers.tsv}, with actor and target read from the dependency roles (passives
 * and "receive"-type verbs swap them), the modality from {@link ModalityFinder}, the speaker
 * of reported speech as attribution, and praise or criticism reported through a speech verb
 * ("X said the talks were constructive").
 */
final class EventExtractor {
    /** CAMEO codes for an evaluation reported by a speech verb. */
    static final String PRAISE = "051";
    static final String CRITICISM = "111";
    private static final Set<String> LIGHT_VERB_RELATIONS = Set.of("obj", "obl", "xcomp", "nsubj:pass");

    /** An event found in a sentence, with the token it hangs on (for attaching times later). */
    record Found(Event event, int sentenceIndex, int anchor, int objectHead) {
        Found(Event event, int sentenceIndex, int anchor) { this(event, sentenceIndex, anchor, -1); }
    }

    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final Discourse discourse;
    private final RoleFinder roles;
    private final ModalityFinder modality;

    EventExtractor(Lexicon lexicon, ResolvedEntities entities, Discourse discourse) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.discourse = discourse;
        this.roles = new RoleFinder(entities, lexicon, discourse);
        this.modality = new ModalityFinder(lexicon);
    }

    List<Found> extract(SentenceView s) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (isInsideName(s, i)) continue;
            char pos = posOf(s, i);
            if (pos == 0) continue;
            TriggerEntry entry = chooseEntry(s, i, pos);
            if (entry == null && pos == 'V' && s.tag(i).equals("VBN")) entry = chooseEntry(s, i, pos = 'A');
            if (entry != null) found.addAll(fromTrigger(s, i, pos, entry));
            if (pos == 'V' && lexicon.speechKind(s.lemma(i)) != null) found.addAll(fromEvaluation(s, i));
        }
        found = withoutRestatedNouns(found);
        for (Found f : found) discourse.eventSeen(f.event(), s.index());
        return found;
    }

    /**
     * "Petro remains committed to cooperation with the US": the noun restates the act of its
     * governing trigger by the same actor, so only the governing event is kept.
     */
    private static List<Found> withoutRestatedNouns(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean restated = false;
            for (Found g : found) {
                if (g != f && g.objectHead() == f.anchor() && g.event().actorKey().equals(f.event().actorKey())) restated = true;
            }
            if (!restated) kept.add(f);
        }
        return kept;
    }

    private boolean isInsideName(SentenceView s, int i) {
        return s.isProperNoun(i) && entities.entityAt(s.index(), i) != null;
    }

    private static char posOf(SentenceView s, int i) {
        SentenceView.Arc p = s.parent(i);
        if (p != null && (p.relation().equals("aux") || p.relation().equals("cop") || p.relation().startsWith("aux:"))) return 0;
        if (s.isVerb(i)) return 'V';
        if (s.isNoun(i) && !s.isProperNoun(i)) return 'N';
        if (s.tag(i).startsWith("JJ")) return 'A';
        return 0;
    }

    /** A row whose "requires" word is present beats a general row; a row whose "requires" is absent never fires. */
    private TriggerEntry chooseEntry(SentenceView s, int i, char pos) {
        List<TriggerEntry> rows = new ArrayList<>(lexicon.triggers(s.lemma(i), pos));
        if (pos == 'V') {
            for (SentenceView.Arc prt : s.children(i, "compound:prt")) {
                rows.addAll(0, lexicon.triggers(s.lemma(i) + " " + s.lemma(prt.token()), pos));
            }
        }
        TriggerEntry general = null;
        for (TriggerEntry e : rows) {
            if (e.requires().isEmpty()) {
                // Of several general senses, the one whose preposition is present ("call on" = appeal).
                if (general == null || !hasPreposition(s, i, general.targetPreps()) && hasPreposition(s, i, e.targetPreps())) {
                    general = e;
                }
            } else if (requirementMet(s, i, pos, e.requires()) >= 0) {
                return e;
            }
        }
        return general;
    }

    private static boolean hasPreposition(SentenceView s, int i, List<String> preps) {
        return prepositionalHead(s, i, preps) >= 0;
    }

    /** The token that satisfies a "requires" list (object, modifier, or the object of a phrase), or -1. */
    static int requirementMet(SentenceView s, int i, char pos, List<String> required) {
        List<SentenceView.Arc> deps = new ArrayList<>();
        if (pos == 'V') {
            deps.addAll(s.children(i, "obj"));
            deps.addAll(s.children(i, "obl"));
            deps.addAll(s.children(i, "xcomp"));
            deps.addAll(s.children(i, "nsubj:pass"));
        } else if (pos == 'N') {
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
            if (required.contains(s.lemma(d.token())) || required.contains(s.word(d.token()).toLowerCase())) return d.token();
        }
        return -1;
    }

    private List<Found> fromTrigger(SentenceView s, int i, char pos, TriggerEntry entry) {
        List<String> actors;
        List<String> targets;
        double confidence = 0.85;
        boolean actorInferred = false;
        int objectHead;
        if (pos == 'V') {
            boolean passive = !s.children(i, "nsubj:pass").isEmpty() || !s.children(i, "aux:pass").isEmpty();
            if (passive) {
                actors = roles.agentsBy(s, i, "obl:agent", "obl:by", "nmod:agent");
                targets = roles.agentsBy(s, i, "nsubj:pass");
                objectHead = RoleFinder.dependent(s, i, "nsubj:pass");
            } else {
                actors = roles.agentsBy(s, i, "nsubj", "nsubj:xsubj");
                targets = roles.agentsBy(s, i, "obj", "iobj");
                objectHead = RoleFinder.dependent(s, i, "obj");
                if (targets.isEmpty()) {
                    targets = roles.prepositionalTargets(s, i, entry.targetPreps(), false);
                    if (objectHead < 0) objectHead = prepositionalHead(s, i, entry.targetPreps());
                }
                if (objectHead < 0 && !entry.requires().isEmpty()) {
                    // "hinted at the possibility of military action": the matched content is the object.
                    objectHead = requirementMet(s, i, pos, entry.requires());
                }
            }
            if (actors.isEmpty()) actors = inheritedSubject(s, i);
            if (actors.isEmpty()) {
                int subject = RoleFinder.dependent(s, i, passive ? "obl:agent" : "nsubj");
                String author = subject >= 0 ? roles.possessor(s, subject) : null;
                if (author == null && subject >= 0 && isUtterance(s, subject)) author = discourse.lastActor();
                if (author != null) {
                    actors = List.of(author);
                    confidence = 0.55;
                }
            }
        } else if (pos == 'N') {
            actors = roles.agentsBy(s, i, "nmod:poss", "nmod:by", "nmod:agent", "compound", "amod");
            targets = roles.prepositionalTargets(s, i, entry.targetPreps(), true);
            objectHead = prepositionalHead(s, i, entry.targetPreps());
            if (actors.isEmpty()) {
                actors = lightVerbSubject(s, i);
                actorInferred = true;
                confidence = 0.7;
            }
        } else {
            actors = roles.agentsBy(s, i, "nsubj");
            targets = roles.prepositionalTargets(s, i, entry.targetPreps(), false);
            objectHead = prepositionalHead(s, i, entry.targetPreps());
            if (actors.isEmpty()) actors = inheritedSubject(s, i);
        }

        if (entry.isRecipientSubject()) {
            List<String> recipients = actors;
            actors = roles.agentsBy(s, i, "obl:from", "nmod:from");
            targets = recipients;
        }

        Attribution attribution = attribution(s, i);
        if (actors.isEmpty() && pos == 'N' && !targets.isEmpty() && attribution.speaker != null
                && !targets.contains(attribution.speaker)) {
            // "X said the call with Y was constructive": X was on the call.
            actors = List.of(attribution.speaker);
            actorInferred = true;
            confidence = 0.5;
        }
        if (actors.isEmpty() && entry.isRecipientSubject() && !targets.isEmpty()) {
            String giver = discourse.counterpartOf(targets.get(0));
            if (giver != null) {
                actors = List.of(giver);
                confidence = 0.5;
            }
        }
        if (actors.isEmpty()) return List.of();

        if (entry.isSymmetric() && targets.isEmpty() && actors.size() >= 2) {
            List<String> pair = orderPair(actors, attribution.speaker);
            actors = List.of(pair.get(0));
            targets = List.of(pair.get(1));
        }
        if (targets.isEmpty() && objectHead >= 0) {
            // "criticised Beijing's export restrictions": the possessor is who is criticised.
            String owner = roles.possessor(s, objectHead);
            if (owner != null && !actors.contains(owner)) targets = List.of(owner);
        }
        if (targets.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead)) {
            // "accepted the invitation": the act refers back to an earlier one, whose actor is the target.
            for (TriggerEntry named : lexicon.triggers(s.lemma(objectHead), 'N')) {
                String earlier = discourse.lastActorOf(named.cameo());
                if (earlier != null && !actors.contains(earlier)) {
                    targets = List.of(earlier);
                    confidence = Math.min(confidence, 0.6);
                    break;
                }
            }
        }
        if (targets.isEmpty() && pos == 'V') {
            String host = roles.destinationHost(s, i);
            if (host != null && !actors.contains(host)) targets = List.of(host);
        }
        if (targets.isEmpty() && pos != 'N' && roles.isNonEntityPhrase(s, objectHead)
                && !lexicon.isAudienceNoun(s.lemma(objectHead))) {
            String other = discourse.counterpartOf(actors.get(0));
            if (other != null) {
                targets = List.of(other);
                confidence = Math.min(confidence, 0.55);
            }
        }

        // A consultation needs a partner; a nominal act whose actor was only inferred needs a target.
        if (targets.isEmpty() && (entry.isSymmetric() || pos == 'N' && actorInferred)) return List.of();

        Modality m = modality.of(s, i);
        if (attribution.denied && m == Modality.ASSERTED) m = Modality.NEGATED;
        String cameo = entry.cameo();
        if (modality.underIntent(s, i) && lexicon.intentCode(cameo) != null) cameo = lexicon.intentCode(cameo);
        List<Found> out = new ArrayList<>();
        String place = roles.place(s, i);
        for (String actor : actors) {
            String target = targets.isEmpty() ? null : targets.get(0);
            if (actor.equals(target)) target = targets.size() > 1 ? targets.get(1) : null;
            String attributedTo = attribution.speaker;
            Event e = new Event(cameo, actor, target, place, null, m, attributedTo, s.textOf(i, i),
                    List.of(s.span(i, i)), attribution.speaker != null ? confidence - 0.05 : confidence);
            out.add(new Found(e, s.index(), i, objectHead));
        }
        return out;
    }

    private static int prepositionalHead(SentenceView s, int i, List<String> preps) {
        for (String p : preps) {
            int d = RoleFinder.dependent(s, i, "obl:" + p, "nmod:" + p);
            if (d >= 0) return d;
        }
        return -1;
    }

    /** Participles and controlled verbs share the subject of the verb they hang on. */
    private List<String> inheritedSubject(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        if (up == null || up.token() < 0) return List.of();
        String rel = up.relation();
        if (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj")) {
            return roles.agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
        }
        if (rel.startsWith("acl")) {
            // "comments hinting at ..." modify their agent; "X has been a partner, receiving ..."
            // hangs on a copular predicate whose subject is the agent.
            List<String> modified = roles.agents(s, up.token());
            return modified.isEmpty() ? roles.agentsBy(s, up.token(), "nsubj") : modified;
        }
        return List.of();
    }

    /** "Petro remains committed to cooperation": the noun's governing predicate supplies the actor. */
    private List<String> lightVerbSubject(SentenceView s, int noun) {
        SentenceView.Arc up = s.parent(noun);
        if (up == null || up.token() < 0) return List.of();
        String base = up.relation().split(":")[0];
        if (!LIGHT_VERB_RELATIONS.contains(base) && !up.relation().equals("nsubj:pass")) return List.of();
        if (lexicon.isReportingVerb(s.lemma(up.token()))) return List.of();
        List<String> subject = roles.agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
        return subject.isEmpty() ? inheritedSubject(s, up.token()) : subject;
    }

    private boolean isUtterance(SentenceView s, int noun) {
        return lexicon.isUtteranceNoun(s.lemma(noun));
    }

    private static List<String> orderPair(List<String> pair, String speaker) {
        if (speaker != null && pair.contains(speaker) && !pair.get(0).equals(speaker)) {
            return List.of(pair.get(1), pair.get(0));
        }
        return pair;
    }

    // ---- reported speech ----

    /** Who a clause is attributed to, and whether the reporting verb denies it. */
    record Attribution(String speaker, boolean denied) {}

    private static final Attribution NONE = new Attribution(null, false);

    Attribution attribution(SentenceView s, int trigger) {
        int cur = trigger;
        for (int step = 0; step < 6; step++) {
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) break;
            int gov = up.token();
            String kind = lexicon.isReportingVerb(s.lemma(gov)) ? lexicon.speechKind(s.lemma(gov)) : null;
            String rel = up.relation();
            if (kind != null && (rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("xcomp")
                    || rel.startsWith("dep") || rel.startsWith("obl:as"))) {
                List<String> speaker = roles.agentsBy(s, gov, "nsubj");
                if (speaker.isEmpty()) speaker = inheritedSubject(s, gov);
                return new Attribution(speaker.isEmpty() ? null : speaker.get(0), kind.equals("deny"));
            }
            cur = gov;
        }
        List<String> source = accordingTo(s);
        return source.isEmpty() ? NONE : new Attribution(source.get(0), false);
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

    // ---- evaluations reported through speech ----

    /** "X said the talks with Y were constructive" → X praises Y; "called the move reckless" → criticism. */
    private List<Found> fromEvaluation(SentenceView s, int verb) {
        List<String> speaker = roles.agentsBy(s, verb, "nsubj");
        if (speaker.isEmpty()) speaker = inheritedSubject(s, verb);
        if (speaker.isEmpty()) return List.of();
        for (SentenceView.Arc c : s.children(verb)) {
            String rel = c.relation();
            if (!(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.equals("obl:as"))) continue;
            String polarity = lexicon.evaluation(s.lemma(c.token()));
            boolean onPredicate = polarity != null;
            // "called the announcement a constructive move": the judgement sits on the predicate noun.
            for (SentenceView.Arc mod : s.children(c.token(), "amod")) {
                if (polarity == null) polarity = lexicon.evaluation(s.lemma(mod.token()));
            }
            if (polarity == null) continue;
            int judged = rel.startsWith("xcomp") ? RoleFinder.dependent(s, verb, "obj") : -1;
            String target = evaluatedEntity(s, judged >= 0 ? judged : c.token(), speaker.get(0));
            if (target == null && judged >= 0) {
                // "welcomed the announcement", "called the announcement constructive": whose announcement.
                for (TriggerEntry named : lexicon.triggers(s.lemma(judged), 'N')) {
                    String earlier = discourse.lastActorOf(named.cameo());
                    if (earlier != null && !earlier.equals(speaker.get(0))) { target = earlier; break; }
                }
            }
            // Only a judgement stated outright ("said the talks were constructive") may fall back on the
            // article's counterpart; "described as a friendly call" names no one judged.
            if (target == null && onPredicate) target = discourse.counterpartOf(speaker.get(0));
            if (target == null) continue;
            String code = polarity.equals("positive") ? PRAISE : CRITICISM;
            Event e = new Event(code, speaker.get(0), target, null, null, modality.of(s, verb), null,
                    s.textOf(verb, verb) + " … " + s.textOf(c.token(), c.token()),
                    List.of(s.span(Math.min(verb, c.token()), Math.max(verb, c.token()))), 0.6);
            return List.of(new Found(e, s.index(), verb));
        }
        return List.of();
    }

    /** The first agent inside the subject of an evaluative predicate, other than the speaker. */
    private String evaluatedEntity(SentenceView s, int predicate, String speaker) {
        int subject = RoleFinder.dependent(s, predicate, "nsubj");
        int root = subject >= 0 ? subject : predicate;
        for (int t : s.subtree(root)) {
            for (String k : roles.agents(s, t)) if (!k.equals(speaker)) return k;
        }
        return null;
    }
}
