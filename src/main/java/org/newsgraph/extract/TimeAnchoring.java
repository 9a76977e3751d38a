package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which event or relationship each time expression dates. A time belongs to the nearest event
 * above it in the tree ("Speaking on Wednesday, X said ..." dates the saying), never to the
 * sentence as a whole, and the climb stops where the time plainly is not the event's:
 * <ul>
 *   <li>at a reporting verb: "…, the ministry said in a statement on Monday" dates the statement,
 *       not the trip it announces, even when the parser hangs the statement under the trip;</li>
 *   <li>at a relative clause: "backed the offer, which values the company at its closing price
 *       on Monday" does not date the backing;</li>
 *   <li>at a noun it modifies: "a 1995 resolution" dates the resolution, not the act on it;</li>
 *   <li>at a bound: "could sign a pact before the end of the year", "until March", "since 2020"
 *       give a limit, not the time of the act.</li>
 * </ul>
 * An event left without a time that is reported in the present or the progressive ("the EU said
 * last week it was considering steps") takes the time of its report; a past perfect ("said on
 * Tuesday it had agreed") or a plan ("said it would appeal") does not.
 */
final class TimeAnchoring {
    private static final Set<String> BOUNDS = Set.of("before", "until", "till", "by", "since", "after");
    private static final Set<String> NOT_AT_REPORT_TIME = Set.of("had", "has", "have", "will", "would", "'d", "'ll", "could", "might", "may");
    private static final int MAX_CLIMB = 6;
    private static final Set<String> PRENOMINAL = Set.of("amod", "compound", "nummod");

    private final Lexicon lexicon;

    TimeAnchoring(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Time per anchor token ({@link ResolvedEntities#at} keys). */
    Map<Long, TimeValue> anchor(List<SentenceView> sentences, List<TimeResolver.Found> times,
                                List<EventExtractor.Found> events, List<BilateralRelationships.Found> relationships) {
        Map<Long, Boolean> anchors = new HashMap<>();
        for (EventExtractor.Found e : events) anchors.put(ResolvedEntities.at(e.sentenceIndex(), e.anchor()), true);
        for (BilateralRelationships.Found r : relationships) anchors.put(ResolvedEntities.at(r.sentenceIndex(), r.anchor()), true);
        Map<Long, TimeValue> out = new HashMap<>();
        Map<Long, TimeValue> reportTimes = new HashMap<>();
        Map<Long, TimeValue> verbTimes = new HashMap<>();
        for (TimeResolver.Found t : times) {
            if (!t.expression().value().hasInterval()) continue;
            SentenceView s = sentences.get(t.sentenceIndex());
            int cur = t.headToken();
            for (int step = 0; step < MAX_CLIMB; step++) {
                SentenceView.Arc up = s.parent(cur);
                if (up == null || up.token() < 0 || up.relation().equals("acl:relcl") || isBound(s, cur)) break;
                cur = up.token();
                long key = ResolvedEntities.at(s.index(), cur);
                if (anchors.containsKey(key)) {
                    out.putIfAbsent(key, t.expression().value());
                    break;
                }
                // "pressed Ankara to revoke a 1995 resolution", "since the disputed 2024 election": a
                // time inside a noun phrase dates that thing, not the act around it.
                if (step == 0 && PRENOMINAL.contains(up.relation())) break;
                if (s.isVerb(cur) && lexicon.isReportingVerb(s.lemma(cur))) {
                    reportTimes.putIfAbsent(key, t.expression().value());
                    break;
                }
                if (s.isVerb(cur)) verbTimes.putIfAbsent(key, t.expression().value());
            }
        }
        for (EventExtractor.Found e : events) {
            // "defended the law on Thursday, accusing the EU of meddling": a free participle
            // clause tells what was done on the same occasion, so it shares the verb's time.
            long key = ResolvedEntities.at(e.sentenceIndex(), e.anchor());
            SentenceView s = sentences.get(e.sentenceIndex());
            SentenceView.Arc up = s.parent(e.anchor());
            if (out.containsKey(key) || up == null || up.token() < 0) continue;
            long governor = ResolvedEntities.at(s.index(), up.token());
            if (up.relation().equals("obj") && s.isNoun(e.anchor()) && lexicon.isAnnouncingVerb(s.lemma(up.token()))) {
                // "India on Tuesday announced tariffs": the act announced is the announcement's.
                TimeValue announced = reportTimes.get(governor);
                if (announced != null) out.put(key, announced);
                continue;
            }
            if (s.isNoun(e.anchor())) {
                // "On Tuesday, EU governments adopted a package of sanctions": the act named as the
                // object of a verb that is no event itself is done when that verb is.
                int verb = objectOf(s, e.anchor(), lexicon);
                TimeValue done = verb < 0 ? null : verbTimes.get(ResolvedEntities.at(s.index(), verb));
                if (done != null) out.put(key, done);
                continue;
            }
            if (!up.relation().equals("advcl") || !s.tag(e.anchor()).equals("VBG") || !s.children(e.anchor(), "mark").isEmpty()) continue;
            TimeValue occasion = out.get(governor);
            if (occasion != null) out.put(key, occasion);
        }
        for (EventExtractor.Found e : events) {
            long key = ResolvedEntities.at(e.sentenceIndex(), e.anchor());
            if (out.containsKey(key) || e.event().modality() != Modality.ASSERTED) continue;
            TimeValue reported = timeOfReport(sentences.get(e.sentenceIndex()), e.anchor(), reportTimes);
            if (reported != null) out.put(key, reported);
        }
        return out;
    }

    /** Is the phrase headed by {@code token} introduced by a bounding preposition ("before the end of the year")? */
    private static boolean isBound(SentenceView s, int token) {
        for (SentenceView.Arc c : s.children(token, "case")) {
            if (BOUNDS.contains(s.word(c.token()).toLowerCase())) return true;
        }
        for (SentenceView.Arc c : s.children(token, "mark")) {
            if (BOUNDS.contains(s.word(c.token()).toLowerCase())) return true;
        }
        return false;
    }

    /** The time of the reporting verb whose complement holds the event, if the tenses agree. */
    private TimeValue timeOfReport(SentenceView s, int trigger, Map<Long, TimeValue> reportTimes) {
        int cur = trigger;
        for (int step = 0; step < MAX_CLIMB; step++) {
            if (hasAuxiliary(s, cur)) return null;
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) return null;
            String rel = up.relation();
            if (!(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("conj"))) return null;
            cur = up.token();
            if (s.isVerb(cur) && lexicon.isReportingVerb(s.lemma(cur))) return reportTimes.get(ResolvedEntities.at(s.index(), cur));
        }
        return null;
    }

    private static boolean hasAuxiliary(SentenceView s, int token) {
        for (SentenceView.Arc a : s.children(token, "aux")) {
            if (NOT_AT_REPORT_TIME.contains(s.word(a.token()).toLowerCase())) return true;
        }
        return false;
    }

    /** The verb whose object noun {@code noun} is, directly or through its stand-in ("a package of"), or -1. */
    private static int objectOf(SentenceView s, int noun, Lexicon lexicon) {
        int standIn = RoleFinder.standIn(s, noun, lexicon);
        SentenceView.Arc up = s.parent(standIn >= 0 ? standIn : noun);
        return up != null && up.token() >= 0 && up.relation().equals("obj") && s.isVerb(up.token()) ? up.token() : -1;
    }
}
