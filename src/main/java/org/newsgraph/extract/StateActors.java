package org.newsgraph.extract;

import java.util.Objects;

/**
 * CAMEO codes the acts of a government's ministries, departments and embassies as the acts of
 * their state: "Georgia's foreign ministry summoned the ambassador" is Georgia summoning, and a
 * complaint about the State Department is a complaint about the United States. So an event whose
 * actor, target or source is such a body (executive-bodies.tsv) takes its state instead, and keeps
 * the actor's body as the event's acting body and the target's as its target body ("militants
 * ambushed an army patrol"), so the graph loses nothing. A body outside the
 * executive (a court, a parliament, a regulator) acts for itself, and an act inside one state
 * ("the interior ministry criticised the finance ministry") keeps its bodies.
 *
 * <p>A named spokesperson ("Kremlin spokesman Dmitry Peskov warned") acts as themselves, as the
 * annotators of four of our five independently written gold sets code them; whom they speak for
 * is their employedBy relation. An unnamed one ("a Kremlin spokesman said") is their state
 * already, as an agent noun (agent-nouns.tsv).
 */
final class StateActors {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ResolvedEntities entities;

    StateActors(Gazetteer gazetteer, Lexicon lexicon, ResolvedEntities entities) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.entities = entities;
    }

    Event asStateAct(Event e) {
        String actor = stateOf(e.actorKey());
        String target = stateOf(e.targetKey());
        if (actor.equals(target)) return e;
        String body = actor.equals(e.actorKey()) ? e.actingBodyKey() : e.actorKey();
        String targetBody = Objects.equals(target, e.targetKey()) ? e.targetBodyKey() : e.targetKey();
        return e.withParties(actor, target, stateOf(e.attributedToKey()), body, targetBody);
    }

    /** The state an executive body acts for (as the article or the gazetteer says), else the entity itself. */
    private String stateOf(String key) {
        if (key == null || entities.typeOf(key) != EntityType.GovernmentBody || !lexicon.isExecutiveBody(entities.labelOf(key))) {
            return key;
        }
        String state = entities.countryOf(key);
        if (state == null) {
            state = gazetteer.countryOfQid(entities.wikidataOf(key)).map(entities::ensure).orElse(null);
        }
        return state != null ? state : key;
    }
}
