package org.newsgraph.eval;

/**
 * One entity mention: its character span in {@code Article.text()}, the entity's type (local
 * name) and links (full IRIs or null).
 */
public record MentionRow(String entity, int begin, int end, String text, String type, String wikidata, String dbpedia) {}
