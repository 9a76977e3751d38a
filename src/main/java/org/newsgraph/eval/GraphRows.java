package org.newsgraph.eval;

import java.util.List;

/**
 * Everything the harness reads from the graph of one article: the result rows of the contract
 * queries plus every entity mention and time expression with its character span.
 */
public record GraphRows(List<EntityRow> entities, List<EventRow> events, List<RelationRow> relations,
                        List<MentionRow> mentions, List<TimexRow> timexes) {
    public GraphRows {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        relations = relations == null ? List.of() : List.copyOf(relations);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        timexes = timexes == null ? List.of() : List.copyOf(timexes);
    }

    /** What a system that finds nothing returns. */
    public static GraphRows empty() {
        return new GraphRows(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
