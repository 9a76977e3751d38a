package org.newsgraph.extract;

/**
 * Where extracted facts go: the RDF writer, a test collector, a distributed job. Like Jena's
 * {@code StreamRDF}, the extractor neither knows nor cares what is behind it.
 */
@FunctionalInterface
public interface FactSink {
    void accept(ArticleFacts facts);
}
