package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * End-to-end Re-DocRED scoring (the "proposed, not official" protocol of SOURCE.md): our extractor
 * finds its own entities, so each of our entities is first mapped onto gold entity clusters, then
 * (subject, property, object) is compared with the gold (head, relation, tail) triples.
 *
 * <ul>
 *   <li>Our entity stands for gold entity k when one of its mention spans overlaps a mention of k,
 *       or one of its labels equals a mention name of k (case- and accent-insensitive).</li>
 *   <li>Only relation ids in {@code properties} count, on both sides: the caller passes the P-ids
 *       our ontology maps to, so relations we cannot express do not lower recall.</li>
 *   <li>Our rows are de-duplicated on (subject IRI, P-id, object IRI); matching is one-to-one.</li>
 *   <li>Wikidata direction rules (P35 head of state goes from the state to the person). If our
 *       property runs the other way (headOfStateOf: person to country), list its P-id in
 *       {@code invertedProperties} and the scorer swaps subject and object.</li>
 *   <li>A statement also counts for the P-ids its property entails ({@code impliedProperties}):
 *       ng:inCountry is a sub-property of ng:locatedIn, so "X inCountry Y" is also "X locatedIn
 *       Y", P131 as well as P17 (Re-DocRED marks both on most place–country pairs).</li>
 *   <li>A transitive property's chains count too ({@code transitiveProperties}): ng:locatedIn is
 *       transitive, so "Westmere locatedIn Albany County" and "Albany County locatedIn New York"
 *       give "Westmere locatedIn New York".</li>
 * </ul>
 */
public final class ReDocRedScorer {
    private final Set<String> properties;
    private final Set<String> invertedProperties;
    private final Map<String, Set<String>> impliedProperties;
    private final Set<String> transitiveProperties;

    /** @param properties P-ids our ontology maps to, in Wikidata direction */
    public ReDocRedScorer(Set<String> properties) {
        this(properties, Set.of());
    }

    /**
     * @param properties         P-ids our ontology maps to
     * @param invertedProperties those among them whose subject in our graph is Wikidata's object
     */
    public ReDocRedScorer(Set<String> properties, Set<String> invertedProperties) {
        this(properties, invertedProperties, Map.of());
    }

    /**
     * @param impliedProperties P-id to the P-ids a statement of it entails (from the ontology's
     *                          sub-property axioms), each read in its own direction
     */
    public ReDocRedScorer(Set<String> properties, Set<String> invertedProperties, Map<String, Set<String>> impliedProperties) {
        this(properties, invertedProperties, impliedProperties, Set.of());
    }

    /** @param transitiveProperties P-ids whose statements chain (X r Y, Y r Z: X r Z), in Wikidata direction */
    public ReDocRedScorer(Set<String> properties, Set<String> invertedProperties, Map<String, Set<String>> impliedProperties,
                          Set<String> transitiveProperties) {
        this.properties = new LinkedHashSet<>(properties);
        this.invertedProperties = Set.copyOf(invertedProperties);
        this.impliedProperties = Map.copyOf(impliedProperties);
        this.transitiveProperties = Set.copyOf(transitiveProperties);
    }

    /**
     * The same scorer counting each statement under its own property only: no entailed
     * properties, no chains. Reported beside the entailed figure so the two can be told apart.
     */
    public ReDocRedScorer statedOnly() {
        return new ReDocRedScorer(properties, invertedProperties);
    }

    /** One deduplicated system triple, already in Wikidata direction. */
    private record SystemTriple(String subject, String property, String object) {}

    /**
     * One scored item, for reading what was missed and what was wrong: a gold triple
     * ({@code gold} true; {@code matched} whether a system triple took it) or a system triple
     * ({@code gold} false; {@code matched} whether it took a gold triple). Names are the
     * mention names of the gold entities, or the system labels for an unmatched system triple.
     */
    public record Item(String title, boolean gold, boolean matched, String property, String subject, String object,
                       String where) {
        /** One tab-separated line: title, found/missed/right/wrong, P-id, subject, object, where. */
        public String line() {
            String status = gold ? (matched ? "found" : "missed") : (matched ? "right" : "wrong");
            return String.join("\t", title, status, property, subject, object, where).replaceAll("[\\r\\n]+", " ");
        }
    }

    public ReDocRedScore score(ReDocRedDocument doc, GraphRows rows) {
        return score(doc, rows, null);
    }

    /** As {@link #score(ReDocRedDocument, GraphRows)}, also telling {@code items} every gold and system triple. */
    public ReDocRedScore score(ReDocRedDocument doc, GraphRows rows, java.util.function.Consumer<Item> items) {
        SystemGraph graph = new SystemGraph(rows);
        Map<String, Set<Integer>> clusters = new LinkedHashMap<>();

        List<SystemTriple> system = new ArrayList<>(closed(new LinkedHashSet<>(systemTriples(rows))));
        List<ReDocRedDocument.Triple> gold = doc.triples().stream().filter(t -> properties.contains(t.relation())).toList();

        List<List<Integer>> candidates = new ArrayList<>();
        for (ReDocRedDocument.Triple g : gold) {
            List<Integer> fitting = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                SystemTriple t = system.get(s);
                if (t.property().equals(g.relation())
                        && clusters.computeIfAbsent(t.subject(), e -> goldEntitiesOf(e, doc, graph)).contains(g.head())
                        && clusters.computeIfAbsent(t.object(), e -> goldEntitiesOf(e, doc, graph)).contains(g.tail())) {
                    fitting.add(s);
                }
            }
            candidates.add(fitting);
        }
        int[] match = BipartiteMatching.match(candidates, system.size());

        Map<String, int[]> counts = new TreeMap<>(); // P-id -> {matched, system, gold}
        for (String p : properties) counts.put(p, new int[3]);
        for (SystemTriple t : system) counts.get(t.property())[1]++;
        for (int g = 0; g < gold.size(); g++) {
            int[] c = counts.get(gold.get(g).relation());
            c[2]++;
            if (match[g] >= 0) c[0]++;
        }
        Map<String, Prf> byRelation = new TreeMap<>();
        counts.forEach((p, c) -> byRelation.put(p, new Prf(c[0], c[1], c[2])));
        if (items != null) tell(doc, graph, gold, system, match, clusters, items);
        return new ReDocRedScore(1, new ArrayList<>(properties), byRelation);
    }

    private static void tell(ReDocRedDocument doc, SystemGraph graph, List<ReDocRedDocument.Triple> gold,
                             List<SystemTriple> system, int[] match, Map<String, Set<Integer>> clusters, java.util.function.Consumer<Item> items) {
        Set<Integer> taken = new HashSet<>();
        // Gold entities some entity of ours stands for: a miss between two of them is a relation
        // the extractor did not state; a miss involving any other is an entity it did not find.
        Set<Integer> found = new HashSet<>();
        for (String e : graph.entityIris()) found.addAll(clusters.computeIfAbsent(e, k -> goldEntitiesOf(k, doc, graph)));
        for (int g = 0; g < gold.size(); g++) {
            ReDocRedDocument.Triple t = gold.get(g);
            if (match[g] >= 0) taken.add(match[g]);
            String why = match[g] >= 0 ? "" : found.contains(t.head()) && found.contains(t.tail()) ? "; both entities found"
                    : "; not found:" + (found.contains(t.head()) ? "" : " subject") + (found.contains(t.tail()) ? "" : " object");
            items.accept(new Item(doc.title(), true, match[g] >= 0, t.relation(), names(doc, Set.of(t.head())),
                    names(doc, Set.of(t.tail())), "evidence " + t.evidence() + why));
        }
        for (int s = 0; s < system.size(); s++) {
            SystemTriple t = system.get(s);
            Set<Integer> subject = clusters.computeIfAbsent(t.subject(), e -> goldEntitiesOf(e, doc, graph));
            Set<Integer> object = clusters.computeIfAbsent(t.object(), e -> goldEntitiesOf(e, doc, graph));
            items.accept(new Item(doc.title(), false, taken.contains(s), t.property(), label(graph, t.subject()),
                    label(graph, t.object()), "gold entities " + names(doc, subject) + " / " + names(doc, object)));
        }
    }

    private static String names(ReDocRedDocument doc, Set<Integer> entities) {
        Set<String> out = new java.util.TreeSet<>();
        for (int k : entities) for (ReDocRedDocument.Mention m : doc.entities().get(k).mentions()) out.add(m.name());
        return out.isEmpty() ? "-" : String.join("|", out);
    }

    private static String label(SystemGraph graph, String entity) {
        Set<String> labels = new java.util.TreeSet<>(graph.labelKeys(entity));
        return labels.isEmpty() ? entity : String.join("|", labels);
    }

    /** The triples with every chain of a transitive property added. */
    private Set<SystemTriple> closed(Set<SystemTriple> triples) {
        Set<SystemTriple> out = new LinkedHashSet<>(triples);
        for (String pid : transitiveProperties) {
            for (boolean added = true; added; ) {
                added = false;
                for (SystemTriple a : List.copyOf(out)) {
                    if (!a.property().equals(pid)) continue;
                    for (SystemTriple b : List.copyOf(out)) {
                        if (!b.property().equals(pid) || !b.subject().equals(a.object()) || b.object().equals(a.subject())) continue;
                        added |= out.add(new SystemTriple(a.subject(), pid, b.object()));
                    }
                }
            }
        }
        return out;
    }

    private List<SystemTriple> systemTriples(GraphRows rows) {
        List<SystemTriple> out = new ArrayList<>();
        for (RelationRow r : rows.relations()) {
            String stated = Names.pid(r.wikidataProperty());
            if (stated == null || r.subject() == null || r.object() == null) continue;
            Set<String> pids = new LinkedHashSet<>();
            pids.add(stated);
            pids.addAll(impliedProperties.getOrDefault(stated, Set.of()));
            for (String pid : pids) {
                if (!properties.contains(pid)) continue;
                out.add(invertedProperties.contains(pid)
                        ? new SystemTriple(r.object(), pid, r.subject())
                        : new SystemTriple(r.subject(), pid, r.object()));
            }
        }
        return out;
    }

    /** Gold entity indices our entity may stand for: overlapping mention spans or equal names. */
    private static Set<Integer> goldEntitiesOf(String entity, ReDocRedDocument doc, SystemGraph graph) {
        Set<Integer> out = new HashSet<>();
        List<MentionRow> mentions = graph.mentionsOf(entity);
        Set<String> labels = graph.labelKeys(entity);
        for (ReDocRedDocument.Entity gold : doc.entities()) {
            for (ReDocRedDocument.Mention m : gold.mentions()) {
                boolean overlaps = mentions.stream().anyMatch(r -> r.begin() < m.end() && r.end() > m.begin());
                if (overlaps || labels.contains(Names.key(m.name()))) {
                    out.add(gold.index());
                    break;
                }
            }
        }
        return out;
    }

    /** Sum of several documents' scores (micro). */
    public ReDocRedScore total(List<ReDocRedScore> scores) {
        ReDocRedScore sum = new ReDocRedScore(0, new ArrayList<>(properties), emptyCounts());
        for (ReDocRedScore s : scores) sum = sum.plus(s);
        return sum;
    }

    private Map<String, Prf> emptyCounts() {
        Map<String, Prf> m = new TreeMap<>();
        for (String p : properties) m.put(p, Prf.NONE);
        return m;
    }
}
