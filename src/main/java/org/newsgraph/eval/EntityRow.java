package org.newsgraph.eval;

/**
 * One row of {@code queries/entities.rq}: one per label of an entity (its canonical label and
 * every surface form).
 *
 * @param entity   entity IRI
 * @param label    a label or surface form
 * @param type     local name of the entity's class, e.g. "Person"
 * @param wikidata full IRI http://www.wikidata.org/entity/Q.. or null
 */
public record EntityRow(String entity, String label, String type, String wikidata) {}
