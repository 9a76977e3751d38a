package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The target of an act whose clause names none, tried in order from the most to the least
 * direct evidence: the object's owner or its "against"/"for" phrase, a recipient the parser glued
 * onto the object, an earlier act the object refers back to, the addressee of a demand, the
 * party a denied claim is about, a visit's host, and last the article's counterpart. Each guess
 * from discourse rather than syntax lowers the event's confidence.
 */
final class ImplicitTargets {
    /** CAMEO 015, claim responsibility. */
    private static final String CLAIM_OF_RESPONSIBILITY = "015";
    /** Prepositions on an object noun that say whom the act is aimed at. */
    private static final List<String> AIMED_AT = List.of("against", "on", "between");
    /** Prepositions on an announced act that name whom it would reach ("send aid to Paraguay"). */
    private static final List<String> REACHED_BY = List.of("against", "on", "to", "with");

    /** The targets found (empty if none) and the highest confidence the guess allows. */
    record Found(List<String> targets, double confidence) {}

    private final Lexicon lexicon;
    private final Discourse discourse;
    private final RoleFinder roles;
    private final SpeechReader speech;
    private final ResolvedEntities entities;
    private final TriggerChooser triggers;
    private final StrikeEmployers employers;

    ImplicitTargets(Lexicon lexicon, ResolvedEntities entities, Discourse discourse, RoleFinder roles, SpeechReader speech) {
        this.lexicon = lexicon;
        this.entities = entities;
        this.discourse = discourse;
        this.roles = roles;
        this.speech = speech;
        this.triggers = new TriggerChooser(lexicon);
        this.employers = new StrikeEmployers(entities, lexicon);
    }

    /** CAMEO 084: return or release persons or property. */
    private static final String RELEASE = "084";

    Found find(SentenceView s, int i, char pos, TriggerEntry entry, List<String> actors, int objectHead) {
        return find(s, i, pos, entry, actors, objectHead, true);
    }

    /**
     * {@code answering}: whether an act that names no one may answer its actor's last adversary; not
     * the act a threat or an appeal is about ("threatened to suspend aid groups"), whose own target
     * is sought in the sentence, or, unless the threat itself may answer an adversary, on the story's other side.
     */
    private Found find(SentenceView s, int i, char pos, TriggerEntry entry, List<String> actors, int objectHead, boolean answering) {
        List<String> found = List.of();
        double confidence = 1.0;
        if (objectHead >= 0 && s.isNoun(objectHead) && lexicon.isReleaseNoun(s.lemma(objectHead))
                && lexicon.codeHas(entry.cameo(), "addressed-to-doer")) {
            // "called for his immediate release", "demanded Wendt's release": aimed at whoever holds him.
            for (String released : roles.agentsBy(s, objectHead, "nmod:poss", "nmod:of")) {
                String holder = discourse.holderOf(released);
                if (holder != null && !actors.contains(holder)) {
                    found = List.of(holder);
                    break;
                }
            }
        }
        if (found.isEmpty() && objectHead >= 0 && s.isNoun(objectHead) && lexicon.codeHas(entry.cameo(), "aimed-at-leaver")) {
            // "called for Zaremba's dismissal", "demanded the resignation of the interior minister": at the one who should go.
            found = allOther(roles.agentsBy(s, objectHead, "nmod:poss", "nmod:of"), actors);
        }
        // "went to the Federal High Court": the court hears the case; it is brought against someone else.
        boolean courtHeard = objectHead >= 0 && lexicon.codeHas(entry.cameo(), "against-decider")
                && lexicon.isNameWord("court-word", s.lemma(objectHead).toLowerCase());
        if (found.isEmpty() && objectHead >= 0 && !courtHeard) {
            // "criticised Beijing's export restrictions": the possessor is who is criticised. A possessive
            // pronoun ("withdraw its troops") is bound by the clause's own subject, so it names no target.
            // "Lima rejected his remarks": a personal pronoun cannot be bound by a subject that is no
            // person, so the words are someone else's ("condemned his arrest" is still the arrester's).
            int ownerToken = RoleFinder.dependent(s, objectHead, "nmod:poss");
            boolean boundBySubject = ownerToken >= 0 && s.isPronoun(ownerToken)
                    && !(ResolvedEntities.pronounGender(s.word(ownerToken).toLowerCase()) != null
                         && (lexicon.isUtteranceNoun(s.lemma(objectHead)) || lexicon.isClaimNoun(s.lemma(objectHead)))
                         && actors.stream().noneMatch(a -> entities.typeOf(a) == EntityType.Person));
            // "revoked its licence": no one coerces itself, so the pronoun is whoever the article bound it to.
            if (boundBySubject && entry.cameo().startsWith("17")) {
                List<String> bound = roles.agents(s, ownerToken);
                EntityType boundType = bound.isEmpty() ? null : entities.typeOf(bound.get(0));
                if (boundType != null && boundType.isAgent() && !actors.contains(bound.get(0))) boundBySubject = false;
            }
            String owner = boundBySubject ? null : roles.possessor(s, objectHead);
            if (owner != null && !actors.contains(owner)) found = List.of(owner);
            // "struck hideouts of the TTP", "seized assets of the company": an "of" owner likewise,
            // and so is a name or demonym on the noun: "criticised IMF conditions", "condemned Israeli strikes".
            // "struck areas held by the RSF", "seized convoys sent by Turkey": whoever the object's
            // participle names as its agent holds or owns it.
            if (found.isEmpty() && s.isNoun(objectHead)) {
                // "summoned the ambassadors of Germany, France and Poland": each owner of the list.
                found = allOther(roles.agentsBy(s, objectHead, "nmod:of"), actors);
                for (String relation : List.of("compound", "amod")) {
                    if (!found.isEmpty()) break;
                    found = firstOther(roles.agentsBy(s, objectHead, relation), actors);
                    // "Rubio offered American help": the actor's own side's thing is no target.
                    if (!found.isEmpty() && discourse.isSameSide(found.get(0), actors)) found = List.of();
                }
                // "restrictions on imports of Philippine bananas": one "of" deeper, a name or demonym.
                for (SentenceView.Arc of : s.children(objectHead, "nmod:of")) {
                    if (found.isEmpty() && s.isNoun(of.token()) && roles.agents(s, of.token()).isEmpty()) {
                        found = firstOther(roles.agentsBy(s, of.token(), "compound", "amod"), actors);
                    }
                }
                for (SentenceView.Arc acl : s.children(objectHead, "acl")) {
                    if (!found.isEmpty()) break;
                    if (s.tag(acl.token()).equals("VBN")) found = firstOther(roles.agentsBy(s, acl.token(), "obl:agent", "obl:by"), actors);
                }
                // "any US-drafted resolution", "the Saudi-led coalition": the agent joined to the participle by a hyphen.
                for (SentenceView.Arc mod : s.children(objectHead, "amod")) {
                    int agent = mod.token() - 2;
                    if (!found.isEmpty() || agent < 0 || !s.tag(mod.token()).equals("VBN") || !s.tag(agent + 1).equals("HYPH")) continue;
                    SentenceView.Arc up = s.parent(agent);
                    if (up != null && up.token() == mod.token()) found = firstOther(roles.agents(s, agent), actors);
                }
                // "shelled villages under its control", "struck towns under Russian occupation".
                // "struck targets in southern Syria": else force used on a country's soil is aimed at it.
                if (found.isEmpty() && pos == 'V' && lexicon.codeHas(entry.cameo(), "on-territory")) {
                    found = firstOther(holdersUnder(s, objectHead, i), actors);
                    if (found.isEmpty()) found = firstOther(countriesOfPlaces(s, objectHead, "nmod:in"), actors);
                }
            }
            // "Congo's army reported that M23 rebels had attacked its positions": no one attacks its
            // own positions, so the pronoun is the reporter's.
            if (found.isEmpty() && boundBySubject && pos == 'V' && lexicon.codeHas(entry.cameo(), "on-territory")) {
                String reporter = speech.attribution(s, i).speaker();
                if (reporter != null && !discourse.isSameSide(reporter, actors)) found = List.of(reporter);
            }
        }
        if (found.isEmpty() && (pos == 'V' || pos == 'N') && lexicon.codeHas(entry.cameo(), "on-territory")) {
            // "An Israeli drone strike killed two people in southern Lebanon": force that names no one it
            // struck lands on the soil of the country it happened in, when that is not its own side's.
            found = otherSide(countriesOfPlaces(s, i, pos == 'V' ? "obl:in" : "nmod:in"), actors);
            SentenceView.Arc up = s.parent(i);
            int clause = pos == 'V' ? i : up != null && up.token() >= 0 && up.relation().startsWith("nsubj") ? up.token() : -1;
            if (found.isEmpty() && clause >= 0 && clause != i) found = otherSide(countriesOfPlaces(s, clause, "obl:in"), actors);
            // "killed two people in southern Lebanon": the parser may hang the place on the victims.
            int victims = clause >= 0 ? RoleFinder.dependent(s, clause, "obj") : -1;
            if (found.isEmpty() && victims >= 0 && roles.agents(s, victims).isEmpty()) found = otherSide(countriesOfPlaces(s, victims, "nmod:in"), actors);
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && judgesAnAct(entry.cameo())) {
            // "Iran condemned the strikes on Yemen": what is condemned is a coercive act (CAMEO 15 and up),
            // so it is aimed at whoever struck (the last to act so), not at Yemen.
            // With "on Yemen" said, only an act aimed there counts.
            List<String> struck = new ArrayList<>(roles.prepositionalTargets(s, objectHead, List.of("on", "against"), true));
            // "condemned what it called an attack on the whole bloc": an attack on the condemner itself.
            struck.removeAll(actors);
            for (TriggerEntry named : lexicon.triggers(s.lemma(objectHead), 'N')) {
                if (named.cameo().compareTo("15") < 0) continue;
                // "Iran condemned the strikes and the arrests": this sentence's first.
                String doer = actorEarlierInSentence(s, objectHead, named.cameo().substring(0, 2), actors);
                if (doer == null) doer = struck.isEmpty() ? discourse.lastActorOfFamilyOutside(named.cameo(), actors)
                        : discourse.lastActorOfFamilyAgainst(named.cameo(), struck.get(0), actors);
                // "A group calling itself the Kashmir Tigers claimed Sunday's attack ... Rubio condemned
                // the bombing": an attack no one was seen doing is whoever claimed it.
                if (doer == null && named.cameo().compareTo("18") >= 0) {
                    String claimant = discourse.actorOfTheAct(CLAIM_OF_RESPONSIBILITY);
                    if (claimant != null && !discourse.isSameSide(claimant, actors)) doer = claimant;
                }
                // "condemned the violence": any force told before (assault, fighting or mass violence).
                if (struck.isEmpty() && named.cameo().compareTo("18") >= 0) {
                    for (String force : FORCE_FAMILIES) if (doer == null) doer = discourse.lastActorOfFamilyOutside(force, actors);
                }
                if (doer != null) {
                    found = List.of(doer);
                    confidence = Math.min(confidence, 0.6);
                    break;
                }
            }
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isProperNoun(objectHead) && RoleFinder.dependent(s, i, "obj") == objectHead) {
            // "the M23 seized Goma", "drones struck Kharkiv": a named place stands for the state it lies in.
            String state = stateOfNamedPlace(s, objectHead);
            if (state != null && !actors.contains(state)) found = List.of(state);
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && (s.isNoun(objectHead) || s.tag(objectHead).equals("$"))) {
            // "considering steps against Russian shipping firms", "respond with tariffs on US goods":
            // the object says whom it is aimed at.
            // So may the verb's own target preposition: "discuss trade with Xi", "approved a loan
            // for Senegal", "withhold disbursements to Kyiv".
            List<String> preps = new ArrayList<>(AIMED_AT);
            preps.addAll(entry.targetPreps());
            List<String> aimed = new ArrayList<>(roles.prepositionalTargets(s, objectHead, preps, true));
            // "opened an investigation into the merger of Kaiyo and Hanbit": an act the object is
            // about is aimed at that act's parties.
            int about = aimed.isEmpty() ? TriggerChooser.prepositionalHead(s, objectHead, entry.targetPreps()) : -1;
            if (about >= 0 && s.isNoun(about) && namesAnAct(s.lemma(about))) {
                aimed.addAll(roles.agentsBy(s, about, "nmod:poss", "nmod:by", "nmod:between", "nmod:of", "compound"));
            }
            // "cut tariffs on goods imported from the bloc", "duties on imports from China": the goods' origin.
            // (The parser may hang "imported" on the tariffs themselves.)
            int goods = aimed.isEmpty() ? TriggerChooser.prepositionalHead(s, objectHead, List.of("on")) : -1;
            if (aimed.isEmpty() && goods < 0 && pos == 'V' && lexicon.codeHas(entry.cameo(), "on-goods")) {
                goods = TriggerChooser.prepositionalHead(s, i, List.of("on"));
            }
            if (goods >= 0) aimed.addAll(originOf(s, goods));
            if (goods >= 0 && aimed.isEmpty()) aimed.addAll(originOf(s, objectHead));
            // "a probe into brandy from the bloc": what the act is about may be goods too.
            if (aimed.isEmpty() && about >= 0 && s.isNoun(about) && !namesAnAct(s.lemma(about))) aimed.addAll(originOf(s, about));
            // "imposed duties on cars from China": CoreNLP often hangs the origin on the verb.
            if (aimed.isEmpty() && (goods >= 0 || about >= 0 && s.isNoun(about))) aimed.addAll(roles.agentsBy(s, i, "obl:from"));
            // "voiced concern over China's conduct", "alarm at Israeli settlement plans": whose it is.
            if (aimed.isEmpty() && about >= 0 && s.isNoun(about)) aimed.addAll(ownersOf(s, about, actors));
            aimed.removeAll(actors);
            if (!aimed.isEmpty()) found = aimed;
        }
        if (found.isEmpty() && pos == 'V') {
            // "fired water cannon at two Philippine boats": the thing the act is aimed at is someone's.
            int aimedAt = TriggerChooser.prepositionalHead(s, i, entry.targetPreps());
            if (aimedAt >= 0 && s.isNoun(aimedAt) && roles.agents(s, aimedAt).isEmpty()) found = ownersOf(s, aimedAt, actors);
            // "recalled its ambassador from Bamako": a named place the act is aimed at stands for its state.
            String state = found.isEmpty() && aimedAt >= 0 && s.isProperNoun(aimedAt) ? stateOfNamedPlace(s, aimedAt) : null;
            if (state != null && !actors.contains(state)) found = List.of(state);
        }
        if (found.isEmpty() && pos == 'V' && entry.targetPreps().contains("to")) {
            String recipient = roles.dativeReadAsCompound(s, objectHead);
            if (recipient != null && !actors.contains(recipient)) found = List.of(recipient);
        }
        // "talks mediated by Qatar": a mediation is between the two sides the article is about.
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "between-parties") && objectHead >= 0) {
            // "X and Y resumed talks in a process mediated by Qatar", "brokered the accord that X and
            // Y signed": between those who hold the talks or sign the accord.
            List<String> parties = allOther(roles.partiesOf(s, objectHead), actors);
            if (parties.size() >= 2) found = parties;
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "between-parties")) {
            // "urged restraint and offered to mediate between Sudan and Eritrea": the two states its sentence names.
            List<String> named = new ArrayList<>(entities.countriesNamedIn(s.index()));
            named.removeIf(k -> discourse.isSameSide(k, actors));
            if (named.size() == 2) {
                found = named;
                confidence = Math.min(confidence, 0.6);
            }
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "between-parties")) {
            List<String> sides = new ArrayList<>(discourse.mainCountries());
            sides.removeIf(k -> discourse.isSameSide(k, actors));
            if (sides.size() == 2) {
                found = sides;
                confidence = Math.min(confidence, 0.6);
            } else if (discourse.mainCountries().isEmpty() && entry.cameo().startsWith("02") && entities.mainCountry() != null
                    && !discourse.isSameSide(entities.mainCountry(), actors)) {
                // "called for calm" in a story about one country's crisis: an appeal to that state.
                found = List.of(entities.mainCountry());
                confidence = Math.min(confidence, 0.5);
            }
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && namesAnAct(s.lemma(objectHead))) {
            // "regretted the decision by Peru", "welcomed Japan's offer", "rejected a bid from Ostheim":
            // the one who made the act it names.
            // "condemned his arrest": the possessor of a patient noun is the one acted upon, not the doer.
            List<String> doers = allOther(lexicon.isPatientNoun(s.lemma(objectHead))
                    ? roles.agentsBy(s, objectHead, "nmod:by") : roles.agentsBy(s, objectHead, "nmod:by", "nmod:poss", "nmod:from"), actors);
            if (!doers.isEmpty()) found = doers;
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead)) {
            // "struck down the concession under which Panama Ports Company operates": the party a relative
            // clause on the object names as its subject.
            for (SentenceView.Arc relcl : s.children(objectHead, "acl:relcl")) {
                List<String> holders = allOther(roles.agentsBy(s, relcl.token(), "nsubj"), actors);
                if (found.isEmpty() && !holders.isEmpty()) found = holders;
            }
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && entry.cameo().startsWith("12")) {
            // "The opposition is demanding a rerun ... The president ruled out a rerun": a refusal
            // answers whoever asked for the thing refused.
            String asker = askerEarlierInSentence(s, objectHead, actors);
            if (asker == null) asker = discourse.askerOf(s.word(objectHead));
            // The asker may be of the actor's own country (an opposition asking its president).
            if (asker != null && !actors.contains(asker)) {
                found = List.of(asker);
                confidence = Math.min(confidence, 0.6);
            }
        }
        boolean refusesHostileAct = pos == 'V' && objectHead >= 0 && refusesHostileAct(entry, s.lemma(objectHead));
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && RoleFinder.isDefinite(s, objectHead)
                && (isReproach(s.lemma(objectHead)) || refusesHostileAct)) {
            // "Beijing rejected the accusations", "Pashinyan dismissed the criticism", "rejected the
            // assessment": whoever last reproached the actor, else whoever spoke last about it.
            String accuser = lexicon.isClaimNoun(s.lemma(objectHead)) ? discourse.makerOfClaimAgainst(actors) : discourse.lastAccuserOf(actors);
            // "the spokesman dismissed the criticism" of a deal his country made: whoever criticised last.
            if (accuser == null && namesCriticismOnly(s.lemma(objectHead))) accuser = discourse.lastActorOfFamilyOutside("11", actors);
            // "Meta rejected the fine", "dismissed the sanctions as theatre": whoever last moved against its side.
            if (accuser == null && refusesHostileAct) accuser = discourse.lastAdversaryOf(actors);
            if (accuser != null) {
                found = List.of(accuser);
                confidence = Math.min(confidence, 0.6);
            }
        }
        // "The strike was called by UNTU": a strike told before was by the same side; it is aimed at the employer.
        // (A strike on condition, "would call strikes unless Lufthansa guaranteed jobs", is aimed at the one who must meet it: below.)
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "against-employer") && conditionedParty(s, clauseOf(s, i, pos), actors) == null) {
            String employer = employers.employer(s, i, objectHead, actors);
            if (employer != null) {
                found = List.of(employer);
                confidence = Math.min(confidence, 0.6);
            }
        }
        // "threatened nationwide protests" names a new act, not one told before; "the strike", "any
        // strike" (of the kind the story told of) and "..., a demand" (summing up the clause) do.
        boolean pointsBack = objectHead >= 0 && s.isNoun(objectHead) && (RoleFinder.isDefinite(s, objectHead)
                || isSummaryOfClause(s, objectHead) || RoleFinder.hasDeterminer(s, objectHead, "any"));
        if (found.isEmpty() && pos == 'V' && pointsBack) {
            // "accepted the invitation": the act refers back to an earlier one, whose actor is the target.
            for (TriggerEntry named : lexicon.triggers(s.lemma(objectHead), 'N')) {
                // "X warned Tokyo ..., but Japan brushed off the warning": the act may be this sentence's.
                String earlier = RoleFinder.isDefinite(s, objectHead)
                        ? actorEarlierInSentence(s, objectHead, named.cameo().substring(0, 2), actors) : null;
                if (earlier == null) earlier = discourse.lastActorOf(named.cameo());
                if (earlier != null && !actors.contains(earlier)) {
                    found = List.of(earlier);
                    confidence = Math.min(confidence, 0.6);
                    break;
                }
            }
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && RoleFinder.isDefinite(s, objectHead)
                && lexicon.isReleaseNoun(s.lemma(objectHead))) {
            // "Kallas welcomed the release": the release the article reported, by whoever set them free.
            String releaser = discourse.actorOfTheAct(RELEASE);
            if (releaser != null && !discourse.isSameSide(releaser, actors)) {
                found = List.of(releaser);
                confidence = Math.min(confidence, 0.6);
            }
        }
        if (found.isEmpty() && pos == 'V' && objectHead >= 0 && s.isNoun(objectHead) && RoleFinder.isDefinite(s, objectHead)) {
            // "condemned the suspension" after "suspended the licence", whatever code each was read as.
            String doer = discourse.actorOfActNamed(s.lemma(objectHead), actors);
            if (doer != null) {
                found = List.of(doer);
                confidence = Math.min(confidence, 0.55);
            }
        }
        int referring = pos == 'V' ? actReferenceOf(s, objectHead, entry) : -1;
        if (found.isEmpty() && referring >= 0) {
            // "the board backed the offer": the act the article reported before, of its kind when the noun names one.
            // "opened a review of the transaction": so is the act the object is about.
            String kind = lexicon.actReferenceKind(s.lemma(referring));
            // "Ghana appealed to Senegal to mediate, but Senegal rejected that appeal": the act may be in this sentence.
            String earlier = isSummaryOfClause(s, referring) ? subjectOfClause(s, s.parent(referring).token(), actors) : null;
            // "welcomed the ruling": the court that last acted, whatever it was read to do.
            // A court of the actor's own state counts: a president welcomes his country's court's ruling.
            String court = earlier == null && COURT_ACT.equals(kind) ? discourse.lastActorWhere(this::isCourt, actors) : null;
            // "The International Court of Justice ruled that ... Equatorial Guinea accepted the ruling": a court
            // whose ruling was no event of its own is still the court named last.
            if (earlier == null && court == null && COURT_ACT.equals(kind)) {
                court = entities.lastMentionedBefore(s.begin(referring), t -> t != null && t.isCollective(), k -> isCourt(k) && !actors.contains(k));
            }
            // "welcomed the decision" in a story led by a court's ruling: that ruling.
            String lead = discourse.leadActor();
            if (earlier == null && kind == null && lead != null && !actors.contains(lead) && isCourt(lead)) court = lead;
            if (court != null) earlier = court;
            if (COURT_ACT.equals(kind)) kind = null;
            // "backed the proposal": a kind may be several families ("03|02": an offer, or an appeal that proposes).
            List<String> kinds = kind == null ? List.of() : List.of(kind.split("\\|"));
            for (String k : kinds) if (earlier == null) earlier = actorEarlierInSentence(s, referring, k, actors);
            if (earlier == null && !kinds.isEmpty()) earlier = discourse.lastActorOfFamiliesOutside(kinds, actors);
            if (court == null && (earlier == null || discourse.isSameSide(earlier, actors))) earlier = discourse.actorOfReferredAct(actors);
            // "warned that Ottawa would extend the duties": the act's own subject's duties.
            if (earlier != null && roles.agentsBy(s, i, "nsubj").contains(earlier)) earlier = null;
            if (earlier != null) {
                found = List.of(earlier);
                confidence = Math.min(confidence, 0.55);
            }
        }
        if (found.isEmpty() && (lexicon.codeHas(entry.cameo(), "addressed-to-doer") || lexicon.codeHas(entry.cameo(), "accuses-clause-subject"))) {
            // "demanded that Ruto withdraw the bill", "its demand that the EU withdraw": an appeal is aimed at whoever must act;
            // "charged that Benin was hosting troops": an accusation at whoever it says acted.
            int clause = RoleFinder.dependent(s, i, "ccomp");
            List<String> addressees = new ArrayList<>(clause < 0 ? List.of() : roles.agentsBy(s, clause, "nsubj"));
            // "demanded that the crew be released": whoever must release them, the agent or their holder.
            if (addressees.isEmpty() && clause >= 0) addressees.addAll(doersOfPassive(s, clause, actors));
            addressees.removeAll(actors);
            if (!addressees.isEmpty()) found = addressees;
        }
        if (found.isEmpty() && (pos == 'V' || pos == 'N') && lexicon.codeHas(entry.cameo(), "aimed-as-its-act")) {
            // "threatened to revoke the licences of Grupo Norte", "pledged to help Kyiv": a threat or a
            // promise is aimed at whoever the act it announces would reach.
            // "warned that it would respond to any new British sanctions": so is the act a warning reports.
            // "renewed an offer to give Eritrea a stake": so is the act an offer's infinitive names.
            int act = pos == 'N' ? infinitiveOn(s, i) : RoleFinder.dependent(s, i, "xcomp");
            if (act < 0 && pos == 'V' && lexicon.codeHas(entry.cameo(), "threat")) act = RoleFinder.dependent(s, i, "ccomp");
            // "sued on Wednesday to block the takeover": an act done for a purpose is aimed where the purpose is.
            if (act < 0 && pos == 'V') act = purposeClause(s, i);
            if (act >= 0) act = actReachingSomeone(s, act);
            // "to give Ethiopia a dedicated terminal": the one given to, before the thing given.
            int object = act < 0 ? -1 : RoleFinder.dependent(s, act, "iobj", "obj");
            List<String> reached = new ArrayList<>();
            if (object >= 0) reached.addAll(roles.agents(s, object));
            // "would sanction commanders on either side": each one the object names.
            List<String> named = allOther(reached, actors);
            if (named.size() >= 2) found = named;
            if (found.isEmpty() && reached.isEmpty() && act >= 0) reached.addAll(roles.prepositionalTargets(s, act, REACHED_BY, false));
            if (object < 0 && act >= 0) object = TriggerChooser.prepositionalHead(s, act, REACHED_BY);
            if (reached.isEmpty() && object >= 0) reached.addAll(find(s, act, 'V', entry, actors, object, false).targets());
            reached.removeAll(actors);
            if (found.isEmpty() && !reached.isEmpty()) found = List.of(reached.get(0));
        }
        if (found.isEmpty() && pos == 'V' && lexicon.codeHas(entry.cameo(), "threat")) {
            // "suspended Gambia from the bloc and warned that sanctions would follow": a warning
            // joined to a hostile act is aimed where that act is.
            List<String> struck = allOther(hostileConjunctTargets(s, i), actors);
            if (!struck.isEmpty()) found = List.of(struck.get(0));
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "against-main-country") && entities.mainCountry() != null
                && !discourse.isSameSide(entities.mainCountry(), actors)) {
            // "Senegal closed its land border" in a story about a coup in Gambia.
            found = List.of(entities.mainCountry());
            confidence = Math.min(confidence, 0.5);
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "against-decider")) {
            // "Google is considering an appeal to the Tokyo District Court": against whoever ordered,
            // sanctioned or ruled against the appellant (the commission), not the court.
            for (String family : List.of("10", "17", "16", "11", "12")) {
                String decider = discourse.lastActorOfFamilyAgainst(family, actors.get(0), actors);
                if (decider != null) {
                    found = List.of(decider);
                    break;
                }
            }
            // "will apply to the Tribunal for a review" after the regulator blocked the deal in a sentence
            // read as no decision: whoever last moved against the appellant.
            String adversary = found.isEmpty() && courtHeard ? discourse.lastAdversaryOf(actors) : null;
            if (adversary != null && !roles.agents(s, objectHead).contains(adversary)) found = List.of(adversary);
            // "said she would appeal to the Court of Appeals", with no decider against her: the court is all it names.
            if (found.isEmpty() && courtHeard) found = firstOther(roles.agents(s, objectHead), actors);
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "probes-clause")) {
            // "opened an investigation into whether Savanna and two rivals had coordinated prices".
            found = allOther(whetherClauseSubjects(s, i, objectHead), actors);
        }
        EntityType actorType = entities.typeOf(actors.get(0));
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "against-own-state")
                && (actorType == EntityType.Group || actorType == EntityType.Organization)) {
            // "thousands of protesters marched in Nairobi": a crowd protests to its own state, as CAMEO
            // codes KENOPP against KENGOV; so does a party or movement of the country ("a strike
            // called by Jamaat-e-Islami"), one the gazetteer does not place being the article's.
            // An organisation's strike on condition ("would call strikes unless Lufthansa guaranteed
            // jobs") is aimed at the one who must meet it, as the threat is.
            boolean conditional = conditionedParty(s, clauseOf(s, i, pos), actors) != null;
            String state = actorType == EntityType.Organization && conditional ? null : entities.countryOf(actors.get(0));
            if (state == null && !conditional && entities.wikidataOf(actors.get(0)) == null) state = entities.mainCountry();
            if (state != null && entities.typeOf(state) == EntityType.Country) found = List.of(state);
        }
        if (found.isEmpty() && pos == 'V' && lexicon.codeHas(entry.cameo(), "conditioned-party")) {
            String conditioned = conditionedParty(s, i, actors);
            if (conditioned != null) found = List.of(conditioned);
        }
        if (found.isEmpty() && pos == 'V' && "deny".equals(lexicon.speechKind(s.lemma(i)))) {
            // "denied that the rules were aimed at Europe": the party the denied claim is about.
            String about = otherPartyIn(s, RoleFinder.dependent(s, i, "ccomp"), actors);
            if (about == null) about = claimant(s, i, actors);
            // "Argentina summoned Chile's ambassador, and the Chilean embassy denied any wrongdoing":
            // a move against the denier in the same sentence, else the last accusation.
            if (about == null) about = adversaryEarlierInSentence(s, i, actors);
            if (about == null) about = discourse.lastAccuserOf(actors);
            // "firmly rejects the fine": whoever last fined, sanctioned or threatened its side.
            if (about == null) about = discourse.lastAdversaryOf(actors);
            if (about != null) found = List.of(about);
        }
        if (found.isEmpty() && pos == 'V' && lexicon.codeHas(entry.cameo(), "office-holder")) {
            String body = bodyOfOffice(s, i, actors);
            if (body != null) {
                found = List.of(body);
                confidence = Math.min(confidence, 0.6);
            }
        }
        if (found.isEmpty() && pos != 'A') {
            // "a trip to Tokyo", "Fidan's visit to Athens": the destination's country is the host.
            boolean visit = lexicon.codeHas(entry.cameo(), "visit");
            List<String> hosts = allOther(roles.destinationHosts(s, i, visit), actors);
            if (!hosts.isEmpty()) found = hosts;
            // "von der Leyen, who arrived on Sunday": with no destination, a visitor arrives where the
            // story happens.
            String here = hosts.isEmpty() && visit && pos == 'V' ? roles.stateWhere(s, i) : null;
            if (here != null && !discourse.isSameSide(here, actors)) {
                found = List.of(here);
                confidence = Math.min(confidence, 0.5);
            }
        }
        if (found.isEmpty() && lexicon.codeHas(entry.cameo(), "aid-recipient")) {
            // "China flew tents into Jalalabad", "Britain pledged 20 million pounds in emergency aid"
            // in a story about an earthquake in Afghanistan: aid goes to the state where it is
            // delivered, else to whoever appealed for it, else to the one the article is about, else to
            // the first the lede names.
            List<String> recipients = new ArrayList<>();
            String place = entities.countryOfPlace(roles.place(s, i));
            if (place != null) recipients.add(place);
            // "the UN refugee agency appealed for 1.2 billion dollars ... Britain pledged 40 million
            // pounds": money pledged after an appeal for it answers the appeal.
            String appealer = discourse.actorOfTheAct("023");
            if (appealer != null) recipients.add(appealer);
            // "Saudi Arabia agreed to roll over a deposit held at Pakistan's central bank, and China
            // promised to refinance its loans": the one the last aid went to.
            String aided = discourse.lastTargetOfFamily(entry.cameo());
            if (aided != null) recipients.add(aided);
            if (entities.mainCountry() != null) recipients.add(entities.mainCountry());
            recipients.addAll(entities.countriesNamedIn(1));
            for (String recipient : recipients) {
                if (discourse.isSameSide(recipient, actors)) continue;
                found = List.of(recipient);
                confidence = Math.min(confidence, 0.5);
                break;
            }
        }
        // "supporters rallied ..., and police detained 27 people": the people held are the crowd's.
        int held = found.isEmpty() && lexicon.codeHas(entry.cameo(), "crowd-target") ? crowdActedOn(s, i, pos, objectHead) : -1;
        if (held >= 0 && roles.isNonEntityPhrase(s, held) && lexicon.isNameWord("crowd-member", s.lemma(held))) {
            String crowd = crowdIn(s);
            if (crowd == null) crowd = discourse.recentCrowd(s.index());
            if (crowd != null && !actors.contains(crowd)) found = List.of(crowd);
        }
        // "Argentina summoned Chile's ambassador, and the Chilean embassy denied any wrongdoing": a denial,
        // warning or demand aimed at no one answers whoever last moved against its actor, before the
        // story's other side is guessed. A noun ("backed the Chilean demand") mostly refers back to an
        // act already told, so it answers no one new.
        if (found.isEmpty() && answering && pos == 'V' && lexicon.codeHas(entry.cameo(), "answers-adversary") && answersSomeone(s, i, entry)) {
            String adversary = adversaryEarlierInSentence(s, i, actors);
            if (adversary == null) adversary = discourse.lastAdversaryOf(actors);
            if (adversary != null) {
                found = List.of(adversary);
                confidence = Math.min(confidence, 0.5);
            }
        }
        // "launched a counter-offensive": force that answers force is aimed at whoever last used it on another side.
        int act = pos == 'N' ? i : objectHead;
        if (found.isEmpty() && act >= 0 && entry.cameo().startsWith("19") && s.word(act).toLowerCase().startsWith("counter")) {
            String attacker = discourse.lastActorOfFamilyOutside("19", actors);
            if (attacker != null && !discourse.isSameSide(attacker, actors)) {
                found = List.of(attacker);
                confidence = Math.min(confidence, 0.55);
            }
        }
        // "called the levy protectionism": a call (041) whose object is a thing is no call, so has no
        // partner to guess; "ready to discuss an arrangement" still has one.
        boolean thingCalled = entry.isSymmetric() && entry.cameo().startsWith("041") && entry.requires().isEmpty();
        // The threat this act is the object of answers its adversary before the other side is guessed.
        boolean callerAnswersFirst = !answering && lexicon.codeHas(entry.cameo(), "answers-adversary");
        if (found.isEmpty() && !callerAnswersFirst && pos != 'N' && (roles.isNonEntityPhrase(s, objectHead) || isUnplacedSite(s, objectHead)) && !thingCalled
                && !lexicon.codeHas(entry.cameo(), "own-people")
                && !lexicon.isAudienceNoun(s.lemma(objectHead))) {
            String other = discourse.counterpartOf(actors.get(0));
            if (other != null) {
                found = List.of(other);
                confidence = Math.min(confidence, 0.55);
            }
        }
        return new Found(found, confidence);
    }

    /**
     * The people an act is done to: its object when that names a crowd member ("detained 27 people"),
     * else the object of its purpose ("fired tear gas to disperse the crowd"), or -1.
     */
    private int crowdActedOn(SentenceView s, int i, char pos, int objectHead) {
        if (objectHead >= 0 && lexicon.isNameWord("crowd-member", s.lemma(objectHead))) return objectHead;
        int purpose = pos == 'V' ? purposeClause(s, i) : -1;
        return purpose >= 0 ? RoleFinder.dependent(s, purpose, "obj") : -1;
    }

    /**
     * "offered to cut fees and give Ethiopia a terminal": of coordinated acts, the first whose object
     * names no party yields to a later one given to someone.
     */
    private int actReachingSomeone(SentenceView s, int act) {
        int object = RoleFinder.dependent(s, act, "iobj", "obj");
        if (object >= 0 && !roles.agents(s, object).isEmpty()) return act;
        for (SentenceView.Arc and : s.children(act, "conj")) {
            if (s.isVerb(and.token()) && RoleFinder.dependent(s, and.token(), "iobj") >= 0) return and.token();
        }
        return act;
    }

    /** The verb of an infinitive on act noun {@code noun} ("an offer to give Eritrea a stake"), or -1. */
    private static int infinitiveOn(SentenceView s, int noun) {
        return firstInfinitive(s, clausesOn(s, noun));
    }

    /** The clauses on a noun that are no relative clause ("an offer to give ...", "provinces to combat ..."). */
    private static List<SentenceView.Arc> clausesOn(SentenceView s, int noun) {
        List<SentenceView.Arc> clauses = new ArrayList<>();
        for (SentenceView.Arc a : s.children(noun)) if (a.relation().startsWith("acl") && !a.relation().equals("acl:relcl")) clauses.add(a);
        return clauses;
    }

    /** The first of {@code clauses} that is a verb marked by "to", or -1. */
    private static int firstInfinitive(SentenceView s, List<SentenceView.Arc> clauses) {
        for (SentenceView.Arc c : clauses) {
            if (!s.isVerb(c.token())) continue;
            for (SentenceView.Arc m : s.children(c.token(), "mark")) if (s.word(m.token()).equalsIgnoreCase("to")) return c.token();
        }
        return -1;
    }

    /**
     * The verb of an infinitive of purpose on {@code verb} ("sued to block"), or -1. The parser may
     * hang it on the verb's last phrase instead: "declared a state of emergency in three provinces
     * to combat the gang" (acl of "provinces").
     */
    private static int purposeClause(SentenceView s, int verb) {
        List<SentenceView.Arc> clauses = new ArrayList<>(s.children(verb, "advcl"));
        for (SentenceView.Arc c : s.children(verb)) {
            if (c.relation().startsWith("obl") || c.relation().equals("obj")) clauses.addAll(clausesOn(s, c.token()));
        }
        return firstInfinitive(s, clauses);
    }

    /** A crowd (a group entity that is no armed group) the sentence names, or null. */
    private String crowdIn(SentenceView s) {
        for (int t = 0; t < s.size(); t++) {
            String k = entities.entityAt(s.index(), t);
            if (k == null || entities.typeOf(k) != EntityType.Group) continue;
            if (!lexicon.isArmedGroup(CollectiveActors.groupOfLabel(entities.labelOf(k)))) return k;
        }
        return null;
    }

    /**
     * "reopened the Torkham border crossing": a named site no gazetteer or sentence places is no
     * party either, so like a thing it leaves the act to the article's counterpart.
     */
    private boolean isUnplacedSite(SentenceView s, int head) {
        String key = head < 0 ? null : entities.entityAt(s.index(), head);
        EntityType t = entities.typeOf(key);
        return t != null && t.isPlace() && t != EntityType.Country && entities.countryOfPlace(key) == null;
    }

    /** The subject of a verb before {@code before} in the sentence whose act is of CAMEO family {@code kind}, not on the actors' side. */
    private String actorEarlierInSentence(SentenceView s, int before, String kind, List<String> actors) {
        return subjectOfEarlierAct(s, before, (verb, act) -> act.cameo().startsWith(kind), k -> !discourse.isSameSide(k, actors));
    }

    /**
     * Whether an act that names no one is the kind that answers someone: a warning of what would
     * follow ("warned that any seizure would draw a firm response"), not a caution that "risks
     * remained high"; a demand for something, not pressure on people to act ("pressured developers
     * to remove links": people in the plural, or an infinitive, name whom it addresses).
     */
    private boolean answersSomeone(SentenceView s, int verb, TriggerEntry entry) {
        if (entry.cameo().startsWith("13")) {
            int consequence = RoleFinder.dependent(s, verb, "ccomp");
            return consequence >= 0 && s.children(consequence, "aux").stream().anyMatch(a -> s.tag(a.token()).equals("MD"));
        }
        if (entry.cameo().startsWith("10")) {
            int object = RoleFinder.dependent(s, verb, "obj");
            return RoleFinder.dependent(s, verb, "xcomp") < 0 && (object < 0 || !s.tag(object).equals("NNS"));
        }
        return true;
    }

    /** "Argentina summoned Chile's ambassador, and the Chilean embassy denied ...": who moved against the actor's side (CAMEO 10 to 19) earlier in the sentence. */
    private String adversaryEarlierInSentence(SentenceView s, int before, List<String> actors) {
        return subjectOfEarlierAct(s, before, (verb, act) -> act.cameo().startsWith("1")
                && roles.agentsBy(s, verb, "obj").stream().anyMatch(o -> discourse.isSameSide(o, actors)), k -> !discourse.isSameSide(k, actors));
    }

    /** "are demanding a recount, but Nauseda ruled out a recount": who asked for the same thing earlier in the sentence. */
    private String askerEarlierInSentence(SentenceView s, int thing, List<String> actors) {
        return subjectOfEarlierAct(s, thing, (verb, act) -> {
            int asked = RoleFinder.dependent(s, verb, "obj");
            return (act.cameo().startsWith("02") || act.cameo().startsWith("10")) && asked >= 0 && s.lemma(asked).equalsIgnoreCase(s.lemma(thing));
        }, k -> !actors.contains(k));
    }

    /** The first subject {@code accepted} takes of the nearest verb before {@code before} whose act {@code fits}, or null. */
    private String subjectOfEarlierAct(SentenceView s, int before, java.util.function.BiPredicate<Integer, TriggerEntry> fits,
                                       java.util.function.Predicate<String> accepted) {
        for (int t = before - 1; t >= 0; t--) {
            if (!s.isVerb(t)) continue;
            TriggerEntry act = triggers.chooseEntry(s, t, 'V');
            if (act == null || !fits.test(t, act)) continue;
            for (String k : roles.agentsBy(s, t, "nsubj")) if (accepted.test(k)) return k;
        }
        return null;
    }

    /** The parties the object of the verb {@code i} is conjoined to names, when that verb is a hostile act (CAMEO 11 and up). */
    private List<String> hostileConjunctTargets(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        if (up == null || up.token() < 0 || !up.relation().startsWith("conj") || !s.isVerb(up.token())) return List.of();
        TriggerEntry act = triggers.chooseEntry(s, up.token(), 'V');
        if (act == null || act.cameo().compareTo("11") < 0) return List.of();
        return roles.agentsBy(s, up.token(), "obj");
    }

    /** The countries the {@code relation} phrases of {@code noun} name or lie in. */
    private List<String> countriesOfPlaces(SentenceView s, int noun, String relation) {
        List<String> out = new ArrayList<>();
        for (SentenceView.Arc c : s.children(noun, relation)) {
            String key = entities.entityAt(s.index(), c.token());
            EntityType t = entities.typeOf(key);
            // countryOfPlace gives a country itself back.
            String country = t == EntityType.Country || t != null && t.isPlace() ? entities.countryOfPlace(key) : null;
            if (country != null && !out.contains(country)) out.add(country);
        }
        return out;
    }

    /** The first of {@code keys} not on the actors' side, as a list of one, or empty. */
    private List<String> otherSide(List<String> keys, List<String> actors) {
        String other = discourse.firstOutside(keys, actors);
        return other == null ? List.of() : List.of(other);
    }

    /** Disapproval and rejection (CAMEO 11, 12) judge an act, and so its doer. */
    private static boolean judgesAnAct(String cameo) {
        return cameo.startsWith("11") || cameo.startsWith("12");
    }

    /** Where goods come from: "goods imported from the bloc", "imports from China". */
    private List<String> originOf(SentenceView s, int goods) {
        List<Integer> heads = new ArrayList<>(List.of(goods));
        for (SentenceView.Arc c : s.children(goods)) {
            if (c.relation().startsWith("acl") || c.relation().equals("amod") && s.tag(c.token()).equals("VBN")) heads.add(c.token());
        }
        // "more than 90% of goods imported from the bloc": the share's goods.
        for (SentenceView.Arc of : s.children(goods, "nmod:of")) {
            heads.add(of.token());
            for (SentenceView.Arc c : s.children(of.token())) if (c.relation().startsWith("acl")) heads.add(c.token());
        }
        List<String> origin = new ArrayList<>();
        for (int h : heads) origin.addAll(roles.agentsBy(s, h, "nmod:from", "obl:from"));
        return origin;
    }

    /** Whoever an "under X's control" phrase on the object or on the verb names as holder. */
    private List<String> holdersUnder(SentenceView s, int object, int verb) {
        List<SentenceView.Arc> phrases = new ArrayList<>(s.children(object, "nmod:under"));
        phrases.addAll(s.children(verb, "obl:under"));
        List<String> holders = new ArrayList<>();
        for (SentenceView.Arc p : phrases) {
            if (lexicon.isControlNoun(s.lemma(p.token()))) holders.addAll(roles.agentsBy(s, p.token(), "nmod:poss", "amod", "compound", "nmod:of", "nmod:by"));
        }
        return holders;
    }

    /** Those of {@code candidates} that are not actors, in order. */
    private static List<String> allOther(List<String> candidates, List<String> actors) {
        List<String> out = new ArrayList<>(candidates);
        out.removeAll(actors);
        return out;
    }

    /** The first of {@code candidates} that is not one of the actors, alone, or none. */
    private static List<String> firstOther(List<String> candidates, List<String> actors) {
        for (String k : candidates) if (!actors.contains(k)) return List.of(k);
        return List.of();
    }

    /**
     * The definite noun that refers back to an act: the object itself ("backed the offer") or what
     * the object is about ("a review of the transaction"); -1 if neither.
     */
    private int actReferenceOf(SentenceView s, int object, TriggerEntry entry) {
        if (object < 0 || !s.isNoun(object)) return -1;
        if (RoleFinder.isDefinite(s, object) && lexicon.isActReference(s.lemma(object))) return object;
        // "He offered to pay, an offer the company dismissed": a noun set off after a clause sums up its act.
        if (isSummaryOfClause(s, object) && namesAnAct(s.lemma(object))) return object;
        int about = TriggerChooser.prepositionalHead(s, object, entry.targetPreps());
        return about >= 0 && s.isNoun(about) && RoleFinder.isDefinite(s, about) && lexicon.isActReference(s.lemma(about)) ? about : -1;
    }

    /** "..., a ruling his lawyer said she would appeal": an indefinite noun hung loosely on the clause before it. */
    private static boolean isSummaryOfClause(SentenceView s, int noun) {
        SentenceView.Arc up = s.parent(noun);
        if (up == null || up.token() < 0 || up.token() > noun || !s.isVerb(up.token())) return false;
        return noun >= 2 && s.word(noun - 1).matches("(?i)an?") && s.word(noun - 2).equals(",");
    }

    /**
     * "The court ordered him held, a ruling ...": who did the act of the clause a summary noun hangs
     * on, its subject or that of the verb it completes or is joined to; null if one of the actors.
     */
    private String subjectOfClause(SentenceView s, int verb, List<String> actors) {
        int cur = verb;
        for (int step = 0; step < 4; step++) {
            SentenceView.Arc up = s.parent(cur);
            String rel = up == null || up.token() < 0 ? "" : up.relation();
            // "ordered Kalnins held": the small clause's own subject did not order anything.
            boolean complement = rel.equals("xcomp") || rel.equals("dep") && s.isVerb(up.token());
            List<String> subject = complement ? List.of() : roles.agentsBy(s, cur, "nsubj");
            if (!subject.isEmpty()) return actors.contains(subject.get(0)) ? null : subject.get(0);
            if (!(complement || rel.startsWith("conj"))) return null;
            cur = up.token();
        }
        return null;
    }

    /** Whose a thing is, other than the actors': its possessor, else a name or demonym on it ("Philippine boats"). */
    private List<String> ownersOf(SentenceView s, int noun, List<String> actors) {
        // A possessive pronoun is bound by the clause's own subject ("at its own boats").
        int possessive = RoleFinder.dependent(s, noun, "nmod:poss");
        String owner = possessive >= 0 && !s.isPronoun(possessive) ? roles.possessor(s, noun) : null;
        if (owner != null && !actors.contains(owner)) return List.of(owner);
        return firstOther(roles.agentsBy(s, noun, "compound", "amod"), actors);
    }

    /** A noun that names an act someone did: "the decision", "the offer", "the allegations". */
    private boolean namesAnAct(String lemma) {
        return lexicon.isActReference(lemma) || lexicon.isClaimNoun(lemma) || !lexicon.triggers(lemma, 'N').isEmpty();
    }

    /** A claim about someone ("the allegations") or a reproach ("the criticism", CAMEO 11 as a noun). */
    private boolean isReproach(String lemma) {
        if (lexicon.isClaimNoun(lemma)) return true;
        for (TriggerEntry e : lexicon.triggers(lemma, 'N')) if (e.cameo().startsWith("11")) return true;
        return false;
    }

    /**
     * "rejected the fine", "dismissed the sanctions": a rejection or a denial (12, 016) of a noun naming
     * an act against someone (CAMEO 10 to 19). Other verbs on such a noun ("condemned the attack") keep
     * their own readings.
     */
    private boolean refusesHostileAct(TriggerEntry entry, String lemma) {
        if (!EventExtractor.isDenialOrRejection(entry.cameo())) return false;
        for (TriggerEntry e : lexicon.triggers(lemma, 'N')) if (e.cameo().startsWith("1")) return true;
        return false;
    }

    /** "criticism", "rebuke": a noun whose every sense is a reproach (CAMEO 11), not "appeal" (a lawsuit or a plea). */
    private boolean namesCriticismOnly(String lemma) {
        List<TriggerEntry> senses = lexicon.triggers(lemma, 'N');
        return !senses.isEmpty() && senses.stream().allMatch(e -> e.cameo().startsWith("11") && e.requires().isEmpty());
    }

    /**
     * "Islamabad accuses Kabul of sheltering militants, a charge the Taliban deny": a denial of the
     * claim the sentence reports answers whoever made it, the subject of the sentence's main clause.
     */
    private String claimant(SentenceView s, int verb, List<String> actors) {
        if (!speech.restatesClaim(s, verb)) return null;
        int root = s.root();
        if (root < 0) return null;
        for (String k : roles.agentsBy(s, root, "nsubj")) if (!discourse.isSameSide(k, actors)) return k;
        return null;
    }

    /**
     * "will step down as chief executive": the body whose office it is. The one the title names
     * ("as chief executive of Brightwater"), else the one the person's own title names, else the
     * only organisation or company the sentence names.
     */
    private String bodyOfOffice(SentenceView s, int verb, List<String> actors) {
        for (SentenceView.Arc as : s.children(verb, "obl")) {
            if (!RoleFinder.marker(s, as.token()).equals("as")) continue;
            String named = SentenceScope.organisationOfTitle(s, as.token(), entities);
            if (named != null && !actors.contains(named)) return named;
        }
        if (actors.size() == 1 && entities.titleSideOf(actors.get(0)) != null) return entities.titleSideOf(actors.get(0));
        String only = null;
        for (String k : entities.inSentence(s.index())) {
            EntityType t = entities.typeOf(k);
            if (t == null || !t.isA("Organization")) continue;
            if (only != null && !only.equals(k)) return null;
            only = k;
        }
        return only;
    }

    /** The clause an act's condition hangs on: the verb itself, or the verb a noun trigger depends on ("would call strikes unless"). */
    private static int clauseOf(SentenceView s, int i, char pos) {
        SentenceView.Arc up = s.parent(i);
        return pos == 'V' || up == null || up.token() < 0 ? i : up.token();
    }

    /**
     * "warned that New Delhi would extend the tariffs if Brussels did not exempt ...": the subject
     * of an if/unless clause on the act or on its reported complement, when not on the actor's side.
     */
    String conditionedParty(SentenceView s, int verb, List<String> actors) {
        List<Integer> clauses = new ArrayList<>(List.of(verb));
        for (SentenceView.Arc c : s.children(verb)) {
            if (c.relation().equals("ccomp") || c.relation().startsWith("xcomp")) clauses.add(c.token());
        }
        for (int clause : clauses) {
            for (SentenceView.Arc c : s.children(clause, "advcl")) {
                String marker = RoleFinder.marker(s, c.token());
                if (!marker.equals("if") && !marker.equals("unless")) continue;
                for (String k : roles.agentsBy(s, c.token(), "nsubj")) if (!discourse.isSameSide(k, actors)) return k;
                // A passive condition is met by its agent: the one named by "by", else whoever holds a person
                // to be freed ("if Ben Romdhane was not freed"), else a side's own forces or goods ("if
                // Armenian forces were not pulled back"); a person held by no one names no one.
                for (String k : roles.agentsBy(s, c.token(), "obl:agent")) if (!discourse.isSameSide(k, actors)) return k;
                for (String k : roles.agentsBy(s, c.token(), "nsubj:pass")) {
                    String holder = discourse.holderOf(k);
                    String party = holder != null ? holder : entities.typeOf(k) == EntityType.Person ? null : k;
                    if (party != null && !discourse.isSameSide(party, actors)) return party;
                }
            }
        }
        return null;
    }

    /** The subjects of a "whether" clause on the act or its object. */
    private List<String> whetherClauseSubjects(SentenceView s, int act, int object) {
        for (int head : new int[] {act, object}) {
            if (head < 0) continue;
            for (SentenceView.Arc c : s.children(head)) {
                boolean whether = s.children(c.token(), "mark").stream().anyMatch(m -> s.word(m.token()).equalsIgnoreCase("whether"));
                if (whether) return roles.agentsBy(s, c.token(), "nsubj", "nsubj:pass");
            }
        }
        return List.of();
    }

    /** The first agent inside a clause that is not one of {@code actors} nor of their country. */
    private String otherPartyIn(SentenceView s, int clause, List<String> actors) {
        if (clause < 0) return null;
        for (int t : s.subtree(clause)) {
            for (String k : roles.agents(s, t)) if (!discourse.isSameSide(k, actors)) return k;
        }
        return null;
    }

    /** The state a named place other than a country lies in ("Goma", "Bamako"), or null. */
    private String stateOfNamedPlace(SentenceView s, int head) {
        String place = entities.entityAt(s.index(), head);
        EntityType t = place == null ? null : entities.typeOf(place);
        return t != null && t != EntityType.Country && t.isPlace() ? entities.countryOfPlace(place) : null;
    }

    /** The act-references kind of a noun that names a court's act ("the ruling", "the verdict"). */
    private static final String COURT_ACT = "court";

    /** Is the entity a court, by a court word in its name ("Supreme Court of Panama")? */
    private boolean isCourt(String key) {
        return lexicon.hasNameWordIn("court-word", entities.labelOf(key));
    }

    /** CAMEO's families of force: assault, fight, unconventional mass violence. */
    private static final List<String> FORCE_FAMILIES = List.of("18", "19", "20");

    /**
     * Who must do the passive act of {@code clause} ("that the men be freed by the rebels", "for the
     * crew to be released"): its agent, else whoever the article said holds its patients (named, or
     * by their demonym: "the Italian fishermen"), else, for a release, whoever last detained anyone.
     */
    private List<String> doersOfPassive(SentenceView s, int clause, List<String> actors) {
        List<String> agents = roles.agentsBy(s, clause, "obl:agent");
        if (!agents.isEmpty() || s.children(clause, "aux:pass").isEmpty()) return agents;
        List<String> holders = new ArrayList<>();
        for (SentenceView.Arc patient : s.children(clause, "nsubj:pass")) {
            List<String> named = roles.agents(s, patient.token());
            if (named.isEmpty()) named = roles.agentsBy(s, patient.token(), "amod", "compound", "nmod:of");
            for (String k : named) {
                String holder = discourse.holderOf(k);
                if (holder != null && !holders.contains(holder)) holders.add(holder);
            }
        }
        boolean release = lexicon.triggers(s.lemma(clause), 'V').stream().anyMatch(t -> t.cameo().startsWith(RELEASE));
        if (holders.isEmpty() && release) {
            String detainer = discourse.lastActorOfFamilyOutside("17", actors);
            if (detainer != null) holders.add(detainer);
        }
        return holders;
    }
}
