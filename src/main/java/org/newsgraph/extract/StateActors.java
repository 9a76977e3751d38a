package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CAMEO codes the acts of a government's ministries, departments and embassies, and what a
 * spokesperson says for a state or a group (speaker-titles.tsv), as the acts of their state or
 * group: "Georgia's foreign ministry summoned the ambassador" is Georgia summoning, and a
 * complaint about the State Department is a complaint about the United States. So an event whose
 * actor, target or source is such a body (executive-bodies.tsv) or spokesperson takes their state
 * or group instead, and keeps the actor's body or spokesperson as the event's acting body, so the
 * graph loses nothing. A body
 * outside the executive (a court, a parliament, a regulator) acts for itself, and an act inside
 * one state ("the interior ministry criticised the finance ministry") keeps its bodies.
 */
final class StateActors {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ResolvedEntities entities;

    /** Spokesperson → the organisation or state they speak for. */
    private final Map<String, String> speakerFor = new HashMap<>();

    StateActors(Gazetteer gazetteer, Lexicon lexicon, ResolvedEntities entities, List<Relation> relations) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.entities = entities;
        for (Relation r : relations) {
            if (!r.property().equals("employedBy") || entities.typeOf(r.subjectKey()) != EntityType.Person) continue;
            boolean speaker = entities.titles.getOrDefault(r.subjectKey(), Set.of()).stream().anyMatch(lexicon::isSpeakerTitle);
            if (speaker) speakerFor.putIfAbsent(r.subjectKey(), r.objectKey());
        }
    }

    Event asStateAct(Event e) {
        String actor = stateOf(e.actorKey());
        String target = stateOf(e.targetKey());
        if (actor.equals(target)) return e;
        String body = actor.equals(e.actorKey()) ? e.actingBodyKey() : e.actorKey();
        return e.withParties(actor, target, stateOf(e.attributedToKey()), body);
    }

    /**
     * The state an executive body acts for (as the article or the gazetteer says), the body or
     * state a spokesperson speaks for, else the entity itself.
     */
    private String stateOf(String key) {
        if (key != null && speakerFor.containsKey(key)) return stateOf(speakerFor.get(key));
        if (key == null || entities.typeOf(key) != EntityType.GovernmentBody || !lexicon.isExecutiveBody(entities.labelOf(key))) {
            return key;
        }
        String state = entities.countryOf(key);
        if (state == null) {
            state = gazetteer.byQid(entities.wikidataOf(key)).flatMap(gazetteer::countryOf).map(entities::ensure).orElse(null);
        }
        return state != null ? state : key;
    }
}
