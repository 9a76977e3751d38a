package org.newsgraph.eval;

import java.util.List;

/**
 * How one article's graph compares with its gold file: one result per gold item (found or why
 * not), plus the counts behind the figures.
 *
 * @param extractedEvents    distinct event IRIs the system produced (precision denominator)
 * @param extractedRelations relation rows the system produced (shown for context; GOLD-FORMAT
 *                           defines no relation precision)
 */
public record GoldScore(String articleId, List<EntityResult> entities, List<EventResult> events,
                        List<RelationResult> relations, List<NegativeResult> negatives,
                        int extractedEvents, int extractedRelations) {

    /** Why a gold event was not found, from the closest extracted event. */
    public enum MissReason {
        /** no extracted event in the gold event's sentence has a CAMEO code under the gold codes */
        NO_EVENT_OF_TYPE,
        /**
         * as NO_EVENT_OF_TYPE, but an event in its sentence has the gold actor and target under
         * another code: the act was read, and typed otherwise (often a coding convention)
         */
        OTHER_TYPE_SAME_PARTIES,
        /** an event of the right type in its sentence has the right target, but the actor is another entity (or missing) */
        WRONG_ACTOR,
        /** an event of the right type in its sentence has the right actor, but the target is another entity (or missing) */
        WRONG_TARGET,
        /** events of the right type in its sentence, but neither role matches */
        WRONG_ACTOR_AND_TARGET,
        /** a fitting event exists but one-to-one matching gave it to another gold event */
        EVENT_USED_FOR_OTHER_GOLD,
        /** the only fitting events assert a listed negative, so they earn no credit */
        EVENT_HITS_NEGATIVE
    }

    /** @param matchedEntity the system entity IRI that matched, or null */
    public record EntityResult(GoldFile.Entity gold, String matchedEntity) {
        public boolean found() { return matchedEntity != null; }
    }

    /**
     * @param matchedEvent     the extracted event IRI matched one-to-one, or null
     * @param missReason       null when found
     * @param modalityCorrect  null when not found
     */
    public record EventResult(GoldFile.Event gold, String matchedEvent, MissReason missReason,
                              Boolean modalityCorrect, Boolean attributionCorrect, Boolean timeCorrect,
                              String systemModality, String systemTime) {
        public boolean found() { return matchedEvent != null; }
    }

    /** @param matched a relation row that satisfies the gold relation, or null */
    public record RelationResult(GoldFile.Relation gold, RelationRow matched) {
        public boolean found() { return matched != null; }
    }

    /** @param hitBy extracted event IRIs that assert the forbidden fact */
    public record NegativeResult(GoldFile.Negative gold, List<String> hitBy) {
        public boolean hit() { return !hitBy.isEmpty(); }
    }

    public Fraction entityRecall() { return count(entities.stream().filter(EntityResult::found).count(), entities.size()); }

    public Fraction eventRecall() { return count(matchedEvents(), events.size()); }

    /** Extracted events matched to gold / distinct events extracted. */
    public Fraction eventPrecision() { return count(matchedEvents(), extractedEvents); }

    public Fraction modalityAccuracy() { return overFound(EventResult::modalityCorrect); }

    public Fraction attributionAccuracy() { return overFound(EventResult::attributionCorrect); }

    public Fraction timeAccuracy() { return overFound(EventResult::timeCorrect); }

    public Fraction relationRecall() { return count(relations.stream().filter(RelationResult::found).count(), relations.size()); }

    /** Negatives asserted by at least one extracted event / negatives listed. */
    public Fraction negativesHit() { return count(negatives.stream().filter(NegativeResult::hit).count(), negatives.size()); }

    private long matchedEvents() { return events.stream().filter(EventResult::found).count(); }

    private Fraction overFound(java.util.function.Function<EventResult, Boolean> attribute) {
        int correct = 0, total = 0;
        for (EventResult e : events) {
            Boolean value = attribute.apply(e);
            if (!e.found() || value == null) continue;
            total++;
            if (value) correct++;
        }
        return new Fraction(correct, total);
    }

    private static Fraction count(long count, long total) { return new Fraction((int) count, (int) total); }
}
