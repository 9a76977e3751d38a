package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.nlp.AnalyzedArticle;

/**
 * The extraction stage: from an analysed article to {@link ArticleFacts}, handed to a
 * {@link FactSink}. Stateless between articles and safe to share; the gazetteer and lexicon are
 * read once.
 */
public final class Extractor {
    public static final String VERSION = "0.1.0";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public Extractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public static Extractor builtIn() {
        return new Extractor(Gazetteer.builtIn(), Lexicon.builtIn());
    }

    public void extract(AnalyzedArticle article, FactSink sink) {
        sink.accept(extract(article));
    }

    public ArticleFacts extract(AnalyzedArticle article) {
        List<SentenceView> sentences = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            sentences.add(new SentenceView(i, article.sentenceNumber(i), article.sentences().get(i), article.text()));
        }
        ResolvedEntities entities = new EntityResolver(gazetteer, lexicon).resolve(article, sentences);
        Discourse discourse = new Discourse(entities);
        EventExtractor events = new EventExtractor(lexicon, entities, discourse);
        RelationExtractor relations = new RelationExtractor(lexicon, gazetteer, entities, discourse, article.article().published());
        TimeResolver times = new TimeResolver(article.article().published());

        List<EventExtractor.Found> foundEvents = new ArrayList<>();
        List<Relation> foundRelations = new ArrayList<>();
        List<RelationExtractor.FoundRelationship> foundRelationships = new ArrayList<>();
        List<TimeResolver.Found> foundTimes = new ArrayList<>();
        for (SentenceView s : sentences) {
            foundEvents.addAll(events.extract(s));
            foundRelations.addAll(relations.relations(s));
            foundRelationships.addAll(relations.relationships(s));
            foundTimes.addAll(times.find(s));
        }
        Map<Long, TimeValue> timeAt = anchorTimes(sentences, foundTimes, foundEvents, foundRelationships);

        List<Span> sentenceSpans = sentences.stream().map(SentenceScope::sentenceSpan).toList();
        return new ArticleFacts(article.article(), sentenceSpans, entities.entities(), entities.mentions(),
                mergeEvents(foundEvents, timeAt), dedupeRelations(foundRelations),
                relationships(foundRelationships, timeAt),
                foundTimes.stream().map(TimeResolver.Found::expression).toList(), VERSION);
    }

    /**
     * A time belongs to the nearest event or relationship above it in the tree ("Speaking on
     * Wednesday, X said ..." dates the saying), never to the sentence as a whole.
     */
    private static Map<Long, TimeValue> anchorTimes(List<SentenceView> sentences, List<TimeResolver.Found> times,
                                                    List<EventExtractor.Found> events,
                                                    List<RelationExtractor.FoundRelationship> relationships) {
        Map<Long, Boolean> anchors = new HashMap<>();
        for (EventExtractor.Found e : events) anchors.put(ResolvedEntities.at(e.sentenceIndex(), e.anchor()), true);
        for (RelationExtractor.FoundRelationship r : relationships) anchors.put(ResolvedEntities.at(r.sentenceIndex(), r.anchor()), true);
        Map<Long, TimeValue> out = new HashMap<>();
        for (TimeResolver.Found t : times) {
            if (!t.expression().value().hasInterval()) continue;
            SentenceView s = sentences.get(t.sentenceIndex());
            int cur = t.headToken();
            for (int step = 0; step < 6; step++) {
                SentenceView.Arc up = s.parent(cur);
                if (up == null || up.token() < 0) break;
                cur = up.token();
                long key = ResolvedEntities.at(s.index(), cur);
                if (anchors.containsKey(key)) {
                    out.putIfAbsent(key, t.expression().value());
                    break;
                }
            }
        }
        return out;
    }

    /** Event coreference: the same act by the same actor on the same target, told the same way, is one event. */
    private static List<Event> mergeEvents(List<EventExtractor.Found> found, Map<Long, TimeValue> timeAt) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (EventExtractor.Found f : found) {
            Event e = f.event();
            TimeValue time = timeAt.get(ResolvedEntities.at(f.sentenceIndex(), f.anchor()));
            String key = String.join("|", e.cameo(), e.actorKey(), Objects.toString(e.targetKey()),
                    e.modality().name(), Objects.toString(e.attributedToKey()));
            Event before = merged.get(key);
            if (before == null) {
                merged.put(key, time == null ? e : withTime(e, time));
            } else {
                List<Span> evidence = new ArrayList<>(before.evidence());
                evidence.addAll(e.evidence());
                merged.put(key, new Event(before.cameo(), before.actorKey(), before.targetKey(),
                        before.placeKey() != null ? before.placeKey() : e.placeKey(),
                        before.time() != null ? before.time() : time, before.modality(), before.attributedToKey(),
                        before.trigger(), evidence, Math.max(before.confidence(), e.confidence())));
            }
        }
        return foldHeadlines(foldUntargeted(new ArrayList<>(merged.values())));
    }

    /**
     * A headline sums up the body: a headline act with the same code and actor as a body act is
     * that act, even where the headline names the target loosely ("Accepts Invitation to
     * Jakarta" for "accepted the president's invitation"). The body's reading wins.
     */
    private static List<Event> foldHeadlines(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (Event headline : events) {
            if (headline.evidence().stream().anyMatch(sp -> sp.sentence() != 0)) continue;
            for (int k = 0; k < out.size(); k++) {
                Event body = out.get(k);
                if (body == headline || !body.cameo().equals(headline.cameo()) || !body.actorKey().equals(headline.actorKey())) continue;
                if (body.evidence().stream().allMatch(sp -> sp.sentence() == 0)) continue;
                List<Span> evidence = new ArrayList<>(body.evidence());
                evidence.addAll(headline.evidence());
                out.set(k, new Event(body.cameo(), body.actorKey(), body.targetKey(), body.placeKey(), body.time(),
                        body.modality(), body.attributedToKey(), body.trigger(), evidence, body.confidence()));
                out.remove(headline);
                break;
            }
        }
        return List.copyOf(out);
    }

    /** "Trump's invitation" after "Trump invited Petro": the same act, told without its target. */
    private static List<Event> foldUntargeted(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (Event bare : events) {
            if (bare.targetKey() != null) continue;
            for (int k = 0; k < out.size(); k++) {
                Event full = out.get(k);
                if (full.targetKey() == null || !full.cameo().equals(bare.cameo()) || !full.actorKey().equals(bare.actorKey())) continue;
                List<Span> evidence = new ArrayList<>(full.evidence());
                evidence.addAll(bare.evidence());
                out.set(k, new Event(full.cameo(), full.actorKey(), full.targetKey(), full.placeKey(),
                        full.time() != null ? full.time() : bare.time(), full.modality(), full.attributedToKey(),
                        full.trigger(), evidence, full.confidence()));
                out.remove(bare);
                break;
            }
        }
        return List.copyOf(out);
    }

    private static Event withTime(Event e, TimeValue time) {
        return new Event(e.cameo(), e.actorKey(), e.targetKey(), e.placeKey(), time, e.modality(),
                e.attributedToKey(), e.trigger(), e.evidence(), e.confidence());
    }

    private static List<Relation> dedupeRelations(List<Relation> found) {
        Map<String, Relation> unique = new LinkedHashMap<>();
        for (Relation r : found) {
            unique.merge(r.subjectKey() + "|" + r.property() + "|" + r.objectKey(), r,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return List.copyOf(unique.values());
    }

    private static List<BilateralRelationship> relationships(List<RelationExtractor.FoundRelationship> found,
                                                             Map<Long, TimeValue> timeAt) {
        List<BilateralRelationship> out = new ArrayList<>();
        for (RelationExtractor.FoundRelationship f : found) {
            BilateralRelationship r = f.relationship();
            TimeValue t = timeAt.get(ResolvedEntities.at(f.sentenceIndex(), f.anchor()));
            out.add(t == null ? r : new BilateralRelationship(r.partyA(), r.partyB(), r.state(), t, r.evidence(), r.confidence()));
        }
        return out;
    }
}
