package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
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
    private final TimeAnchoring timeAnchoring;
    private final boolean untargetedEvents;

    public Extractor(Gazetteer gazetteer, Lexicon lexicon) {
        this(gazetteer, lexicon, false);
    }

    private Extractor(Gazetteer gazetteer, Lexicon lexicon, boolean untargetedEvents) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.timeAnchoring = new TimeAnchoring(lexicon);
        this.untargetedEvents = untargetedEvents;
    }

    /**
     * This extractor, but also stating acts whose target the text does not let it find ("Russia
     * warned on Tuesday", "the ministry denied"). CAMEO events are dyadic, and like PETRARCH the
     * default states an event only with both its source and its target, except for the codes
     * code-traits.tsv calls monadic (protests, arrests, assaults, fighting): measured on unseen
     * articles, four in ten extracted events had no target and fewer than one in twenty of those
     * was an event an analyst's gold listed (README, "Quality, measured").
     */
    public Extractor withUntargetedEvents() {
        return new Extractor(gazetteer, lexicon, true);
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
        Discourse discourse = new Discourse(entities, Quotations.of(article.text(), sentences));
        EventExtractor events = new EventExtractor(lexicon, entities, discourse);
        RelationExtractor relations = new RelationExtractor(lexicon, gazetteer, entities, discourse, article.article().published());
        TimeResolver times = new TimeResolver(article.article().published());

        List<EventExtractor.Found> foundEvents = new ArrayList<>();
        List<Relation> foundRelations = new ArrayList<>();
        List<BilateralRelationships.Found> foundRelationships = new ArrayList<>();
        List<TimeResolver.Found> foundTimes = new ArrayList<>();
        for (SentenceView s : sentences) {
            foundEvents.addAll(events.extract(s));
            foundRelations.addAll(relations.relations(s));
            foundRelationships.addAll(relations.relationships(s));
            foundTimes.addAll(times.find(s));
        }
        foundRelations.addAll(OfficeCitizenship.citizenships(foundRelations, entities));
        for (Relation r : new PlaceCountries(gazetteer, lexicon, entities, sentences).relations(foundRelations)) {
            if (lexicon.fitsSignature(r, entities::typeOf)) foundRelations.add(r);
        }
        Map<Long, TimeValue> timeAt = timeAnchoring.anchor(sentences, foundTimes, foundEvents, foundRelationships);

        List<Span> sentenceSpans = sentences.stream().map(SentenceScope::sentenceSpan).toList();
        return new ArticleFacts(article.article(), sentenceSpans, entities.entities(), entities.mentions(),
                mergeEvents(foundEvents, timeAt), dedupeRelations(foundRelations),
                relationships(foundRelationships, timeAt),
                foundTimes.stream().map(TimeResolver.Found::expression).toList(), VERSION);
    }

    /** Event coreference: the same act by the same actor on the same target, told the same way, is one event. */
    private List<Event> mergeEvents(List<EventExtractor.Found> found, Map<Long, TimeValue> timeAt) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (EventExtractor.Found f : found) {
            Event e = f.event();
            TimeValue time = timeAt.get(ResolvedEntities.at(f.sentenceIndex(), f.anchor()));
            String key = String.join("|", e.cameo(), e.actorKey(), Objects.toString(e.targetKey()),
                    e.modality().name(), Objects.toString(e.attributedToKey()));
            Event before = merged.get(key);
            if (before == null) {
                merged.put(key, time == null ? e : e.withTime(time));
            } else {
                List<Span> evidence = before.plusEvidence(e).evidence();
                merged.put(key, new Event(before.cameo(), before.actorKey(), before.targetKey(),
                        before.placeKey() != null ? before.placeKey() : e.placeKey(),
                        before.time() != null ? before.time() : time, before.modality(), before.attributedToKey(),
                        before.trigger(), evidence, Math.max(before.confidence(), e.confidence())));
            }
        }
        List<Event> events = foldHeadlines(foldUntargeted(new ArrayList<>(merged.values())));
        return untargetedEvents ? events
                : events.stream().filter(e -> e.targetKey() != null || lexicon.codeHas(e.cameo(), "monadic")).toList();
    }

    /**
     * A headline sums up the body: a headline act with the same code and actor as a body act is
     * that act, even where the headline names the target loosely ("Accepts Invitation to
     * Jakarta" for "accepted the president's invitation"). The body's reading wins.
     */
    private static List<Event> foldHeadlines(List<Event> events) {
        return fold(events,
                e -> e.evidence().stream().allMatch(sp -> sp.sentence() == 0),
                body -> body.evidence().stream().anyMatch(sp -> sp.sentence() != 0),
                (body, headline) -> body.plusEvidence(headline));
    }

    /** "Trump's invitation" after "Trump invited Petro": the same act, told without its target. */
    private static List<Event> foldUntargeted(List<Event> events) {
        return fold(events,
                e -> e.targetKey() == null,
                full -> full.targetKey() != null,
                (full, bare) -> full.plusEvidence(bare).withTime(full.time() != null ? full.time() : bare.time()));
    }

    /**
     * Folds each {@code repeat} event into the first {@code keeper} event with the same CAMEO code
     * and actor, merging the two with {@code merge}; repeats with no keeper stay as they are.
     */
    private static List<Event> fold(List<Event> events, Predicate<Event> repeat, Predicate<Event> keeper,
                                    BinaryOperator<Event> merge) {
        List<Event> out = new ArrayList<>(events);
        for (Event r : events) {
            if (!repeat.test(r)) continue;
            for (int k = 0; k < out.size(); k++) {
                Event kept = out.get(k);
                if (kept == r || !keeper.test(kept) || !kept.cameo().equals(r.cameo()) || !kept.actorKey().equals(r.actorKey())) continue;
                out.set(k, merge.apply(kept, r));
                out.remove(r);
                break;
            }
        }
        return List.copyOf(out);
    }

    private static List<Relation> dedupeRelations(List<Relation> found) {
        Map<String, Relation> unique = new LinkedHashMap<>();
        for (Relation r : found) {
            unique.merge(r.subjectKey() + "|" + r.property() + "|" + r.objectKey(), r,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return List.copyOf(unique.values());
    }

    private static List<BilateralRelationship> relationships(List<BilateralRelationships.Found> found,
                                                             Map<Long, TimeValue> timeAt) {
        List<BilateralRelationship> out = new ArrayList<>();
        for (BilateralRelationships.Found f : found) {
            BilateralRelationship r = f.relationship();
            TimeValue t = timeAt.get(ResolvedEntities.at(f.sentenceIndex(), f.anchor()));
            out.add(t == null ? r : new BilateralRelationship(r.partyA(), r.partyB(), r.state(), t, r.evidence(), r.confidence()));
        }
        return out;
    }
}
