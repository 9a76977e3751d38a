package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // Relations first: where the article puts its places ("Goma, the largest city in eastern
        // Congo") tells the event rules whose territory an act reaches ("the M23 seized Goma").
        for (int n = 0; n < sentences.size(); n++) {
            foundRelations.addAll(relations.relations(sentences.get(n), n == 0 ? null : sentences.get(n - 1)));
        }
        foundRelations.addAll(OfficeCitizenship.citizenships(foundRelations, entities));
        for (Relation r : new PlaceCountries(gazetteer, lexicon, entities, sentences).relations(foundRelations)) {
            if (lexicon.fitsSignature(r, entities::typeOf)) foundRelations.add(r);
        }
        entities.learnPlaceCountries(foundRelations);
        StateActors states = new StateActors(gazetteer, lexicon, entities);
        for (SentenceView s : sentences) {
            for (EventExtractor.Found f : events.extract(s)) foundEvents.add(f.withEvent(states.asStateAct(f.event())));
            foundRelationships.addAll(relations.relationships(s));
            foundTimes.addAll(times.find(s));
        }
        Map<Long, TimeValue> timeAt = timeAnchoring.anchor(sentences, foundTimes, foundEvents, foundRelationships);

        List<Span> sentenceSpans = sentences.stream().map(SentenceScope::sentenceSpan).toList();
        return new ArticleFacts(article.article(), sentenceSpans, entities.entities(), entities.mentions(),
                events(sentences, foundEvents, timeAt, article.article().published()), dedupeRelations(foundRelations),
                relationships(foundRelationships, timeAt),
                foundTimes.stream().map(TimeResolver.Found::expression).toList(), VERSION);
    }

    /** The merged events, without the targetless ones unless this extractor states those too. */
    private List<Event> events(List<SentenceView> sentences, List<EventExtractor.Found> found, Map<Long, TimeValue> timeAt,
                               LocalDate published) {
        List<Event> events = new EventCoreference(published).merge(found, timeAt, (a, b) -> coordinated(sentences, a, b));
        return untargetedEvents ? events
                : events.stream().filter(e -> e.targetKey() != null || lexicon.codeHas(e.cameo(), "monadic")).toList();
    }

    /**
     * Two triggers of one sentence joined as conjuncts, each with an object of a different name:
     * "seized Goma ... and captured Bukavu" are two acts; "summoned the ambassador and handed him
     * a note" is one summons told twice.
     */
    private static boolean coordinated(List<SentenceView> sentences, EventExtractor.Found a, EventExtractor.Found b) {
        if (a.sentenceIndex() != b.sentenceIndex() || a.anchor() == b.anchor() || a.anchor() < 0 || b.anchor() < 0) return false;
        SentenceView s = sentences.get(a.sentenceIndex());
        if (a.objectHead() < 0 || b.objectHead() < 0 || !s.isProperNoun(a.objectHead()) || !s.isProperNoun(b.objectHead())
                || s.word(a.objectHead()).equalsIgnoreCase(s.word(b.objectHead()))) return false;
        return isConjunctOf(s, a.anchor(), b.anchor()) || isConjunctOf(s, b.anchor(), a.anchor());
    }

    private static boolean isConjunctOf(SentenceView s, int conjunct, int head) {
        for (SentenceView.Arc c : s.children(head, "conj")) if (c.token() == conjunct) return true;
        return false;
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
