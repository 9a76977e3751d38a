package org.newsgraph.extract;

/**
 * The relationship of two countries (or governments) as the article describes it at one point.
 *
 * @param state local name of an ontology relationship state ("Cooperative", "Tense", ...)
 */
public record BilateralRelationship(String partyA, String partyB, String state, TimeValue time,
                                    Span evidence, double confidence) {}
