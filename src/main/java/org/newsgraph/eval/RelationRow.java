package org.newsgraph.eval;

/**
 * One row of {@code queries/relations.rq}.
 *
 * @param property         IRI of the ontology property
 * @param propertyLabel    its label ("head of state of")
 * @param wikidataProperty the Wikidata property it maps to (IRI or bare P-id), or null
 */
public record RelationRow(String subject, String subjectLabel, String property, String propertyLabel,
                          String wikidataProperty, String object, String objectLabel, Integer sentence) {}
