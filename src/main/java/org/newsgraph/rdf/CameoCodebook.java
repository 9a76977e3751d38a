package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * The CAMEO event codebook, read from {@code cameo.ttl}: maps a code such as "036" to its event
 * class and scores. The extractor's lexicon speaks in codes; the graph speaks in classes.
 *
 * <p>The hierarchy is taken from the rdfs:subClassOf links of the file rather than from code
 * prefixes, so what {@link #isUnder} answers is what a SPARQL query over the same file would.
 */
public final class CameoCodebook {

    /**
     * One CAMEO code.
     *
     * @param code      the code, two to four digits ("04", "043", "0431")
     * @param classIri  the OWL class events of this type get as rdf:type
     * @param label     the codebook name
     * @param goldstein Goldstein scale value, -10 (conflict) to +10 (cooperation)
     * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
     */
    public record CameoType(String code, Node classIri, String label, BigDecimal goldstein, int quadClass) {
        /** The two-digit root code this code falls under. */
        public String root() { return code.substring(0, 2); }
    }

    private final Map<String, CameoType> byCode;
    private final Map<Node, CameoType> byClass;
    private final Map<String, String> parentCode;

    private CameoCodebook(Map<String, CameoType> byCode, Map<String, String> parentCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.parentCode = parentCode;
        Map<Node, CameoType> classes = new HashMap<>();
        byCode.values().forEach(t -> classes.put(t.classIri(), t));
        this.byClass = Collections.unmodifiableMap(classes);
    }

    private static final class Holder { static final CameoCodebook INSTANCE = read(Ontology.cameoGraph()); }

    /** The codebook shipped with the ontology (parsed once). */
    public static CameoCodebook load() { return Holder.INSTANCE; }

    /** Reads a codebook from any graph shaped like cameo.ttl. */
    public static CameoCodebook read(Graph graph) {
        Map<Node, String> codeOf = new HashMap<>();
        graph.find(Node.ANY, NG.cameoCode, Node.ANY)
                .forEachRemaining(t -> codeOf.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));

        Map<String, String> parentCode = new HashMap<>();
        codeOf.forEach((cls, code) -> graph.find(cls, RDFS.subClassOf.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(codeOf::containsKey)
                .forEachRemaining(parent -> parentCode.put(code, codeOf.get(parent))));

        Map<String, Integer> rootQuad = new HashMap<>();
        codeOf.forEach((cls, code) -> literal(graph, cls, NG.quadClass)
                .ifPresent(q -> rootQuad.put(code, Integer.parseInt(q))));

        List<CameoType> types = new ArrayList<>();
        codeOf.forEach((cls, code) -> {
            String label = literal(graph, cls, RDFS.label.asNode()).orElse(code);
            BigDecimal goldstein = literal(graph, cls, NG.goldstein).map(BigDecimal::new)
                    .orElseThrow(() -> new IllegalStateException("CAMEO class " + cls + " has no ng:goldstein"));
            String root = rootOf(code, parentCode);
            Integer quad = rootQuad.get(root);
            if (quad == null) throw new IllegalStateException("CAMEO root " + root + " has no ng:quadClass");
            types.add(new CameoType(code, cls, label, goldstein, quad));
        });
        types.sort(Comparator.comparing(CameoType::code));
        Map<String, CameoType> byCode = new LinkedHashMap<>();
        types.forEach(t -> byCode.put(t.code(), t));
        return new CameoCodebook(byCode, parentCode);
    }

    /** The type with this exact code ("036"); empty for unknown codes. */
    public Optional<CameoType> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    /** The type whose class is this IRI; empty if the node is not a CAMEO class. */
    public Optional<CameoType> byClass(Node classIri) {
        return Optional.ofNullable(byClass.get(classIri));
    }

    /**
     * Whether {@code code} is {@code ancestor} or falls under it in the hierarchy: isUnder("1312", "13")
     * and isUnder("043", "043") are true. This is how gold annotations read a code list
     * ("a two-digit code is a root and accepts any code under it"). Unknown codes are under nothing.
     */
    public boolean isUnder(String code, String ancestor) {
        if (code == null || ancestor == null || !byCode.containsKey(code)) return false;
        for (String c = code; c != null; c = parentCode.get(c)) {
            if (c.equals(ancestor)) return true;
        }
        return false;
    }

    /** All codes, sorted by code. */
    public Collection<CameoType> all() { return byCode.values(); }

    private static String rootOf(String code, Map<String, String> parentCode) {
        String c = code;
        while (parentCode.containsKey(c)) c = parentCode.get(c);
        return c;
    }

    private static Optional<String> literal(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }
}
