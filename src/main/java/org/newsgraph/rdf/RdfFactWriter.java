package org.newsgraph.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.BilateralRelationship;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.extract.TimeValue;
import org.newsgraph.input.Article;

/**
 * The RDF stage: writes each article's facts as quads in the article's own named graph into a
 * Jena {@link StreamRDF} (a file writer, a collector for the store, a test graph). One
 * {@code start()}/{@code finish()} bracket per article, so a sink can commit article by article.
 */
public final class RdfFactWriter implements FactSink {
    private final StreamRDF out;
    private final CameoCodebook codebook;

    public RdfFactWriter(StreamRDF out, CameoCodebook codebook) {
        this.out = out;
        this.codebook = codebook;
    }

    @Override
    public void accept(ArticleFacts facts) {
        out.start();
        new ArticleWriter(facts).write();
        out.finish();
    }

    /** Writes one article; holds the graph name and article node so each method stays short. */
    private final class ArticleWriter {
        private final ArticleFacts facts;
        private final Article article;
        private final String id;
        private final Node graph;
        private final Node articleNode;
        private final Node extractor;
        private final Set<Node> spansWritten = new HashSet<>();

        ArticleWriter(ArticleFacts facts) {
            this.facts = facts;
            this.article = facts.article();
            this.id = article.id();
            this.graph = Iris.articleGraph(id);
            this.articleNode = Iris.article(id);
            this.extractor = Iris.extractor(facts.extractorVersion());
        }

        void write() {
            writeArticle();
            writeSentences();
            facts.entities().forEach(this::writeEntity);
            facts.mentions().forEach(this::writeMention);
            List<Event> events = facts.events();
            for (int i = 0; i < events.size(); i++) writeEvent(events.get(i), Iris.event(id, i + 1));
            List<Relation> relations = facts.relations();
            for (int i = 0; i < relations.size(); i++) writeRelation(relations.get(i), Iris.statement(id, i + 1));
            List<BilateralRelationship> rels = facts.relationships();
            for (int i = 0; i < rels.size(); i++) writeRelationship(rels.get(i), Iris.relationship(id, i + 1));
            facts.timeExpressions().forEach(this::writeTimeExpression);
            emit(extractor, RDF.type.asNode(), NG.Extractor);
            emit(extractor, NG.version, string(facts.extractorVersion()));
        }

        private void writeArticle() {
            emit(articleNode, RDF.type.asNode(), NG.NewsArticle);
            emit(articleNode, NG.articleId, string(id));
            emit(articleNode, NG.title, string(article.title()));
            emit(articleNode, NG.published, dateTime(article.published().atStartOfDay().toInstant(ZoneOffset.UTC)));
            article.sourceName().ifPresent(s -> emit(articleNode, NG.source, string(s)));
            article.urlValue().ifPresent(u -> emit(articleNode, NG.url, string(u)));
            emit(articleNode, NG.text, string(article.text()));
        }

        private void writeSentences() {
            List<Span> sentences = facts.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Span s = sentences.get(i);
                Node node = Iris.sentence(id, i);
                emit(articleNode, NG.hasSentence, node);
                emit(node, RDF.type.asNode(), NG.Sentence);
                emit(node, NG.inArticle, articleNode);
                emit(node, NG.sentenceIndex, integer(s.sentence()));
                emit(node, NG.beginIndex, integer(s.begin()));
                emit(node, NG.endIndex, integer(s.end()));
                emit(node, NG.anchorOf, string(s.text()));
            }
        }

        /** The sentence node a span lies in (sentence numbers repeat only inside a multi-sentence headline). */
        private Node sentenceOf(Span span) {
            List<Span> sentences = facts.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Span s = sentences.get(i);
                if (span.begin() >= s.begin() && span.end() <= s.end()) return Iris.sentence(id, i);
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).sentence() == span.sentence()) return Iris.sentence(id, i);
            }
            throw new IllegalStateException("span " + span + " lies in no sentence of " + id);
        }

        private void writeEntity(Entity e) {
            Node node = Iris.entity(e.key());
            emit(node, RDF.type.asNode(), NG.named(e.type().name()));
            emit(node, RDFS.label.asNode(), string(e.label()));
            for (String form : e.surfaceForms()) emit(node, NG.surfaceForm, string(form));
            if (e.wikidata() != null) emit(node, NG.wikidataItem, Iris.wikidata(e.wikidata()));
            if (e.dbpedia() != null) emit(node, OWL.sameAs.asNode(), Iris.dbpedia(e.dbpedia()));
            emit(node, NG.mentionedIn, articleNode);
        }

        private void writeMention(Mention m) {
            Node span = Iris.span(id, m.span().begin(), m.span().end());
            emit(span, RDF.type.asNode(), NG.EntityMention);
            emit(span, NG.mentionOf, Iris.entity(m.entityKey()));
            writeSpan(span, m.span());
        }

        private void writeSpan(Node node, Span span) {
            if (!spansWritten.add(node)) return;
            emit(node, RDF.type.asNode(), NG.TextSpan);
            emit(node, NG.inSentence, sentenceOf(span));
            emit(node, NG.beginIndex, integer(span.begin()));
            emit(node, NG.endIndex, integer(span.end()));
            emit(node, NG.anchorOf, string(span.text()));
        }

        private void writeEvent(Event e, Node node) {
            Node type = codebook.byCode(e.cameo())
                    .orElseThrow(() -> new IllegalStateException("CAMEO code " + e.cameo() + " is not in ontology/cameo.ttl"))
                    .classIri();
            emit(node, RDF.type.asNode(), type);
            emit(node, NG.actor, Iris.entity(e.actorKey()));
            if (e.actingBodyKey() != null) emit(node, NG.actingBody, Iris.entity(e.actingBodyKey()));
            if (e.targetBodyKey() != null) emit(node, NG.targetBody, Iris.entity(e.targetBodyKey()));
            if (e.targetKey() != null) emit(node, NG.target, Iris.entity(e.targetKey()));
            if (e.placeKey() != null) emit(node, NG.place, Iris.entity(e.placeKey()));
            if (e.theme() != null) writeSpanAs(node, NG.theme, e.theme());
            writeTime(node, e.time());
            emit(node, NG.modality, NG.named(capitalised(e.modality().code())));
            if (e.attributedToKey() != null) emit(node, NG.attributedTo, Iris.entity(e.attributedToKey()));
            emit(node, NG.trigger, string(e.trigger()));
            for (Span span : e.evidence()) writeSpanAs(node, NG.evidence, span);
            writeProvenance(node, e.confidence());
        }

        private void writeRelation(Relation r, Node node) {
            Node property = NG.named(r.property());
            Node subject = Iris.entity(r.subjectKey());
            Node object = Iris.entity(r.objectKey());
            emit(subject, property, object);
            emit(node, RDF.type.asNode(), NG.RelationStatement);
            emit(node, NG.subject, subject);
            emit(node, NG.property, property);
            emit(node, NG.object, object);
            if (r.roleLabel() != null) emit(node, NG.roleLabel, string(r.roleLabel()));
            writeEvidence(node, r.evidence());
            writeProvenance(node, r.confidence());
        }

        private void writeRelationship(BilateralRelationship r, Node node) {
            Node a = Iris.entity(r.partyA());
            Node b = Iris.entity(r.partyB());
            emit(a, NG.bilateralRelationWith, b);
            emit(node, RDF.type.asNode(), NG.BilateralRelationship);
            emit(node, NG.party, a);
            emit(node, NG.party, b);
            if (r.state() != null) emit(node, NG.state, NG.named(r.state()));
            writeTime(node, r.time());
            writeEvidence(node, r.evidence());
            writeProvenance(node, r.confidence());
        }

        /** A time expression is a text span of its own, typed ng:TimeExpression, with its value. */
        private void writeTimeExpression(TimeExpression t) {
            Node node = Iris.span(id, t.span().begin(), t.span().end());
            emit(node, RDF.type.asNode(), NG.TimeExpression);
            writeSpan(node, t.span());
            writeTime(node, t.value());
        }

        private void writeTime(Node node, TimeValue time) {
            if (time == null) return;
            emit(node, NG.timeValue, string(time.value()));
            if (time.hasInterval()) {
                emit(node, NG.timeStart, dateTime(time.start()));
                emit(node, NG.timeEnd, dateTime(time.end()));
            }
        }

        private void writeEvidence(Node node, Span span) {
            writeSpanAs(node, NG.evidence, span);
        }

        /** A text span of the article, linked from {@code node} by {@code property} (evidence, theme). */
        private void writeSpanAs(Node node, Node property, Span span) {
            Node spanNode = Iris.span(id, span.begin(), span.end());
            emit(node, property, spanNode);
            writeSpan(spanNode, span);
        }

        private void writeProvenance(Node node, double confidence) {
            emit(node, NG.inArticle, articleNode);
            emit(node, NG.confidence, NodeFactory.createLiteralDT(Double.toString(Math.round(confidence * 100) / 100.0), XSDDatatype.XSDdouble));
            emit(node, NG.extractedBy, extractor);
        }

        private void emit(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    private static String capitalised(String code) {
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private static Node string(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger); }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
