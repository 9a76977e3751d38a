package org.newsgraph.extract;

/** One occurrence of an entity in the text (names, titles-with-names, and resolved pronouns). */
public record Mention(String entityKey, Span span, boolean pronoun) {}
