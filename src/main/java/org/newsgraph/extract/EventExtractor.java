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
    private static final Set<String> LIGHT_VERB_RELATIONS = Set.of("obj", "obl", "xcomp", "nsubj:pass");
    /**
     * Prepositions by which an act's object names whom the act is aimed at ("steps against Russian
     * firms", "mediated a ceasefire between the two neighbours").
     */

    /** An event found in a sentence, with the token it hangs on (for attaching times later). */
    record Found(Event event, int sentenceIndex, int anchor, int objectHead) {
        Found(Event event, int sentenceIndex, int anchor) { this(event, sentenceIndex, anchor, -1); }

        Found withEvent(Event replaced) { return new Found(replaced, sentenceIndex, anchor, objectHead); }
    }

    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final Discourse discourse;
    private final RoleFinder roles;
    private final ModalityFinder modality;
    private final TriggerChooser triggers;
    private final SpeechReader speech;
    private final ImplicitTargets implicitTargets;

    EventExtractor(Lexicon lexicon, ResolvedEntities entities, Discourse discourse) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.discourse = discourse;
        QuotedFirstPerson firstPerson = new QuotedFirstPerson(entities);
        this.roles = new RoleFinder(entities, lexicon, discourse, firstPerson);
        this.modality = new ModalityFinder(lexicon);
        this.triggers = new TriggerChooser(lexicon);
        this.speech = new SpeechReader(lexicon, discourse, roles, modality);
        this.implicitTargets = new ImplicitTargets(lexicon, entities, discourse, roles, speech);
        firstPerson.hearSpeakersFrom(speech::quoteSpeaker);
    }

    List<Found> extract(SentenceView s) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (isInsideName(s, i)) continue;
            char pos = TriggerChooser.posOf(s, i);
            if (pos == 0) continue;
            TriggerEntry entry = triggers.chooseEntry(s, i, pos);
            if (entry == null && pos == 'V' && s.tag(i).equals("VBN")) entry = triggers.chooseEntry(s, i, pos = 'A');
            // "called the law a blatant attempt": a naming verb with a predicate names, it does not phone.
            if (entry != null && isNaming(s, i, pos)) entry = null;
            if (entry != null) found.addAll(fromTrigger(s, i, pos, entry));
            if (pos == 'V' && lexicon.speechKind(s.lemma(i)) != null) found.addAll(speech.fromEvaluation(s, i));
            if (pos == 'A' || pos == 'N') found.addAll(speech.fromQuotedJudgement(s, i));
        }
        found = withDeniedAccusations(s, withRepeatedActs(withoutRestatedNouns(s, found)));
        for (Found f : found) discourse.eventSeen(f.event(), s.index());
        return found;
    }

    /**
     * "Petro remains committed to cooperation with the US": the noun restates the act of its
     * governing trigger by the same actor (or of the same kind), so only the governing event is kept.
     * So does a noun whose stand-in is the object: "pledged 20 million pounds in emergency aid".
     */
    private List<Found> withoutRestatedNouns(SentenceView s, List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean restated = false;
            int standIn = inSentence(s, f.anchor()) ? RoleFinder.standIn(s, f.anchor(), lexicon) : -1;
            for (Found g : found) {
                boolean object = g.objectHead() == f.anchor() || standIn >= 0 && g.objectHead() == standIn;
                // "resumed talks mediated by Qatar": a mediation is not the act it mediates, unless the
                // act's noun took the mediator for its actor ("mediated a ceasefire between ...").
                boolean mediates = lexicon.codeHas(g.event().cameo(), "between-parties");
                // "declined to comment on her remarks": a governing act that names no target does not
                // swallow the one that does.
                boolean losesTarget = g.event().targetKey() == null && f.event().targetKey() != null;
                if (g != f && object && isJudgedArrest(s, g, f)) restated = true;
                if (g != f && object && !losesTarget && (g.event().actorKey().equals(f.event().actorKey())
                        || !mediates && sameRoot(g.event().cameo(), f.event().cameo()))) restated = true;
                // "issued a statement urging all sides to ...": the statement is told by the act it carries.
                if (g != f && f.event().cameo().startsWith("01") && carries(s, f.objectHead(), g.anchor())
                        && g.event().actorKey().equals(f.event().actorKey())) restated = true;
            }
            if (!restated) kept.add(f);
        }
        return kept;
    }

    /**
     * "described his detention as an attack": an arrest or a detention (patient-nouns.tsv) that a
     * reporting verb's judgement is about is the one reported before, not a new one.
     */
    private boolean isJudgedArrest(SentenceView s, Found judgement, Found noun) {
        return inSentence(s, judgement.anchor()) && lexicon.speechKind(s.lemma(judgement.anchor())) != null
                && inSentence(s, noun.anchor()) && lexicon.isPatientNoun(s.lemma(noun.anchor()));
    }

    private static boolean inSentence(SentenceView s, int token) {
        return token >= 0 && token < s.size();
    }

    /** Is {@code act} a participle on the said thing {@code noun} ("a statement urging ...")? */
    private static boolean carries(SentenceView s, int noun, int act) {
        if (noun < 0 || act < 0 || act >= s.size()) return false;
        SentenceView.Arc up = s.parent(act);
        return up != null && up.token() == noun && up.relation().startsWith("acl") && s.tag(act).equals("VBG");
    }

    /**
     * "Sofia recalled its envoy, and Skopje followed suit": a repeated act is the act reported just
     * before it (in this sentence, else the last one), done by the new subject; when the first act
     * was aimed at the new subject, the repetition answers it, else it is aimed where the first was.
     */
    private List<Found> withRepeatedActs(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Event repeat = f.event();
            if (!repeat.cameo().equals(TriggerChooser.SAME_ACT)) {
                out.add(f);
                continue;
            }
            Event before = discourse.lastEvent();
            for (Found g : out) if (g.anchor() < f.anchor()) before = g.event();
            if (before == null || before.actorKey().equals(repeat.actorKey())) continue;
            String target = repeat.actorKey().equals(before.targetKey()) ? before.actorKey() : before.targetKey();
            out.add(f.withEvent(new Event(before.cameo(), repeat.actorKey(), target, repeat.placeKey(), repeat.time(),
                    repeat.modality(), repeat.attributedToKey(), repeat.trigger(), repeat.evidence(), repeat.confidence(),
                    repeat.actingBodyKey(), before.theme())));
        }
        return out;
    }

    /**
     * "The ministry denied claims by Sofia that Panov had been beaten": the denial answers an
     * accusation (CAMEO 112) the claim's author made against the one who denies it, which the
     * article reports only through the denial.
     */
    private List<Found> withDeniedAccusations(SentenceView s, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found f : found) {
            Event denial = f.event();
            int claim = inSentence(s, f.anchor()) ? RoleFinder.dependent(s, f.anchor(), "obj") : -1;
            if (!isDenialOrRejection(denial.cameo()) || claim < 0 || !s.isNoun(claim) || !lexicon.isClaimNoun(s.lemma(claim))) continue;
            for (String author : roles.agentsBy(s, claim, "nmod:by", "nmod:agent", "nmod:poss")) {
                if (author.equals(denial.actorKey()) || discourse.isSameSide(author, List.of(denial.actorKey()))) continue;
                Event accusation = new Event("112", author, denial.actorKey(), denial.placeKey(), null, Modality.ASSERTED, null,
                        s.textOf(claim, claim), List.of(s.span(claim, claim)), Math.min(denial.confidence(), 0.6));
                out.add(new Found(accusation, s.index(), claim, -1));
            }
        }
        return out;
    }

    /** A denial (016) or a rejection (12): "denied the claims by Sofia", "rejected the charges by the army". */
    static boolean isDenialOrRejection(String cameo) {
        return cameo.equals("016") || cameo.startsWith("12");
    }

    /** "sanctions were imposed": the noun names the very act its verb reports, whoever the noun's actor seemed to be. */
    private static boolean sameRoot(String a, String b) {
        return a.substring(0, 2).equals(b.substring(0, 2));
    }

    /**
     * Whether the noun, through any "weeks of"-style measure nouns above it, is a role of a verb that can
     * host or broker what happens between others ("hosted talks between ...", "mediated a truce between
     * ..."): the verb's subject arranged it, the parties named only took part.
     */
    private boolean governedByArranger(SentenceView s, int noun) {
        // "after hosting talks between the two sides", "talks brokered by Qatar": the parser may hang the
        // arranging verb on the noun as a modifier.
        for (SentenceView.Arc c : s.children(noun)) {
            if ((c.relation().equals("amod") || c.relation().startsWith("acl")) && s.tag(c.token()).startsWith("VB") && arranges(s.lemma(c.token()))) return true;
        }
        int k = noun;
        for (int hops = 0; hops < 4; hops++) {
            SentenceView.Arc up = s.parent(k);
            if (up == null || up.token() < 0) return false;
            k = up.token();
            if (!s.isNoun(k)) {
                return s.tag(k).startsWith("VB") && arranges(s.lemma(k));
            }
        }
        return true;
    }

    /** A verb that can host or broker what others do (a sense coded "between-parties"). */
    private boolean arranges(String verbLemma) {
        for (TriggerEntry e : lexicon.triggers(verbLemma, 'V')) if (lexicon.codeHas(e.cameo(), "between-parties")) return true;
        return false;
    }

    private boolean isNaming(SentenceView s, int i, char pos) {
        // An object and its predicate: "called X Y"; "called on X to act" has no object.
        return pos == 'V' && "name".equals(lexicon.speechKind(s.lemma(i))) && RoleFinder.dependent(s, i, "obj") >= 0
                && RoleFinder.dependent(s, i, "compound:prt") < 0
                && (RoleFinder.dependent(s, i, "xcomp") >= 0 || speech.misreadPredicate(s, i) >= 0 || namesItsNoun(s, i)
                    || RoleFinder.dependent(s, i, "obl:without") >= 0);
    }

    /** "condemned what he called an unacceptable assault": the naming clause hangs on the noun it names. */
    private static boolean namesItsNoun(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        int object = RoleFinder.dependent(s, i, "obj");
        return up != null && up.relation().startsWith("acl") && object >= 0 && s.tag(object).startsWith("W");
    }

    /** "protesters killed by police", "a law signed by Ruto": a past participle modifying a noun. */
    private static boolean isReducedPassive(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        return s.tag(i).equals("VBN") && up != null && up.token() >= 0 && up.relation().equals("acl")
                && s.isNoun(up.token()) && RoleFinder.dependent(s, i, "obj") < 0;
    }

    /**
     * "the protesters killed by police were unarmed": CoreNLP often makes the noun the subject of a
     * bare participle. A past participle with no auxiliary cannot be an active verb, so with a
     * by-phrase, or beside a passive whose auxiliary it shares, it is a passive whose "subject" is
     * the patient.
     */
    private static boolean isMisreadReducedPassive(SentenceView s, int i) {
        if (!s.tag(i).equals("VBN") || RoleFinder.dependent(s, i, "nsubj") < 0 || !s.children(i, "aux").isEmpty()
                || RoleFinder.dependent(s, i, "obj") >= 0) return false;
        if (!s.children(i, "obl:by").isEmpty() || !s.children(i, "obl:agent").isEmpty()) return true;
        // "four officers were injured and 12 people arrested": the conjunct shares the passive's "were".
        SentenceView.Arc up = s.parent(i);
        return up != null && up.token() >= 0 && up.relation().startsWith("conj") && !s.children(up.token(), "aux:pass").isEmpty();
    }

    private boolean isInsideName(SentenceView s, int i) {
        return s.isProperNoun(i) && entities.entityAt(s.index(), i) != null;
    }

    private List<Found> fromTrigger(SentenceView s, int i, char pos, TriggerEntry entry) {
        List<String> actors;
        List<String> targets;
        double confidence = 0.85;
        boolean actorInferred = false;
        int objectHead;
        int themeHead = -1;
        boolean passive = false;
        int modalityToken = i;
        if (pos == 'V') {
            // A conjunct may inherit a passive subject from its neighbour ("had been killed ... and
            // urged the authorities"): only a participle with it, or a passive auxiliary, is passive.
            boolean markedPassive = !s.children(i, "aux:pass").isEmpty()
                    || !s.children(i, "nsubj:pass").isEmpty() && s.tag(i).equals("VBN") || isMisreadReducedPassive(s, i);
            boolean reducedPassive = !markedPassive && isReducedPassive(s, i);
            passive = markedPassive || reducedPassive;
            if (passive) {
                actors = roles.agentsBy(s, i, "obl:agent", "obl:by", "nmod:agent");
                if (reducedPassive) {
                    // "protesters killed by police": the noun the participle modifies is its patient.
                    int noun = s.parent(i).token();
                    targets = roles.agents(s, noun);
                    objectHead = noun;
                } else {
                    targets = roles.agentsBy(s, i, "nsubj:pass", "nsubj");
                    objectHead = RoleFinder.dependent(s, i, "nsubj:pass", "nsubj");
                }
                themeHead = objectHead;
            } else {
                actors = roles.agentsBy(s, i, "nsubj", "nsubj:xsubj");
                targets = roles.agentsBy(s, i, "obj", "iobj");
                objectHead = RoleFinder.dependent(s, i, "obj");
                if (objectHead < 0 && targets.isEmpty()) {
                    // "the activist police detained", "a demand Ankara dismissed": the noun the clause describes.
                    objectHead = RoleFinder.gappedObject(s, i);
                    if (objectHead >= 0) targets = roles.agents(s, objectHead);
                }
                themeHead = objectHead;
                // "Brazil recalled its ambassador to Argentina": an object that is the actor's own
                // (its envoy, its troops) leaves the target to the verb's preposition.
                boolean ownObject = !targets.isEmpty() && actors.containsAll(targets);
                if (targets.isEmpty() || ownObject) {
                    List<String> aimed = roles.prepositionalTargets(s, i, entry.targetPreps(), false);
                    if (!aimed.isEmpty() || !ownObject) targets = aimed;
                    if (objectHead < 0) objectHead = TriggerChooser.prepositionalHead(s, i, entry.targetPreps());
                }
                // "recalled its ambassador in Argentina, Camilo Echeverri": an own envoy's posting is
                // the state relations are cut with, not the envoy.
                if (entry.cameo().startsWith("16") && objectHead >= 0 && "diplomatic".equals(lexicon.agentArm(s.lemma(objectHead)))) {
                    String posting = discourse.firstOutside(roles.prepositionalTargets(s, objectHead, List.of("in", "to"), true), actors);
                    if (posting != null) targets = List.of(posting);
                }
                // The word that chose the verb's sense, if a "requires" list did.
                int sense = entry.requires().isEmpty() ? -1 : triggers.senseToken(s, i, pos, entry, false);
                // "hinted at the possibility of military action": the matched content is the object.
                if (objectHead < 0) objectHead = sense;
                // "made a hostile offer for Norvane", "issued a warning to Kabul", "fired a missile into the
                // sea off Japan": the phrase may hang on that noun.
                if (targets.isEmpty() && sense >= 0 && s.isNoun(sense)) {
                    targets = roles.prepositionalTargets(s, sense, entry.targetPreps(), true);
                }
                // "ordered him held for 30 days": the one held is the subject of the ordered clause.
                SentenceView.Arc senseArc = sense >= 0 ? s.parent(sense) : null;
                if (targets.isEmpty() && senseArc != null && senseArc.token() == i && s.isVerb(sense)
                        && (senseArc.relation().equals("xcomp") || senseArc.relation().equals("dep"))) {
                    targets = roles.agentsBy(s, sense, "nsubj", "nsubj:pass");
                }
                // "offered to mediate between Niger and Benin": the phrase hangs on the verb that chose the sense.
                if (targets.isEmpty() && senseArc != null && senseArc.token() == i && s.isVerb(sense) && senseArc.relation().equals("xcomp")) {
                    targets = roles.prepositionalTargets(s, sense, entry.targetPreps(), false);
                }
            }
            // A passive's inherited subject is its patient ("who had been detained"), never its agent.
            if (actors.isEmpty() && !passive) actors = roles.inheritedSubject(s, i);
            if (actors.isEmpty()) {
                int subject = RoleFinder.dependent(s, i, passive ? "obl:agent" : "nsubj");
                String author = subject >= 0 ? ownerAsActor(s, subject) : null;
                if (author == null && subject >= 0 && isUtterance(s, subject)) author = discourse.lastActor();
                if (author != null) {
                    actors = List.of(author);
                    confidence = 0.55;
                }
            }
            if (!passive && objectHead >= 0 && s.isPronoun(objectHead) && !targets.isEmpty() && actors.containsAll(targets)) {
                String other = roles.objectPronounBesides(s, objectHead, actors);
                if (other != null) targets = List.of(other);
            }
        } else if (pos == 'N' && lexicon.isPatientNoun(s.lemma(i))) {
            // "his arrest": the possessor is arrested; whoever arrests is named by "by", if at all.
            actors = roles.agentsBy(s, i, "nmod:by", "nmod:agent");
            targets = new ArrayList<>(roles.agentsBy(s, i, "nmod:poss"));
            for (String t : roles.prepositionalTargets(s, i, entry.targetPreps(), true)) if (!targets.contains(t)) targets.add(t);
            objectHead = TriggerChooser.prepositionalHead(s, i, entry.targetPreps());
        } else if (pos == 'N') {
            actors = roles.agentsBy(s, i, "nmod:poss", "nmod:by", "nmod:agent", "compound", "amod");
            targets = roles.prepositionalTargets(s, i, entry.targetPreps(), true);
            themeHead = RoleFinder.dependent(s, i, "nmod:of");
            if (actors.isEmpty() && targets.isEmpty() && entry.cameo().startsWith("04")) {
                // "In a telephone call on Tuesday, Abdelatty urged his Iranian counterpart to ...": the
                // call is between the one who urged and the one urged.
                List<List<String>> sides = encounterSides(s, i);
                actors = sides.get(0);
                targets = sides.get(1);
                // ... and happened as the act it sets the scene of did.
                if (!actors.isEmpty()) modalityToken = s.parent(i).token();
            }
            objectHead = TriggerChooser.prepositionalHead(s, i, entry.targetPreps());
            // "At the request of Washington and Tokyo, the Council will meet": the "of" phrase asked, and
            // the clause's subject was asked.
            SentenceView.Arc situation = s.parent(i);
            if (actors.isEmpty() && situation != null && situation.relation().startsWith("obl") && RoleFinder.marker(s, i).equalsIgnoreCase("at")
                    && s.isVerb(situation.token())) {
                actors = roles.agentsBy(s, i, "nmod:of");
                if (!actors.isEmpty() && targets.isEmpty()) targets = roles.agentsBy(s, situation.token(), "nsubj");
            }
            // An unresolved possessor ("an unnamed firm's bid") is still the actor: do not borrow another.
            if (actors.isEmpty() && RoleFinder.dependent(s, i, "nmod:poss") < 0) {
                // "blames the TTP for a series of attacks": the one blamed did it; else the light verb's subject.
                actors = roles.accusedDoer(s, i);
                int relative = actors.isEmpty() ? relativeClauseTaking(s, i) : -1;
                if (relative >= 0) {
                    // "tariffs that Mexico began applying to Chinese cars": the relative clause's
                    // subject applies them, and its own phrase names on whom.
                    actors = roles.agentsBy(s, relative, "nsubj");
                    List<Integer> clauses = new ArrayList<>();
                    for (SentenceView.Arc x : s.children(relative, "xcomp")) clauses.add(x.token());
                    clauses.add(relative);
                    for (int clause : clauses) {
                        if (targets.isEmpty()) targets = roles.prepositionalTargets(s, clause, RELATIVE_TARGET_PREPS, false, RELATIVE_AIMING);
                    }
                }
                if (actors.isEmpty()) {
                    actors = lightVerbSubject(s, i);
                    actorInferred = true;
                    confidence = 0.7;
                }
            }
        } else {
            actors = roles.agentsBy(s, i, "nsubj");
            targets = roles.prepositionalTargets(s, i, entry.targetPreps(), false);
            objectHead = TriggerChooser.prepositionalHead(s, i, entry.targetPreps());
            if (actors.isEmpty()) actors = roles.inheritedSubject(s, i);
        }

        SentenceView.Arc nounRole = pos == 'N' ? s.parent(i) : null;
        boolean nounIsSubject = nounRole != null && (nounRole.token() < 0 || nounRole.relation().startsWith("nsubj"));
        if (pos == 'N' && (nounIsSubject || !governedByArranger(s, i)) && actors.isEmpty() && entry.isSymmetric() && targets.size() >= 2) {
            // "Talks between Russia and Ukraine began on Tuesday", "follows weeks of clashes between
            // government forces and SDF fighters": the parties named are both sides ("after hosting
            // talks between the two sides" is the host's act, read elsewhere).
            actors = List.of(targets.get(0));
            targets = List.copyOf(targets.subList(1, targets.size()));
        }
        if (entry.isRecipientSubject()) {
            List<String> recipients = actors;
            actors = roles.agentsBy(s, i, "obl:from", "nmod:from");
            targets = recipients;
        }

        SpeechReader.Attribution attribution = speech.attribution(s, i);
        if (attribution.unclaimed()) return List.of();
        if (actors.isEmpty() && pos == 'N' && !targets.isEmpty() && attribution.speaker() != null
                && !targets.contains(attribution.speaker()) && !lexicon.isPatientNoun(s.lemma(i))) {
            // "X said the call with Y was constructive": X was on the call. "His lawyer said he was
            // beaten during his arrest" does not make the lawyer the one who arrested him.
            actors = List.of(attribution.speaker());
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
        boolean passiveStateAct = passive && lexicon.codeHas(entry.cameo(), "state-when-passive");
        if (actors.isEmpty() && (lexicon.codeHas(entry.cameo(), "state-only") || passiveStateAct)) {
            // "37 people were detained", "before his arrest": only the state arrests, detains and
            // expels; with no agent named, it is the state where it happened, else the state whose
            // officials report it ("was granted asylum, Ecuadorean officials said"), else the article's.
            String state = roles.stateWhere(s, i, attribution.speaker());
            // "Russia's ambassador was summoned" in a story about Britain and Russia: by the other side,
            if (state == null && passiveStateAct && !targets.isEmpty()) {
                state = discourse.counterpartOf(targets.get(0));
                // else by the first state the lede names that is not the envoy's ("Britain accused Russia ...").
                String envoyState = entities.countryOf(targets.get(0));
                for (String named : entities.countriesNamedIn(1)) if (state == null && !named.equals(envoyState)) state = named;
            }
            if (state != null && !targets.contains(state)) {
                actors = List.of(state);
                confidence = 0.5;
            }
        }
        if (actors.isEmpty() && passive && !targets.isEmpty() && lexicon.codeHas(entry.cameo(), "released-by-holder")) {
            // "He was released without charge": by whoever the article said held him.
            String holder = discourse.holderOf(targets.get(0));
            if (holder != null) {
                actors = List.of(holder);
                confidence = 0.5;
            }
        }
        if (actors.isEmpty()) return List.of();
        // "it can fly from London to Sydney": a thing that travels (an aircraft, a ship) pays no visit.
        int subject = pos == 'V' ? RoleFinder.dependent(s, i, "nsubj") : -1;
        if (subject >= 0 && s.word(subject).equalsIgnoreCase("it") && lexicon.codeHas(entry.cameo(), "visit")) return List.of();

        if (entry.isSymmetric() && targets.isEmpty() && actors.size() >= 2) {
            List<String> pair = orderPair(actors, attribution.speaker());
            actors = List.of(pair.get(0));
            targets = List.of(pair.get(1));
        }
        // "Congo and M23 accused each other": each side is the other's target.
        boolean reciprocal = pos == 'V' && actors.size() >= 2 && isReciprocal(s, objectHead);
        if (reciprocal) targets = actors;
        // "withdraw its troops": the actor's own people are no target of its act.
        if (!reciprocal && !targets.isEmpty() && actors.containsAll(targets)) targets = List.of();
        if (targets.isEmpty()) {
            ImplicitTargets.Found implied = implicitTargets.find(s, i, pos, entry, actors, objectHead);
            targets = implied.targets();
            confidence = Math.min(confidence, implied.confidence());
        }

        // A consultation needs a partner; a nominal act whose actor was only inferred needs a target.
        if (targets.isEmpty() && (entry.isSymmetric() || pos == 'N' && actorInferred)) return List.of();

        Modality m = modality.of(s, modalityToken);
        if (attribution.denied() && m == Modality.ASSERTED) m = Modality.NEGATED;
        String cameo = entry.cameo();
        if (pos == 'V' && entry.requires().isEmpty() && lexicon.codeHas(cameo, "threat")) cameo = threatenedHarm(s, i, cameo);
        if (pos == 'V' && (cameo.equals(APPEAL) || cameo.equals(DEMAND))) cameo = askedYield(s, i, cameo);
        String intent = lexicon.intentCode(cameo);
        if (intent != null && modality.underIntent(s, i, !lexicon.codeHas(intent, "threat"))) {
            // The event is now the expression of willingness, and that was said, not planned.
            cameo = intent;
            if (m == Modality.PLANNED) m = Modality.ASSERTED;
        }
        // "the union said it would call strikes if management did not withdraw the plan": harm the
        // speaker announces on a condition is also a threat, an act that was made (CAMEO 13), besides
        // the hypothetical act itself.
        // So is harm it says it could do: "Alckmin said Brazil could impose tariffs on Argentine goods".
        boolean announcedHarm = m == Modality.HYPOTHETICAL && isConditional(s, i) || m != Modality.NEGATED && hasPossibilityModal(s, i);
        String threat = announcedHarm && attribution.speaker() != null
                && actors.stream().anyMatch(a -> discourse.isSameSide(a, List.of(attribution.speaker())))
                && lexicon.intentCode(cameo) != null && lexicon.codeHas(lexicon.intentCode(cameo), "threat") && !reportedAsThreat(s, i)
                ? lexicon.intentCode(cameo) : null;
        String refusal = lexicon.refusalCode(cameo);
        // "did not comment" only reports silence; "declined to comment" is the refusal CAMEO codes (011).
        boolean declined = cameo.startsWith("01") ? modality.isRefusedAbove(s, i) : modality.isDeclined(s, i);
        if (m == Modality.NEGATED && refusal != null && !attribution.denied() && declined) {
            // "would not allow observers": the refusal is the event, and it happened.
            cameo = refusal;
            m = Modality.ASSERTED;
        }
        // "would call strikes unless Air France-KLM guaranteed jobs": the threat is aimed at whoever
        // must meet the condition, even when the act announced names no target of its own.
        String threatened = threat != null && targets.isEmpty() ? implicitTargets.conditionedParty(s, i, actors) : null;
        List<Found> out = new ArrayList<>();
        String place = roles.place(s, i);
        Span theme = themeHead >= 0 && isThemePhrase(s, themeHead) ? s.nounPhrase(themeHead) : null;
        if (theme == null && pos == 'V' && themeHead >= 0 && !roles.agents(s, themeHead).isEmpty()) {
            // "supply the RAF with tankers", "provided Kyiv with air defence systems": the object is the
            // party reached, and the with-phrase is what is given.
            int given = RoleFinder.dependent(s, i, "obl:with");
            if (given > themeHead && isThemePhrase(s, given)) theme = s.nounPhrase(given);
        }
        // "The embassies of the US, Japan and the EU urged all sides": the joint authors are no sides
        // of their own appeal. Symmetric acts pair their actors, so they keep them.
        List<String> outsiders = new ArrayList<>(targets);
        if (!entry.isSymmetric() && actors.size() > 1) outsiders.removeAll(actors);
        if (!outsiders.isEmpty()) targets = outsiders;
        for (String actor : actors) {
            for (String target : targetsOf(actor, targets)) {
                String attributedTo = attribution.speaker();
                Event e = new Event(cameo, actor, target, place, null, m, attributedTo, s.textOf(i, i),
                        List.of(s.span(i, i)), attribution.speaker() != null ? confidence - 0.05 : confidence).withTheme(theme);
                out.add(new Found(e, s.index(), i, objectHead));
                if (threat != null) {
                    out.add(new Found(new Event(threat, actor, target != null ? target : threatened, place, null, Modality.ASSERTED, null, s.textOf(i, i),
                            List.of(s.span(i, i)), confidence - 0.1), s.index(), i, objectHead));
                }
            }
        }
        return out;
    }

    /**
     * A theme is what the act is done to or about when that is no party of the graph: "bought
     * twelve Airbus jets", "signed a 27-year contract", "received bridge loans". A name or a
     * pronoun is a party (or refers to one), so it is the target's business, not a theme.
     */
    private boolean isThemePhrase(SentenceView s, int head) {
        return s.isNoun(head) && !s.isProperNoun(head) && entities.entityAt(s.index(), head) == null
                && roles.agents(s, head).isEmpty();
    }

    /**
     * CAMEO events are dyads: "urged both governments", "mediated between Pakistan and Afghanistan"
     * are one act towards each party. A symmetric act with several actors already pairs them.
     */
    private static List<String> targetsOf(String actor, List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) if (!t.equals(actor) && !out.contains(t)) out.add(t);
        if (out.isEmpty()) out.add(null);
        return out;
    }

    /** "each other", "one another" (which the parser may hang from "one"). */
    private static boolean isReciprocal(SentenceView s, int head) {
        if (head < 0 || head + 1 >= s.size()) return false;
        String first = s.word(head).toLowerCase();
        if (first.equals("one") && s.word(head + 1).equalsIgnoreCase("another")) return true;
        return (first.equals("other") || first.equals("another")) && head > 0
                && (s.word(head - 1).equalsIgnoreCase("each") || s.word(head - 1).equalsIgnoreCase("one"));
    }

    /** An act with an "if" or "unless" clause of its own. */
    private static boolean isConditional(SentenceView s, int i) {
        for (SentenceView.Arc c : s.children(i, "advcl")) {
            for (SentenceView.Arc m : s.children(c.token(), "mark")) {
                String w = s.word(m.token()).toLowerCase();
                if (w.equals("if") || w.equals("unless")) return true;
            }
        }
        return false;
    }

    /** "could", "may", "might" on the act's own verb, of the future ("may have fired" is a guess about the past). */
    private static boolean hasPossibilityModal(SentenceView s, int i) {
        boolean possible = false;
        for (SentenceView.Arc a : s.children(i, "aux")) {
            String w = s.word(a.token()).toLowerCase();
            if (w.equals("could") || w.equals("may") || w.equals("might")) possible = true;
            if (s.lemma(a.token()).equals("have")) return false;
        }
        return possible;
    }

    /**
     * "warned that Turkey would launch a new operation if ...", "threatened to impose duties": a bare
     * threat verb is coded by the harm it announces (CAMEO codes a threat of force 138, of sanctions
     * 1312), the threat form of the act its clause reports; else it keeps {@code code}.
     */
    private String threatenedHarm(SentenceView s, int verb, String code) {
        String threat = complementCode(s, verb, harm -> {
            String form = lexicon.intentCode(harm);
            return form != null && lexicon.codeHas(form, "threat") ? form : null;
        });
        return threat != null ? threat : code;
    }

    /** CAMEO 020 and 100: an appeal and a demand, with nothing yet said of what is asked. */
    private static final String APPEAL = "020", DEMAND = "100";

    /**
     * "urged China to withdraw the measures", "demanded that the SDF lay down its arms": an appeal or
     * a demand that someone yield is coded by what they should yield (appeal-codes.tsv).
     */
    private String askedYield(SentenceView s, int verb, String code) {
        String yield = complementCode(s, verb, asked -> lexicon.askedYieldCode(asked, code.equals(DEMAND)));
        return yield != null ? yield : code;
    }

    /** The first non-null {@code recode} of the act a verb's clausal complement states, or null. */
    private String complementCode(SentenceView s, int verb, java.util.function.UnaryOperator<String> recode) {
        for (SentenceView.Arc c : s.children(verb)) {
            if (!(c.relation().startsWith("ccomp") || c.relation().equals("xcomp")) || !s.isVerb(c.token())) continue;
            TriggerEntry act = triggers.chooseEntry(s, c.token(), 'V');
            String code = act == null ? null : recode.apply(act.cameo());
            if (code != null) return code;
        }
        return null;
    }

    /** Is the clause of act {@code i} reported by a verb that is itself a threat ("warned that it could ...")? */
    private boolean reportedAsThreat(SentenceView s, int i) {
        for (SentenceView.Arc up = s.parent(i); up != null && up.token() >= 0; up = s.parent(up.token())) {
            int verb = up.token();
            if (s.isVerb(verb) && lexicon.speechKind(s.lemma(verb)) != null) {
                return lexicon.triggers(s.lemma(verb), 'V').stream().anyMatch(t -> lexicon.codeHas(t.cameo(), "threat"));
            }
        }
        return false;
    }

    /** Prepositions that name whom an act in a relative clause reaches ("applied to Chinese cars"). */
    private static final List<String> RELATIVE_TARGET_PREPS = List.of("to", "on", "against");
    private static final Set<String> RELATIVE_AIMING = Set.copyOf(RELATIVE_TARGET_PREPS);

    /** The verb of a relative clause on {@code noun} whose object the noun is ("tariffs that Mexico imposed"), or -1. */
    private static int relativeClauseTaking(SentenceView s, int noun) {
        for (SentenceView.Arc p : s.parents(noun)) {
            if (!p.relation().equals("obj") || p.token() < 0) continue;
            SentenceView.Arc up = s.parent(p.token());
            if (up != null && up.token() == noun && up.relation().equals("acl:relcl")) return p.token();
        }
        return -1;
    }

    /** The subject and the object of the verb a meeting noun sets the scene of ("in a call", "during talks", "at a meeting"), or two empty lists. */
    private List<List<String>> encounterSides(SentenceView s, int noun) {
        SentenceView.Arc up = s.parent(noun);
        boolean scene = up != null && up.token() >= 0 && s.isVerb(up.token()) && up.relation().startsWith("obl")
                && List.of("in", "during", "at").contains(RoleFinder.marker(s, noun));
        List<String> subject = scene ? roles.agentsBy(s, up.token(), "nsubj") : List.of();
        List<String> object = scene ? roles.agentsBy(s, up.token(), "obj") : List.of();
        return subject.isEmpty() || object.isEmpty() ? List.of(List.of(), List.of()) : List.of(subject, object);
    }

    /** "Petro remains committed to cooperation": the noun's governing predicate supplies the actor. */
    private List<String> lightVerbSubject(SentenceView s, int noun) {
        SentenceView.Arc up = s.parent(noun);
        if (up == null || up.token() < 0) return List.of();
        // "adopted a new package of sanctions", "announced 45 million euros in aid".
        int standIn = RoleFinder.standIn(s, noun, lexicon);
        if (standIn >= 0) return lightVerbSubject(s, standIn);
        String base = up.relation().split(":")[0];
        if (!LIGHT_VERB_RELATIONS.contains(base) && !up.relation().equals("nsubj:pass")) return List.of();
        String verb = s.lemma(up.token());
        if (lexicon.isReportingVerb(verb) && !(lexicon.isAnnouncingVerb(verb) && up.relation().equals("obj"))) return List.of();
        // "took part in the protests" is the subject's protest; "police detained 40 people at a rally"
        // is no rally by the police: a verb that is an act of its own in any context (a trigger row
        // with no required object) only says where it happened; "used in attacks" still tells whose.
        if (base.equals("obl") && lexicon.triggers(verb, 'V').stream().anyMatch(t -> t.requires().isEmpty())) return List.of();
        List<String> subject = roles.agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
        return subject.isEmpty() ? roles.inheritedSubject(s, up.token()) : subject;
    }

    /**
     * The owner of a subject that names no agent, as the actor ("Beijing's envoy warned", "his remarks
     * hinted"). A quoted "our" also owns people who act for themselves ("our customers have been asking
     * for it"): it names the actor only through an arm of the side or its words ("our forces", "our
     * proposal"), as a possessive pronoun on the object names no target.
     */
    private String ownerAsActor(SentenceView s, int subject) {
        int owner = RoleFinder.dependent(s, subject, "nmod:poss");
        boolean quotedFirstPerson = owner >= 0 && QuotedFirstPerson.isFirstPerson(s, owner) && discourse.quotations().at(s, owner) != null;
        if (quotedFirstPerson && !lexicon.isAgentNoun(s.lemma(subject))
                && !isUtterance(s, subject)) return null;
        return roles.possessor(s, subject);
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

}
