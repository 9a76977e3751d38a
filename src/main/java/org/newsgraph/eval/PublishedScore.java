package org.newsgraph.eval;

/**
 * A figure from the literature to put next to ours; {@code note} says why it is (or is not)
 * comparable. Values are percentages as published.
 */
public record PublishedScore(String system, String metric, double value, String note) {}
