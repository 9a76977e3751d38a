package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A country's head of state, head of government or minister is its citizen: "Zhou Enlai, the
 * Premier of China", "Simon Crean, Australia's Minister for Trade". Read from the office
 * relations the sentence rules found, so it needs no words of its own; kept out of
 * {@link RelationExtractor}, which reads sentences, because it reads relations.
 */
final class OfficeCitizenship {
    private static final Set<String> NATIONAL_OFFICES = Set.of("headOfStateOf", "headOfGovernmentOf", "holdsOfficeIn");

    private OfficeCitizenship() {}

    static List<Relation> citizenships(List<Relation> found, ResolvedEntities entities) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : found) {
            if (!NATIONAL_OFFICES.contains(r.property()) || entities.typeOf(r.objectKey()) != EntityType.Country) continue;
            if (entities.typeOf(r.subjectKey()) != EntityType.Person) continue;
            out.add(new Relation(r.subjectKey(), "citizenOf", r.objectKey(), null, r.evidence(), Math.min(r.confidence(), 0.7)));
        }
        return out;
    }
}
