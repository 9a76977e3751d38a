package org.newsgraph.eval;

/**
 * One row of {@code queries/events.rq} plus the trigger span of the event's evidence. An event
 * may come back in several rows (one per label combination); rows with the same {@link #event}
 * IRI are one event.
 *
 * @param cameo        the CAMEO code of the event's class ("036")
 * @param time         TIMEX3-style ISO value or null
 * @param modality     contract string: asserted, hedged, hypothetical, negated, planned
 * @param sentence     0 = headline, body sentences 1-based
 * @param triggerBegin character offset in the article text, or null
 * @param themeBegin   character offset of the event's theme phrase ({@code queries/event-themes.rq}), or null
 */
public record EventRow(String event, String cameo, String actor, String actorLabel, String target, String targetLabel,
                       String time, String modality, String attributedTo, String attributedToLabel, Integer sentence,
                       Integer triggerBegin, Integer triggerEnd, Integer themeBegin, Integer themeEnd) {

    /** A row of an event without a theme. */
    public EventRow(String event, String cameo, String actor, String actorLabel, String target, String targetLabel,
                    String time, String modality, String attributedTo, String attributedToLabel, Integer sentence,
                    Integer triggerBegin, Integer triggerEnd) {
        this(event, cameo, actor, actorLabel, target, targetLabel, time, modality, attributedTo, attributedToLabel,
                sentence, triggerBegin, triggerEnd, null, null);
    }
}
