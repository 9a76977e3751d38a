package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the article is about at the current sentence: the entities mentioned so far, the two
 * countries the article is chiefly about, and the last actor. Used only where the syntax leaves
 * a role implicit ("Colombian officials welcomed the tone" — welcomed whose tone?), and every
 * such inference lowers the confidence of the fact.
 */
final class Discourse {
    private final ResolvedEntities entities;
    private final Quotations quotations;
    private final List<String> mainCountries;
    /** Who acted and who spoke, least recent first (each party once, at its latest place). */
    private final List<String> actorsByRecency = new ArrayList<>();
    private final List<String> speakersByRecency = new ArrayList<>();
    private final java.util.Map<String, String> lastActorByCode = new java.util.HashMap<>();
    /** Whom an act of each CAMEO family (two digits) was last aimed at. */
    private final java.util.Map<String, String> lastTargetByFamily = new java.util.HashMap<>();
    /** The same by the code's three-digit prefix, the act ("084" for 084, 0841 and 0842). */
    private final java.util.Map<String, String> lastActorByPrefix = new java.util.HashMap<>();
    /** Actors by CAMEO family ("19" for 190 and 194), latest last; and by family and target ("19|Yemen"). */
    private final java.util.Map<String, List<String>> actorsByFamily = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> actorsByFamilyAndTarget = new java.util.HashMap<>();
    /** The group that last protested (CAMEO 14) and the sentence it did so in, for "police detained 27 people". */
    private String lastCrowd;
    private int lastCrowdSentence = Integer.MIN_VALUE / 2;
    private final java.util.Map<String, String> lastAccuserOf = new java.util.HashMap<>();
    /** Who last acted against a party (CAMEO 10 to 19: demands, reproaches, threats, coercion), by the party and its country. */
    private final java.util.Map<String, String> lastAdversaryOf = new java.util.HashMap<>();
    /** Who last demanded or appealed for a thing, by the head word of what was asked ("rerun"). */
    private final java.util.Map<String, String> askerOf = new java.util.HashMap<>();
    private final java.util.Map<String, String> holderOf = new java.util.HashMap<>();
    /** Every event reported so far, in order: what "followed suit" repeats, what "the suspension" names. */
    private final List<Event> events = new ArrayList<>();
    /** The actor of the article's first act: what "the move" and "the offer" refer to first. */
    private String leadActor;
    private String leadTarget;
    private String leadCode;
    private List<String> lastPersonPair = List.of();
    private List<String> lastTalksPair = List.of();
    private int lastPersonPairSentence = -10;

    Discourse(ResolvedEntities entities, Quotations quotations) {
        this.entities = entities;
        this.quotations = quotations;
        List<String> countries = new ArrayList<>();
        for (String key : entities.bySalience()) {
            if (entities.typeOf(key) == EntityType.Country && mentionCount(key) >= 2) countries.add(key);
            if (countries.size() == 2) break;
        }
        this.mainCountries = countries.size() == 2 && dominates(countries) ? List.copyOf(countries) : List.of();
    }

    /**
     * An article is about a pair of countries only when most mentions of acting parties belong to
     * them; with a third party in play an implicit target is a guess, and no guess is made.
     */
    private boolean dominates(List<String> pair) {
        int pairMentions = 0;
        int agentMentions = 0;
        for (Mention m : entities.mentions()) {
            EntityType t = entities.typeOf(m.entityKey());
            if (t == null || !t.isAgent()) continue;
            String country = entities.countryOf(m.entityKey());
            if (t == EntityType.Person && country == null) continue;
            if (t == EntityType.Company) continue;
            agentMentions++;
            if (country != null && pair.contains(country)) pairMentions++;
        }
        return agentMentions > 0 && pairMentions >= 0.6 * agentMentions;
    }

    private int mentionCount(String key) {
        return (int) entities.mentions().stream().filter(m -> m.entityKey().equals(key)).count();
    }

    /** The article's direct quotations: whose words a quoted sentence is ({@link SpeechReader}). */
    Quotations quotations() { return quotations; }

    /** The two countries the article is chiefly about, or empty when there is no clear pair. */
    List<String> mainCountries() { return mainCountries; }

    /** The other side of the article's main bilateral pair, seen from {@code agent}'s country. */
    String counterpartOf(String agent) {
        String country = entities.countryOf(agent);
        if (country == null || mainCountries.isEmpty()) return null;
        if (country.equals(mainCountries.get(0))) return mainCountries.get(1);
        if (country.equals(mainCountries.get(1))) return mainCountries.get(0);
        return null;
    }

    /**
     * The two most recently mentioned entities of a type before {@code sentence}, for "both
     * leaders" and "the two countries".
     */
    List<String> lastTwo(EntityType type, int sentence) {
        return lastTwo(type, sentence, key -> true);
    }

    /** The last two entities of {@code type} up to {@code sentence} that {@code accepts}, or empty. */
    List<String> lastTwo(EntityType type, int sentence, java.util.function.Predicate<String> accepts) {
        List<String> found = new ArrayList<>();
        for (int s = sentence; s >= 0 && found.size() < 2; s--) {
            List<String> here = new ArrayList<>(entities.inSentence(s));
            for (int k = here.size() - 1; k >= 0 && found.size() < 2; k--) {
                String key = here.get(k);
                EntityType t = entities.typeOf(key);
                boolean fits = type == EntityType.Group ? t != null && t.isAgent() : t == type;
                if (fits && accepts.test(key) && !found.contains(key)) found.add(key);
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    String lastActor() { return actorsByRecency.isEmpty() ? null : actorsByRecency.get(actorsByRecency.size() - 1); }

    /** Who last did an act of this CAMEO code: "accepted the invitation" answers whose invitation. */
    String lastActorOf(String cameo) { return lastActorByCode.get(cameo); }

    /**
     * Who did "the" act under this three-digit code ("084" for any release): the article's lead act
     * when it is one (a story about a release means that release), else the last one.
     */
    String actorOfTheAct(String act) {
        return leadCode != null && leadCode.startsWith(act) ? leadActor : lastActorByPrefix.get(act);
    }

    /**
     * Who last did an act of this code, else of its CAMEO family: "called the attack a massacre"
     * after "artillery pounded positions" (194) judges the pounding, an act of the same family (19).
     */
    String lastActorOfFamily(String cameo) {
        String exact = lastActorByCode.get(cameo);
        if (exact != null) return exact;
        List<String> family = actorsByFamily.getOrDefault(family(cameo), List.of());
        return family.isEmpty() ? null : family.get(family.size() - 1);
    }

    /**
     * Who most recently did an act of this CAMEO family, other than {@code these}: "Denmark backed
     * the deal" answers the buyer's deal, not Denmark's own stake mentioned in between.
     */
    String lastActorOfFamilyOutside(String cameo, List<String> these) {
        return latestOutside(actorsByFamily.getOrDefault(family(cameo), List.of()), these);
    }

    /**
     * As {@link #lastActorOfFamilyOutside}, for an act of any of the families (one or several: a
     * proposal is made by an offer, 03, or an appeal, 02).
     */
    String lastActorOfFamiliesOutside(List<String> families, List<String> these) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            if (families.contains(family(e.cameo())) && !isSameSide(e.actorKey(), these)) return e.actorKey();
        }
        return null;
    }

    /** As {@link #lastActorOfFamilyOutside}, among acts aimed at {@code target} or at a party of that country ("the strikes on Yemen"). */
    String lastActorOfFamilyAgainst(String cameo, String target, List<String> these) {
        return latestOutside(actorsByFamilyAndTarget.getOrDefault(family(cameo) + "|" + target, List.of()), these);
    }

    /** Whom an act of this CAMEO family was last aimed at ("agreed to roll over a deposit" ... "China promised to refinance"). */
    String lastTargetOfFamily(String cameo) {
        return lastTargetByFamily.get(family(cameo));
    }

    private static String family(String cameo) {
        return cameo.substring(0, Math.min(2, cameo.length()));
    }

    /** Who last accused or criticised one of {@code these}: "the RSF denied any involvement" answers the army's blame. */
    String lastAccuserOf(List<String> these) {
        // "Germany accused Russia ... Foreign Ministry spokeswoman Maria Zakharova denied": her side was accused.
        for (String k : withTheirSides(these)) if (lastAccuserOf.containsKey(k)) return lastAccuserOf.get(k);
        return null;
    }

    /** Who last demanded of, reproached, threatened or coerced one of {@code these} or their side, if not their own side. */
    String lastAdversaryOf(List<String> these) {
        for (String k : withTheirSides(these)) {
            String adversary = lastAdversaryOf.get(k);
            if (adversary != null && !isSameSide(adversary, these)) return adversary;
        }
        return null;
    }

    /** {@code these}, then the country and the title's side of each, in that order: whom an act against them may have named. */
    private List<String> withTheirSides(List<String> these) {
        List<String> all = new ArrayList<>(these);
        for (String k : these) {
            for (String side : java.util.Arrays.asList(entities.countryOf(k), entities.titleSideOf(k))) if (side != null) all.add(side);
        }
        return all;
    }

    /** Who last arrested, detained or otherwise coerced {@code person} in the article, or null. */
    String holderOf(String person) {
        return person == null ? null : holderOf.get(person);
    }

    /** Who made the last statement the article reported, other than {@code these} and their side. */
    String lastSpeakerOtherThan(List<String> these) {
        return latestOutside(speakersByRecency, these);
    }

    /**
     * Who made the claim {@code these} answer ("rejected the allegation", "called the claim without
     * merit"): whoever last accused them, else whoever spoke last.
     */
    String makerOfClaimAgainst(List<String> these) {
        String accuser = lastAccuserOf(these);
        return accuser != null ? accuser : lastSpeakerOtherThan(these);
    }

    /**
     * Whose act "the offer", "the move", "the ruling" refers to, other than {@code these}: the
     * article's lead act (news opens with it, and later sentences react to it), else the party
     * that acted most recently.
     */
    /** The actor of the article's lead act, or null before it. */
    String leadActor() { return leadActor; }

    String actorOfReferredAct(List<String> these) {
        if (leadActor != null && !isSameSide(leadActor, these)) return leadActor;
        return latestOutside(actorsByRecency, these);
    }

    /**
     * The two parties of the article's lead act ("Congo and the M23 accused each other"), whom
     * "both sides" and "all parties" later mean; empty before that act or when it had one party.
     */
    List<String> leadPair() {
        return leadActor == null || leadTarget == null ? List.of() : List.of(leadActor, leadTarget);
    }

    /** Who last asked for a thing named by this head word ("demanding a rerun"), or null. */
    String askerOf(String headWord) {
        return askerOf.get(headWord.toLowerCase(java.util.Locale.ROOT));
    }

    /** The two parties of the last talks or agreement (CAMEO 04, 057), whom "the two delegations" later mean. */
    List<String> lastTalksPair() { return lastTalksPair; }

    /** "X spoke with Y ... they agreed": the two people of a recent exchange, within two sentences. */
    List<String> recentPersonPair(int sentence) {
        return sentence - lastPersonPairSentence <= 2 ? lastPersonPair : List.of();
    }

    /** One of {@code these}, or the country or body one of them acts for (Trump on "the new measures" of the US). */
    boolean isSameSide(String candidate, List<String> these) {
        if (these.contains(candidate)) return true;
        String country = entities.countryOf(candidate);
        for (String k : these) if (country != null && country.equals(entities.countryOf(k))) return true;
        // "Commission spokeswoman Anneke Vos" speaks for the Commission.
        for (String k : these) if (candidate.equals(entities.titleSideOf(k))) return true;
        return false;
    }

    /** The first of {@code keys}, in their order, not on the side of {@code these}; null if none. */
    String firstOutside(List<String> keys, List<String> these) {
        for (String k : keys) if (!isSameSide(k, these)) return k;
        return null;
    }

    private String latestOutside(List<String> byRecency, List<String> these) {
        for (int k = byRecency.size() - 1; k >= 0; k--) {
            if (!isSameSide(byRecency.get(k), these)) return byRecency.get(k);
        }
        return null;
    }

    /** The group that last protested (CAMEO 14), if it did so in this sentence or the one before; else null. */
    String recentCrowd(int sentence) {
        return sentence - lastCrowdSentence <= 1 ? lastCrowd : null;
    }

    /** The last event reported, for an act that repeats it ("followed suit"); null before any. */
    Event lastEvent() { return events.isEmpty() ? null : events.get(events.size() - 1); }

    /**
     * Who last did an act whose trigger word shares its stem with the noun ("the suspension" after
     * "suspended", "the closure" after "closed"), other than {@code these}; null if none did.
     */
    String actorOfActNamed(String noun, List<String> these) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            String verb = e.trigger().split("[ …]")[0].toLowerCase(java.util.Locale.ROOT);
            if (sharedStem(n, verb) && !isSameSide(e.actorKey(), these)) return e.actorKey();
        }
        return null;
    }

    /**
     * The actor of the latest act done by one that {@code is}, other than {@code these}, or null. A
     * body of the same state counts: a president welcomes his own country's court's ruling.
     */
    String lastActorWhere(java.util.function.Predicate<String> is, List<String> these) {
        for (int k = events.size() - 1; k >= 0; k--) {
            String actor = events.get(k).actorKey();
            if (is.test(actor) && !these.contains(actor)) return actor;
        }
        return null;
    }

    /** A common start of five letters or more, most of the shorter word: "suspension" and "suspended". */
    private static boolean sharedStem(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) common++;
        return common >= 5 && common * 5 >= Math.min(a.length(), b.length()) * 3;
    }

    void eventSeen(Event told, int sentence) {
        // "Kosovo police raided ...": the story goes on about the state its armed arm or police stand for.
        Event e = told.withParties(entities.stateOfArm(told.actorKey()), entities.stateOfArm(told.targetKey()),
                told.attributedToKey(), told.actingBodyKey(), told.targetBodyKey());
        events.add(e);
        if (e.cameo().startsWith("14") && entities.typeOf(e.actorKey()) == EntityType.Group) {
            lastCrowd = e.actorKey();
            lastCrowdSentence = sentence;
        }
        if (e.attributedToKey() != null) moveToLatest(speakersByRecency, e.attributedToKey());
        // "Milei made the remarks in a radio interview": a statement (CAMEO 01) is its actor's words.
        if (e.cameo().startsWith("01") && e.attributedToKey() == null) moveToLatest(speakersByRecency, e.actorKey());
        // The lead act is the first one with a target: "US Sanctions Chinese Maker Over Russia Sales"
        // is about the sanctions, not about the sales the headline mentions in passing.
        if (leadActor == null && e.targetKey() != null) {
            leadActor = e.actorKey();
            leadTarget = e.targetKey();
            leadCode = e.cameo();
        }
        actorSeen(e.actorKey());
        lastActorByCode.put(e.cameo(), e.actorKey());
        if (e.cameo().length() >= 3) lastActorByPrefix.put(e.cameo().substring(0, 3), e.actorKey());
        moveToLatest(actorsByFamily.computeIfAbsent(family(e.cameo()), f -> new ArrayList<>()), e.actorKey());
        if (e.targetKey() != null) {
            lastTargetByFamily.put(family(e.cameo()), e.targetKey());
            for (String aimed : java.util.Arrays.asList(e.targetKey(), entities.homeCountryOf(e.targetKey()))) {
                if (aimed != null) moveToLatest(actorsByFamilyAndTarget.computeIfAbsent(family(e.cameo()) + "|" + aimed, f -> new ArrayList<>()), e.actorKey());
            }
        }
        // CAMEO 02 and 10 (appeal, demand): what was asked for, so that "ruled out a rerun" answers the asker.
        // The theme phrase keeps no head, so each of its words names what was asked ("a recount of the vote").
        if ((e.cameo().startsWith("02") || e.cameo().startsWith("10")) && e.theme() != null) {
            for (String word : e.theme().text().toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                if (word.length() > 3) askerOf.put(word, e.actorKey());
            }
        }
        // CAMEO 11x (disapprove, accuse): remembered so that a later denial answers its accuser.
        if (e.cameo().startsWith("11") && e.targetKey() != null) lastAccuserOf.put(e.targetKey(), e.actorKey());
        if (e.cameo().startsWith("1") && e.targetKey() != null) {
            lastAdversaryOf.put(e.targetKey(), e.actorKey());
            String home = entities.homeCountryOf(e.targetKey());
            if (home != null) lastAdversaryOf.put(home, e.actorKey());
        }
        // CAMEO 17x (arrest, detain) and 075 (grant asylum): whoever now holds or shelters the person.
        // A court that orders someone held keeps them in the custody of the state that arrested them.
        boolean courtOrder = entities.typeOf(e.actorKey()) == EntityType.GovernmentBody && holderOf.containsKey(e.targetKey());
        if ((e.cameo().startsWith("17") || e.cameo().equals("075")) && e.targetKey() != null && !courtOrder) holderOf.put(e.targetKey(), e.actorKey());
        // A mediation (045) is no talks between its mediator and one side.
        if (e.targetKey() != null && (e.cameo().startsWith("04") && !e.cameo().startsWith("045") || e.cameo().startsWith("057"))) {
            lastTalksPair = List.of(e.actorKey(), e.targetKey());
        }
        if (e.targetKey() != null && entities.typeOf(e.actorKey()) == EntityType.Person
                && entities.typeOf(e.targetKey()) == EntityType.Person) {
            lastPersonPair = List.of(e.actorKey(), e.targetKey());
            lastPersonPairSentence = sentence;
        }
    }

    void actorSeen(String actor) {
        if (actor == null) return;
        moveToLatest(actorsByRecency, actor);
    }

    private static void moveToLatest(List<String> byRecency, String key) {
        byRecency.remove(key);
        byRecency.add(key);
    }
}
