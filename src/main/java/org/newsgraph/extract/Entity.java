package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One real-world entity as resolved in an article: all its mentions merged.
 *
 * @param key          stable identity across articles: the Wikidata QID when linked, else
 *                     {@code type/normalised-name}
 * @param type         its most specific type
 * @param label        canonical label (gazetteer name, else the longest proper-name mention)
 * @param surfaceForms every way the article names it (pronouns excluded)
 * @param wikidata     Wikidata QID such as "Q30", or null when not linked
 * @param dbpedia      DBpedia resource name such as "United_States", or null
 */
public record Entity(String key, EntityType type, String label, Set<String> surfaceForms, String wikidata, String dbpedia) {
    public Entity {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(label);
        surfaceForms = Set.copyOf(new LinkedHashSet<>(surfaceForms));
    }

    public boolean isLinked() { return wikidata != null; }
}
