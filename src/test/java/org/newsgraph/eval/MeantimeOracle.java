package org.newsgraph.eval;

import org.newsgraph.eval.MeantimeDocument.EntityMention;
import org.newsgraph.eval.MeantimeDocument.EventMention;
import org.newsgraph.eval.MeantimeDocument.Participant;
import org.newsgraph.eval.MeantimeDocument.Timex;
import org.newsgraph.eval.MeantimeDocument.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Graph rows written from MEANTIME's own gold: a system that gets everything right. */
final class MeantimeOracle {
    private MeantimeOracle() {}

    private static final Map<String, String> OUR_TYPE = Map.of("PER", "Person", "ORG", "Organization", "LOC", "Region");

    static GraphRows rows(MeantimeDocument doc) {
        String base = "urn:meantime:" + doc.id() + ":";
        List<EntityRow> entities = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (EntityMention m : doc.entityMentions()) {
            String iri = entityIri(base, m);
            String type = m.instance() == null ? "Thing" : OUR_TYPE.getOrDefault(m.instance().type(), "Product");
            int[] span = MeantimeDocument.span(m.tokens());
            String text = doc.text(m.tokens());
            mentions.add(new MentionRow(iri, span[0], span[1], text, type, null,
                    m.instance() == null ? null : m.instance().dbpedia()));
            entities.add(new EntityRow(iri, text, type, null));
        }
        List<TimexRow> timexes = new ArrayList<>();
        for (Timex t : doc.timexes()) {
            if (t.creationTime()) continue;
            int[] span = MeantimeDocument.span(t.tokens());
            timexes.add(new TimexRow(span[0], span[1], doc.text(t.tokens()), t.value()));
        }
        List<EventRow> events = new ArrayList<>();
        for (EventMention e : doc.eventMentions()) {
            Token trigger = e.tokens().get(0);
            List<String> actors = new ArrayList<>(), targets = new ArrayList<>();
            for (Participant p : doc.participants()) {
                if (p.event() != e) continue;
                if (p.role().equals("Arg0")) actors.add(entityIri(base, p.argument()));
                if (p.role().equals("Arg1")) targets.add(entityIri(base, p.argument()));
            }
            if (actors.isEmpty()) actors.add(null);
            if (targets.isEmpty()) targets.add(null);
            for (String actor : actors) {
                for (String target : targets) {
                    events.add(new EventRow(base + "event:" + e.id(), "010", actor, null, target, null, null,
                            "asserted", null, null, trigger.sentence(), trigger.begin(), trigger.end()));
                }
            }
        }
        return new GraphRows(entities, events, List.of(), mentions, timexes);
    }

    private static String entityIri(String base, EntityMention m) {
        return m.instance() != null ? base + "entity:" + m.instance().id() : base + "mention:" + m.id();
    }
}
