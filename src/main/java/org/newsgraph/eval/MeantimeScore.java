package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MEANTIME figures for one document or, summed with {@link #plus}, for the corpus (micro).
 *
 * @param entities         named PER/ORG/LOC mentions, types must agree (SOURCE.md protocol)
 * @param entitiesUntyped  the same with types ignored: did we find the name at all
 * @param entitiesByType   typed figures per PER / ORG / LOC
 * @param links            DBpedia link right / mentions matched that both gold and system link
 * @param timexStrict      same first and last token
 * @param timexRelaxed     at least one token in common (TempEval-3 extent match)
 * @param timexValue       relaxed match with the identical value (TempEval-3 value F1)
 * @param timexValueAccuracy identical value / relaxed matches
 * @param eventTriggers    our event triggers vs gold EVENT_MENTIONs (one-to-one by token overlap)
 * @param actorAccuracy    our actor is a gold Arg0, over our events with an actor that hit a gold
 *                         event mention having an Arg0
 * @param targetAccuracy   likewise for target vs Arg1
 * @param arg1Accuracy     Arg1 read as PropBank reads it, the patient or theme: our target or our
 *                         theme phrase is a gold Arg1, over our events with either that hit a gold
 *                         event mention having an Arg1
 * @param participants     (trigger, role, argument) tuples, Arg0=actor, Arg1=target, one-to-one;
 *                         gold participants referring to the same entity instance count once
 */
public record MeantimeScore(int documents, Prf entities, Prf entitiesUntyped, Map<String, Prf> entitiesByType,
                            Fraction links, Prf timexStrict, Prf timexRelaxed, Prf timexValue,
                            Fraction timexValueAccuracy, Prf eventTriggers, Fraction actorAccuracy,
                            Fraction targetAccuracy, Fraction arg1Accuracy, Prf participants) {

    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    public static MeantimeScore empty() {
        Map<String, Prf> byType = new LinkedHashMap<>();
        for (String t : TYPES) byType.put(t, Prf.NONE);
        return new MeantimeScore(0, Prf.NONE, Prf.NONE, byType, Fraction.NONE, Prf.NONE, Prf.NONE, Prf.NONE,
                Fraction.NONE, Prf.NONE, Fraction.NONE, Fraction.NONE, Fraction.NONE, Prf.NONE);
    }

    public MeantimeScore {
        entitiesByType = Map.copyOf(entitiesByType);
    }

    public MeantimeScore plus(MeantimeScore o) {
        Map<String, Prf> byType = new LinkedHashMap<>();
        for (String t : TYPES) byType.put(t, type(t).plus(o.type(t)));
        return new MeantimeScore(documents + o.documents, entities.plus(o.entities),
                entitiesUntyped.plus(o.entitiesUntyped), byType, links.plus(o.links),
                timexStrict.plus(o.timexStrict), timexRelaxed.plus(o.timexRelaxed), timexValue.plus(o.timexValue),
                timexValueAccuracy.plus(o.timexValueAccuracy), eventTriggers.plus(o.eventTriggers),
                actorAccuracy.plus(o.actorAccuracy), targetAccuracy.plus(o.targetAccuracy),
                arg1Accuracy.plus(o.arg1Accuracy),
                participants.plus(o.participants));
    }

    public Prf type(String type) { return entitiesByType.getOrDefault(type, Prf.NONE); }

    /**
     * Reference figures. None exist for these layers on MEANTIME itself; the time figures are
     * TempEval-3 (TimeBank/AQUAINT news), recalled in SOURCE.md, not re-checked.
     */
    public static final List<PublishedScore> PUBLISHED = List.of(
            new PublishedScore("HeidelTime (TempEval-3 winner)", "time value F1", 77.6,
                    "TempEval-3 Task A, other corpus; recalled, not re-checked"),
            new PublishedScore("SUTime (CoreNLP)", "time relaxed extent F1", 90.0,
                    "TempEval-3 Task A, other corpus; recalled, not re-checked"),
            new PublishedScore("SUTime (CoreNLP)", "time value F1", 67.0,
                    "TempEval-3 Task A, other corpus; recalled, not re-checked"),
            new PublishedScore("best SemEval-2015 TimeLine system", "timeline F1", 7.85,
                    "cross-document timelines on this corpus; not comparable to these layers"));
}
