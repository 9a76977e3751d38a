package org.newsgraph.extract;

/** A time expression found in the text with its normalised value. */
public record TimeExpression(Span span, TimeValue value) {}
