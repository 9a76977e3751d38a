package org.newsgraph.extract;

/**
 * A relation between two entities stated in the text.
 *
 * @param property  local name of an ontology property ("headOfStateOf", "allyOf", ...)
 * @param roleLabel the office or role as written ("President"), or null
 */
public record Relation(String subjectKey, String property, String objectKey, String roleLabel,
                       Span evidence, double confidence) {}
