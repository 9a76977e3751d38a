package org.newsgraph.rdf;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;

/**
 * Checks one article graph against {@code shapes.ttl}.
 *
 * <p>The data graph is the article graph united with the ontology graph, because the shapes
 * reach into the ontology: an event's CAMEO code is {@code rdf:type/ng:cameoCode}, and an
 * {@code ng:EntityMention} counts as a {@code ng:TextSpan} only through rdfs:subClassOf.
 * The union is a read-only view; neither graph is copied or changed.
 */
public final class ArticleGraphValidator {

    /**
     * The outcome of one validation.
     *
     * @param conforms whether the graph satisfies every shape
     * @param problems one entry per violation, in the order Jena reports them
     * @param report   human-readable text: one line per problem (focus node, path, message)
     */
    public record ValidationResult(boolean conforms, List<Problem> problems, String report) {}

    /** One violation: the node at fault, the property path (may be null) and what is wrong. */
    public record Problem(String focusNode, String path, String message, String value) {
        String line() {
            StringBuilder sb = new StringBuilder(focusNode);
            if (path != null) sb.append("  ").append(path);
            sb.append(": ").append(message);
            if (value != null) sb.append("  (value: ").append(value).append(')');
            return sb.toString();
        }
    }

    private final Shapes shapes;
    private final Graph ontology;
    private final PrefixMapping prefixes;

    /** A validator with the shipped shapes and ontology. */
    public ArticleGraphValidator() {
        this(Ontology.shapesGraph(), Ontology.ontologyGraph());
    }

    public ArticleGraphValidator(Graph shapesGraph, Graph ontologyGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.ontology = ontologyGraph;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("ng", NG.NS)
                .setNsPrefix("id", NG.ID)
                .setNsPrefix("wd", NG.WD)
                .lock();
    }

    public ValidationResult validate(Graph articleGraph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(articleGraph, ontology));
        List<Problem> problems = report.getEntries().stream().map(this::problem).toList();
        StringBuilder text = new StringBuilder();
        if (problems.isEmpty()) {
            text.append("Article graph conforms to the Newsgraph shapes.");
        } else {
            text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" in the article graph:");
            problems.forEach(p -> text.append("\n  - ").append(p.line()));
        }
        return new ValidationResult(report.conforms(), problems, text.toString());
    }

    private Problem problem(ReportEntry e) {
        Path path = e.resultPath();
        return new Problem(
                shortForm(e.focusNode()),
                path == null ? null : path.toString(new Prologue(prefixes)),
                e.message(),
                e.value() == null ? null : shortForm(e.value()));
    }

    private String shortForm(Node node) {
        if (node.isURI()) {
            String qname = prefixes.qnameFor(node.getURI());
            // qnameFor refuses local names with '/' or '#'; fall back to a prefix-stripped form.
            if (qname != null) return qname;
            String uri = node.getURI();
            if (uri.startsWith(NG.ID)) return "id:" + uri.substring(NG.ID.length());
            return "<" + uri + ">";
        }
        if (node.isLiteral()) return "\"" + node.getLiteralLexicalForm() + "\"";
        return node.toString();
    }
}
