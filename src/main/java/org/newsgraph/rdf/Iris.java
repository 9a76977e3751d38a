package org.newsgraph.rdf;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How instance IRIs are minted. Entities are named by Wikidata QID when linked and by type and
 * normalised name otherwise, so the same entity in two articles is one node; everything else
 * lives under its article, so re-ingesting an article replaces exactly its own nodes.
 */
public final class Iris {
    private Iris() {}

    private static String component(String s) { return IRILib.encodeUriComponent(s); }

    public static Node article(String articleId) { return NodeFactory.createURI(NG.ID + "article/" + component(articleId)); }

    /** The named graph that holds one article's facts. */
    public static Node articleGraph(String articleId) {
        return NodeFactory.createURI(NG.ID + "graph/article/" + component(articleId));
    }

    public static Node sentence(String articleId, int position) {
        return NodeFactory.createURI(NG.ID + "article/" + component(articleId) + "/sentence/" + position);
    }

    /** NIF-style span IRI: {@code <article>#char=begin,end}. */
    public static Node span(String articleId, int begin, int end) {
        return NodeFactory.createURI(NG.ID + "article/" + component(articleId) + "#char=" + begin + "," + end);
    }

    /** An entity key is "Q30" or "person/gustavo-petro" (already slugged by the extractor). */
    public static Node entity(String key) {
        StringBuilder path = new StringBuilder();
        for (String part : key.split("/")) {
            if (path.length() > 0) path.append('/');
            path.append(component(part));
        }
        return NodeFactory.createURI(NG.ID + "entity/" + path);
    }

    public static Node event(String articleId, int n) { return NodeFactory.createURI(NG.ID + "event/" + component(articleId) + "/" + n); }

    public static Node statement(String articleId, int n) { return NodeFactory.createURI(NG.ID + "statement/" + component(articleId) + "/" + n); }

    public static Node relationship(String articleId, int n) { return NodeFactory.createURI(NG.ID + "relationship/" + component(articleId) + "/" + n); }

    public static Node extractor(String version) { return NodeFactory.createURI(NG.ID + "extractor/newsgraph-" + component(version)); }

    public static Node wikidata(String qid) { return NodeFactory.createURI(NG.WD + qid); }

    public static Node dbpedia(String name) { return NodeFactory.createURI(NG.DBPEDIA + component(name.replace(' ', '_'))); }

    /** The article id an article graph name belongs to, or null if it is not one. */
    public static String articleIdOfGraph(Node graph) {
        String prefix = NG.ID + "graph/article/";
        if (!graph.isURI() || !graph.getURI().startsWith(prefix)) return null;
        return IRILib.decodeHex(graph.getURI().substring(prefix.length()));
    }
}
