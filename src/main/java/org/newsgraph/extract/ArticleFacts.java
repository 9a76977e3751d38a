package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.input.Article;

/** Everything the extractor found in one article; what a {@link FactSink} receives. */
public record ArticleFacts(Article article, List<Span> sentences, List<Entity> entities, List<Mention> mentions,
                           List<Event> events, List<Relation> relations,
                           List<BilateralRelationship> relationships, List<TimeExpression> timeExpressions,
                           String extractorVersion) {
    public ArticleFacts {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        relationships = List.copyOf(relationships);
        timeExpressions = List.copyOf(timeExpressions);
    }
}
