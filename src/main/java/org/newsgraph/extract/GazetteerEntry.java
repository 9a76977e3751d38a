package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * One known entity (qid null when the gazetteer knows the name but not its Wikidata item): its Wikidata item, names, type and the facts the extractor uses to resolve
 * metonymy and demonyms.
 *
 * @param standsFor QID of the agent this place can stand for ("the White House" → the US)
 * @param countryQid QID of the country it belongs to, or null
 * @param regions   names of regions a country lies in ("Latin America")
 * @param gender    "m"/"f" for people where known (pronoun agreement), else null
 */
public record GazetteerEntry(String qid, String name, EntityType type, Set<String> names, String dbpedia,
                             String countryQid, String standsFor, List<String> regions, String gender) {

    /** Identity in the article: the QID, or type and name for rows the gazetteer could not link. */
    public String key() {
        return qid != null ? qid : NameKey.unlinkedKey(type, name);
    }
}
