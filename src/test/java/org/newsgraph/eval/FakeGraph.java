package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/** Hand-written graph rows for tests: what a system under test would return. */
final class FakeGraph {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String WD = "http://www.wikidata.org/entity/";

    private final List<EntityRow> entities = new ArrayList<>();
    private final List<EventRow> events = new ArrayList<>();
    private final List<RelationRow> relations = new ArrayList<>();
    private final List<MentionRow> mentions = new ArrayList<>();
    private final List<TimexRow> timexes = new ArrayList<>();

    /** An entity with its labels; {@code qid} may be null. */
    FakeGraph entity(String iri, String type, String qid, String... labels) {
        for (String label : labels) entities.add(new EntityRow(iri, label, type, qid == null ? null : WD + qid));
        return this;
    }

    FakeGraph event(String iri, String cameo, String actor, String target, String time, String modality,
                    String attributedTo, Integer sentence) {
        events.add(new EventRow(iri, cameo, actor, null, target, null, time, modality, attributedTo, null, sentence, null, null));
        return this;
    }

    FakeGraph event(EventRow row) {
        events.add(row);
        return this;
    }

    FakeGraph relation(String subject, String property, String propertyLabel, String pid, String object) {
        relations.add(new RelationRow(subject, null, property, propertyLabel, pid == null ? null : WD + pid, object, null, null));
        return this;
    }

    FakeGraph mention(MentionRow row) {
        mentions.add(row);
        return this;
    }

    FakeGraph timex(TimexRow row) {
        timexes.add(row);
        return this;
    }

    GraphRows rows() { return new GraphRows(entities, events, relations, mentions, timexes); }
}
