package org.newsgraph.extract;

import java.util.List;

/**
 * One event the article reports.
 *
 * @param cameo          CAMEO code ("036"), resolved to an ontology class by the RDF stage
 * @param actorKey       entity key of who acts
 * @param targetKey      entity key of who is acted upon, or null
 * @param placeKey       entity key of where, or null
 * @param time           when, or null
 * @param modality       how the text presents it
 * @param attributedToKey entity key of whose claim it is (reported speech), or null
 * @param trigger        the word(s) that express it
 * @param evidence       the trigger span(s): the first is the primary evidence
 * @param confidence     0..1
 * @param actingBodyKey  entity key of the state body through which the actor (its state) acted
 *                       ("Georgia's foreign ministry summoned ..."), or null
 * @param theme          the phrase naming what the act is done to or about when that is no party
 *                       ("bought twelve Airbus jets", "signed a 27-year contract"), or null
 * @param targetBodyKey  entity key of the state body through which the target (its state) was
 *                       acted upon ("militants ambushed an army patrol"), or null
 */
public record Event(String cameo, String actorKey, String targetKey, String placeKey, TimeValue time,
                    Modality modality, String attributedToKey, String trigger, List<Span> evidence,
                    double confidence, String actingBodyKey, Span theme, String targetBodyKey) {
    public Event {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) throw new IllegalArgumentException("an event needs evidence");
    }

    /** An event whose target is no state acted upon through one of its bodies. */
    public Event(String cameo, String actorKey, String targetKey, String placeKey, TimeValue time, Modality modality,
                 String attributedToKey, String trigger, List<Span> evidence, double confidence, String actingBodyKey, Span theme) {
        this(cameo, actorKey, targetKey, placeKey, time, modality, attributedToKey, trigger, evidence, confidence, actingBodyKey, theme, null);
    }

    /** An event its actor did directly, through no state body of its own. */
    public Event(String cameo, String actorKey, String targetKey, String placeKey, TimeValue time,
                 Modality modality, String attributedToKey, String trigger, List<Span> evidence, double confidence) {
        this(cameo, actorKey, targetKey, placeKey, time, modality, attributedToKey, trigger, evidence, confidence, null, null);
    }

    /** An event with no theme phrase. */
    public Event(String cameo, String actorKey, String targetKey, String placeKey, TimeValue time, Modality modality,
                 String attributedToKey, String trigger, List<Span> evidence, double confidence, String actingBodyKey) {
        this(cameo, actorKey, targetKey, placeKey, time, modality, attributedToKey, trigger, evidence, confidence, actingBodyKey, null);
    }

    public Span primaryEvidence() { return evidence.get(0); }

    /** The same event with {@code other}'s evidence appended (another mention of it). */
    public Event plusEvidence(Event other) {
        List<Span> all = new java.util.ArrayList<>(evidence);
        all.addAll(other.evidence());
        return new Event(cameo, actorKey, targetKey, placeKey, time, modality, attributedToKey, trigger, all, confidence, actingBodyKey, theme, targetBodyKey);
    }

    public Event withTime(TimeValue newTime) {
        return new Event(cameo, actorKey, targetKey, placeKey, newTime, modality, attributedToKey, trigger, evidence, confidence, actingBodyKey, theme, targetBodyKey);
    }

    /** The same event with its parties replaced, as when a state body's act is coded as its state's. */
    public Event withParties(String actor, String target, String attributedTo, String actingBody, String targetBody) {
        return new Event(cameo, actor, target, placeKey, time, modality, attributedTo, trigger, evidence, confidence, actingBody, theme, targetBody);
    }

    public Event withTheme(Span newTheme) {
        return new Event(cameo, actorKey, targetKey, placeKey, time, modality, attributedToKey, trigger, evidence, confidence, actingBodyKey, newTheme, targetBodyKey);
    }
}
