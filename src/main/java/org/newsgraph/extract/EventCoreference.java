package org.newsgraph.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Event coreference within one article: the same act by the same actor on the same target, told
 * the same way, is one event, however often the article tells it. Two tellings dated to
 * different times are two acts ("expelled 18 diplomats in 2021" is not this week's expulsion),
 * and a headline sums up the article's news, not a precedent the body recalls.
 */
final class EventCoreference {
    /** A body act dated further back than this before publication is background, not the headline's news. */
    private static final long HEADLINE_NEWS_DAYS = 31;

    private final Instant backgroundBefore;

    EventCoreference(LocalDate published) {
        this.backgroundBefore = published.minusDays(HEADLINE_NEWS_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The article's events, each act once, with the time of the clause that dated it. */
    List<Event> merge(List<EventExtractor.Found> found, Map<Long, TimeValue> timeAt) {
        return merge(found, timeAt, (a, b) -> false);
    }

    /**
     * As {@link #merge(List, Map)}, where {@code coordinated} tells two tellings that are
     * coordinated acts of one sentence ("seized Goma ... and captured Bukavu"): those are two acts,
     * however alike.
     */
    List<Event> merge(List<EventExtractor.Found> found, Map<Long, TimeValue> timeAt,
                      BiPredicate<EventExtractor.Found, EventExtractor.Found> coordinated) {
        List<Event> merged = new ArrayList<>();
        List<List<EventExtractor.Found>> tellings = new ArrayList<>();
        for (EventExtractor.Found f : found) {
            Event e = f.event();
            TimeValue time = timeAt.get(ResolvedEntities.at(f.sentenceIndex(), f.anchor()));
            Event dated = time == null ? e : e.withTime(time);
            int same = -1;
            for (int k = 0; k < merged.size() && same < 0; k++) {
                if (toldAlike(merged.get(k), dated) && canBeOneAct(merged.get(k), dated)
                        && tellings.get(k).stream().noneMatch(t -> coordinated.test(t, f))) same = k;
            }
            if (same < 0) {
                merged.add(dated);
                tellings.add(new ArrayList<>(List.of(f)));
            } else {
                tellings.get(same).add(f);
                Event before = merged.get(same);
                List<Span> evidence = before.plusEvidence(e).evidence();
                merged.set(same, new Event(before.cameo(), before.actorKey(), before.targetKey(),
                        before.placeKey() != null ? before.placeKey() : e.placeKey(),
                        before.time() != null ? before.time() : time, before.modality(), before.attributedToKey(),
                        before.trigger(), evidence, Math.max(before.confidence(), e.confidence()),
                        before.actingBodyKey() != null ? before.actingBodyKey() : e.actingBodyKey(),
                        before.theme() != null ? before.theme() : e.theme(),
                        before.targetBodyKey() != null ? before.targetBodyKey() : e.targetBodyKey()));
            }
        }
        return foldHeadlines(foldUntargeted(merged));
    }

    /** The same code, actor, target, modality and attribution. */
    private static boolean toldAlike(Event a, Event b) {
        return a.cameo().equals(b.cameo()) && a.actorKey().equals(b.actorKey()) && Objects.equals(a.targetKey(), b.targetKey())
                && a.modality() == b.modality() && Objects.equals(a.attributedToKey(), b.attributedToKey());
    }

    /** Unless their dates are apart, or one is the headline's news and the other a dated precedent. */
    private boolean canBeOneAct(Event a, Event b) {
        return compatible(a.time(), b.time()) && !(isHeadline(a) && isBackground(b)) && !(isHeadline(b) && isBackground(a));
    }

    /** Two dates can name one act unless both are known and apart: "2026-03" and "2026-03-12" can, "2021" and "2026-03-12" cannot. */
    static boolean compatible(TimeValue a, TimeValue b) {
        if (a == null || b == null) return true;
        if (a.hasInterval() && b.hasInterval()) {
            return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
        }
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    private static boolean isHeadline(Event e) {
        return e.evidence().stream().allMatch(sp -> sp.sentence() == 0);
    }

    /**
     * A headline sums up the body: a headline act with the same code and actor as a body act is
     * that act, even where the headline names the target loosely ("Accepts Invitation to
     * Jakarta" for "accepted the president's invitation"). The body's reading wins. A body act
     * dated over a month before publication is a precedent the article recalls, not the
     * headline's news.
     */
    private List<Event> foldHeadlines(List<Event> events) {
        return fold(events, EventCoreference::isHeadline, body -> !isHeadline(body) && !isBackground(body),
                (body, headline) -> body.plusEvidence(headline), (body, headline) -> true);
    }

    private boolean isBackground(Event e) {
        return e.time() != null && e.time().hasInterval() && e.time().end().isBefore(backgroundBefore);
    }

    /** "Trump's invitation" after "Trump invited Petro": the same act, told without its target. */
    private List<Event> foldUntargeted(List<Event> events) {
        return fold(events,
                e -> e.targetKey() == null,
                full -> full.targetKey() != null,
                (full, bare) -> full.plusEvidence(bare).withTime(full.time() != null ? full.time() : bare.time()),
                this::canBeOneAct);
    }

    /**
     * Folds each {@code repeat} event into the first {@code keeper} event with the same CAMEO code
     * and actor that {@code fits} it, merging the two with {@code merge}; repeats with no keeper
     * stay as they are.
     */
    private static List<Event> fold(List<Event> events, Predicate<Event> repeat, Predicate<Event> keeper,
                                    BinaryOperator<Event> merge, BiPredicate<Event, Event> fits) {
        List<Event> out = new ArrayList<>(events);
        for (Event r : events) {
            if (!repeat.test(r)) continue;
            for (int k = 0; k < out.size(); k++) {
                Event kept = out.get(k);
                if (kept == r || !keeper.test(kept) || !kept.cameo().equals(r.cameo())
                        || !kept.actorKey().equals(r.actorKey()) || !fits.test(kept, r)) continue;
                out.set(k, merge.apply(kept, r));
                out.remove(r);
                break;
            }
        }
        return List.copyOf(out);
    }
}
