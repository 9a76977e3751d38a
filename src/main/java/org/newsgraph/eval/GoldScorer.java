package org.newsgraph.eval;

import org.newsgraph.eval.GoldScore.EntityResult;
import org.newsgraph.eval.GoldScore.EventResult;
import org.newsgraph.eval.GoldScore.MissReason;
import org.newsgraph.eval.GoldScore.NegativeResult;
import org.newsgraph.eval.GoldScore.RelationResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the graph rows of one article against its gold file, following the rules of
 * {@code GOLD-FORMAT.md}:
 * <ul>
 *   <li>entity: some node has the gold Wikidata item, or a label equal to the name or an alias
 *       (case- and accent-insensitive);</li>
 *   <li>event: CAMEO code under one of the gold codes, actor and target matching the gold entities;
 *       symmetric acts (040 041 044 046 057) either way round; a visit (042) matches hosting (043)
 *       with the roles swapped; one-to-one, maximising the number of matches;</li>
 *   <li>modality, attribution and time (extracted ISO value starts with the gold value) over found
 *       events; a gold null means the graph must not state one;</li>
 *   <li>relation: subject and object match, and the property maps to a listed Wikidata property or
 *       its label contains the words of {@code what};</li>
 *   <li>negative: an extracted event with the negative's type, roles (symmetric acts either way, but
 *       no visit/hosting exchange) and modality is a hit. Such an event earns no credit for a gold
 *       event either, so a hit always costs precision.</li>
 * </ul>
 * An event without a modality counts as asserted: a plain statement asserts.
 */
public final class GoldScorer {
    /** CAMEO acts with no direction: consult / meet / engage in negotiation / mediate ... */
    private static final List<String> SYMMETRIC_CODES = List.of("040", "041", "044", "046", "057");
    private static final String VISIT = "042", HOST = "043";
    private static final String DEFAULT_MODALITY = "asserted";
    /** Words of a relation's {@code what} that carry no meaning of their own. */
    private static final Set<String> STOP_WORDS = Set.of("of", "in", "to", "the", "a", "an", "for", "with",
            "on", "at", "by", "and", "is", "as");

    public GoldScore score(GoldFile gold, GraphRows rows) {
        SystemGraph graph = new SystemGraph(rows);
        List<NegativeResult> negatives = scoreNegatives(gold, graph);
        Set<String> negativeHits = new java.util.HashSet<>();
        for (NegativeResult n : negatives) negativeHits.addAll(n.hitBy());
        return new GoldScore(gold.id(), scoreEntities(gold, graph), scoreEvents(gold, graph, negativeHits),
                scoreRelations(gold, graph), negatives, graph.events().size(), rows.relations().size());
    }

    // ---- entities ----

    private List<EntityResult> scoreEntities(GoldFile gold, SystemGraph graph) {
        List<String> iris = new ArrayList<>(graph.entityIris());
        iris.sort(Comparator.naturalOrder()); // deterministic report
        List<EntityResult> results = new ArrayList<>();
        for (GoldFile.Entity entity : gold.entities()) {
            String match = null;
            for (String iri : iris) {
                if (graph.sameEntity(iri, entity)) { match = iri; break; }
            }
            results.add(new EntityResult(entity, match));
        }
        return results;
    }

    // ---- events ----

    /** One way of reading an extracted event: its code with actor and target in some order. */
    private record Reading(String code, String actor, String target) {}

    private List<EventResult> scoreEvents(GoldFile gold, SystemGraph graph, Set<String> negativeHits) {
        List<ExtractedEvent> extracted = graph.events();
        List<List<Integer>> candidates = new ArrayList<>();
        for (GoldFile.Event event : gold.events()) {
            List<Integer> fitting = new ArrayList<>();
            for (int i = 0; i < extracted.size(); i++) {
                ExtractedEvent e = extracted.get(i);
                if (!negativeHits.contains(e.iri())
                        && fits(e, event.cameo(), gold.entity(event.actor()), gold.entity(event.target()), graph, true)) {
                    fitting.add(i);
                }
            }
            // Prefer the extracted event from the gold evidence sentence, then the nearest one, then
            // one of the gold's date ("expelled two in 2019 and another on Thursday"), so that when
            // two gold events compete the attribute scores compare the right pair.
            fitting.sort(Comparator.<Integer>comparingInt(i -> sentenceDistance(extracted.get(i), event))
                    .thenComparing(i -> !Boolean.TRUE.equals(timeCorrect(extracted.get(i), event.time()))));
            candidates.add(fitting);
        }
        int[] match = BipartiteMatching.match(candidates, extracted.size());

        List<EventResult> results = new ArrayList<>();
        for (int g = 0; g < gold.events().size(); g++) {
            GoldFile.Event event = gold.events().get(g);
            if (match[g] < 0) {
                results.add(new EventResult(event, null, missReason(event, gold, graph, negativeHits),
                        null, null, null, null, null));
                continue;
            }
            ExtractedEvent e = extracted.get(match[g]);
            results.add(new EventResult(event, e.iri(), null,
                    modalityCorrect(e, event.modality()),
                    attributionCorrect(e, gold.entity(event.attributedTo()), graph),
                    timeCorrect(e, event.time()),
                    String.join("|", modalities(e)), e.times().isEmpty() ? null : String.join("|", e.times())));
        }
        return results;
    }

    private static int sentenceDistance(ExtractedEvent e, GoldFile.Event gold) {
        if (e.sentence() == null || gold.sentence() == null) return Integer.MAX_VALUE / 2;
        return Math.abs(e.sentence() - gold.sentence());
    }

    /** Whether some reading of the extracted event has the type and both roles. */
    private boolean fits(ExtractedEvent e, List<String> cameo, GoldFile.Entity actor, GoldFile.Entity target,
                         SystemGraph graph, boolean visitIsHosting) {
        for (Reading r : readings(e, visitIsHosting)) {
            if (typeFits(r.code(), cameo) && roleFits(r.actor(), actor, graph) && roleFits(r.target(), target, graph)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeFits(String code, List<String> acceptable) {
        for (String root : acceptable) if (code.startsWith(Names.cameo(root))) return true;
        return false;
    }

    /** A gold role left null accepts anything; otherwise the system entity must be the gold one. */
    private static boolean roleFits(String systemEntity, GoldFile.Entity goldEntity, SystemGraph graph) {
        return goldEntity == null || graph.sameEntity(systemEntity, goldEntity);
    }

    /**
     * Every reading the matching rules allow: as extracted; reversed for a symmetric act; and a
     * visit read as the host's hosting (and back) with actor and target exchanged. The last is
     * for finding gold events only, not negatives: the seed gold accepts "Trump hosts Petro" (043)
     * for the invitation while forbidding an asserted "Petro visits Trump" (042), so a negative
     * names the very code it forbids.
     */
    private static List<Reading> readings(ExtractedEvent e, boolean visitIsHosting) {
        List<String> actors = e.actors().isEmpty() ? Arrays.asList((String) null) : new ArrayList<>(e.actors());
        List<String> targets = e.targets().isEmpty() ? Arrays.asList((String) null) : new ArrayList<>(e.targets());
        List<Reading> readings = new ArrayList<>();
        for (String code : e.cameoCodes()) {
            for (String actor : actors) {
                for (String target : targets) {
                    readings.add(new Reading(code, actor, target));
                    if (isSymmetric(code)) readings.add(new Reading(code, target, actor));
                    if (!visitIsHosting) continue;
                    if (code.startsWith(VISIT)) readings.add(new Reading(HOST + code.substring(3), target, actor));
                    if (code.startsWith(HOST)) readings.add(new Reading(VISIT + code.substring(3), target, actor));
                }
            }
        }
        return readings;
    }

    private static boolean isSymmetric(String code) {
        for (String s : SYMMETRIC_CODES) if (code.startsWith(s)) return true;
        return false;
    }

    /** Explains a miss by the closest extracted event: what was right, what was not. */
    private MissReason missReason(GoldFile.Event event, GoldFile gold, SystemGraph graph, Set<String> negativeHits) {
        GoldFile.Entity actor = gold.entity(event.actor()), target = gold.entity(event.target());
        boolean anyType = false, actorRight = false, targetRight = false, fullFitFree = false, fullFitNegative = false;
        boolean otherType = false;
        for (ExtractedEvent e : graph.events()) {
            // Partial fits are looked for where the gold event is stated, not anywhere in the article.
            boolean sameSentence = event.sentence() == null || e.sentence() == null || event.sentence().equals(e.sentence());
            for (Reading r : readings(e, true)) {
                if (!typeFits(r.code(), event.cameo())) {
                    otherType |= sameSentence && roleFits(r.actor(), actor, graph) && roleFits(r.target(), target, graph);
                    continue;
                }
                boolean a = roleFits(r.actor(), actor, graph), t = roleFits(r.target(), target, graph);
                if (a && t) {
                    if (negativeHits.contains(e.iri())) fullFitNegative = true; else fullFitFree = true;
                }
                if (!sameSentence) continue;
                anyType = true;
                if (a && t) {
                    continue;
                } else if (a) {
                    actorRight = true;
                } else if (t) {
                    targetRight = true;
                }
            }
        }
        if (fullFitFree) return MissReason.EVENT_USED_FOR_OTHER_GOLD;
        if (fullFitNegative) return MissReason.EVENT_HITS_NEGATIVE;
        if (!anyType) return otherType ? MissReason.OTHER_TYPE_SAME_PARTIES : MissReason.NO_EVENT_OF_TYPE;
        if (actorRight) return MissReason.WRONG_TARGET;
        if (targetRight) return MissReason.WRONG_ACTOR;
        return MissReason.WRONG_ACTOR_AND_TARGET;
    }

    private static Set<String> modalities(ExtractedEvent e) {
        return e.modalities().isEmpty() ? Set.of(DEFAULT_MODALITY) : e.modalities();
    }

    private static Boolean modalityCorrect(ExtractedEvent e, String goldModality) {
        if (goldModality == null) return null;
        return modalities(e).contains(goldModality.trim().toLowerCase(Locale.ROOT));
    }

    private static Boolean attributionCorrect(ExtractedEvent e, GoldFile.Entity goldSource, SystemGraph graph) {
        if (goldSource == null) return e.attributedTo().isEmpty();
        for (String source : e.attributedTo()) if (graph.sameEntity(source, goldSource)) return true;
        return false;
    }

    /** Prefix match: "2026-01-07" is right for gold "2026-01"; a gold null wants no time. */
    private static Boolean timeCorrect(ExtractedEvent e, String goldTime) {
        if (goldTime == null) return e.times().isEmpty();
        for (String time : e.times()) if (time.startsWith(goldTime.trim())) return true;
        return false;
    }

    // ---- negatives ----

    private List<NegativeResult> scoreNegatives(GoldFile gold, SystemGraph graph) {
        List<NegativeResult> results = new ArrayList<>();
        for (GoldFile.Negative negative : gold.negatives()) {
            List<String> hits = new ArrayList<>();
            String forbidden = negative.modality() == null ? null : negative.modality().trim().toLowerCase(Locale.ROOT);
            for (ExtractedEvent e : graph.events()) {
                boolean modalityHit = forbidden == null || modalities(e).contains(forbidden);
                if (modalityHit && fits(e, negative.cameo(), gold.entity(negative.actor()),
                        gold.entity(negative.target()), graph, false)) {
                    hits.add(e.iri());
                }
            }
            results.add(new NegativeResult(negative, List.copyOf(hits)));
        }
        return results;
    }

    // ---- relations ----

    private List<RelationResult> scoreRelations(GoldFile gold, SystemGraph graph) {
        List<RelationResult> results = new ArrayList<>();
        for (GoldFile.Relation relation : gold.relations()) {
            GoldFile.Entity subject = gold.entity(relation.subject()), object = gold.entity(relation.object());
            RelationRow found = null;
            for (RelationRow row : graph.rows().relations()) {
                if (graph.sameEntity(row.subject(), subject) && graph.sameEntity(row.object(), object)
                        && propertyFits(row, relation)) {
                    found = row;
                    break;
                }
            }
            results.add(new RelationResult(relation, found));
        }
        return results;
    }

    /** Listed Wikidata property, or every meaningful word of {@code what} starts a word of the label. */
    static boolean propertyFits(RelationRow row, GoldFile.Relation relation) {
        String pid = Names.pid(row.wikidataProperty());
        if (pid != null) {
            for (String listed : relation.wikidata()) if (pid.equals(Names.pid(listed))) return true;
        }
        String label = Names.key((row.propertyLabel() == null ? "" : row.propertyLabel()) + " "
                + Names.splitCamelCase(Names.localName(row.property())));
        List<String> labelWords = Arrays.asList(label.split(" "));
        boolean anyWord = false;
        for (String word : Names.key(relation.what()).split(" ")) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) continue;
            anyWord = true;
            if (labelWords.stream().noneMatch(w -> w.startsWith(word))) return false;
        }
        return anyWord;
    }
}
