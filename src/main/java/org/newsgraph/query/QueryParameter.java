package org.newsgraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Var;

/**
 * One declared parameter of a library query, from a header line such as
 * {@code # param: actor string optional  Label (or surface form) of the actor}.
 *
 * <p>In the query text the parameter is the variable {@code ?param_<name>} (see
 * {@link #variable()}): a separate name space, so a parameter {@code cameo} can filter the
 * column {@code ?cameo} without being confused with it.
 *
 * @param name        the name callers use, e.g. {@code actor}
 * @param type        how a text value is checked and turned into an RDF term
 * @param required    whether {@link LibraryQuery#bind} refuses to run without it
 * @param description one line for humans (CLI help, web form)
 */
public record QueryParameter(String name, Type type, boolean required, String description) {

    /** Prefix of the SPARQL variable that carries a parameter's value. */
    public static final String VARIABLE_PREFIX = "param_";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    /** CAMEO codes ("036"), modality notations ("hedged"), state names: short plain tokens. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

    /** The value types a header may declare. */
    public enum Type {
        /** any text, bound as a plain {@code xsd:string} literal */
        STRING,
        /** an absolute IRI, bound as a URI node */
        IRI,
        /** a day {@code YYYY-MM-DD}, bound as {@code xsd:dateTime} at midnight UTC */
        DATE,
        /** a whole number, bound as {@code xsd:integer} */
        INTEGER,
        /** a short code such as a CAMEO code or a modality notation, bound as a string literal */
        CODE;

        /** The header spelling: {@code string}, {@code iri}, ... */
        public String keyword() { return name().toLowerCase(Locale.ROOT); }

        /** Reads a header keyword; empty if it is not one. */
        public static Optional<Type> fromKeyword(String keyword) {
            return Arrays.stream(values()).filter(t -> t.keyword().equals(keyword)).findFirst();
        }
    }

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches())
            throw new IllegalArgumentException("parameter name '" + name + "' must be letters and digits, starting with a letter");
    }

    /** The SPARQL variable that carries this parameter in the query text. */
    public Var variable() {
        return Var.alloc(VARIABLE_PREFIX + name);
    }

    /**
     * Checks a text value against the declared type and builds the RDF term to bind.
     * Nodes are only ever built by {@link NodeFactory}, never by pasting text into SPARQL.
     *
     * @throws IllegalArgumentException with a one-line reason when the value does not fit
     */
    public Node toNode(String value) {
        if (value == null)
            throw new IllegalArgumentException("parameter '" + name + "' has no value");
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case CODE -> {
                if (!CODE.matcher(value).matches())
                    throw invalid(value, "a short code of letters, digits, '.', '_' or '-' (e.g. 036, hedged)");
                yield NodeFactory.createLiteralString(value);
            }
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches())
                    throw invalid(value, "a whole number");
                yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
            }
            case DATE -> NodeFactory.createLiteralDT(parseDate(value) + "T00:00:00Z", XSDDatatype.XSDdateTime);
            case IRI -> NodeFactory.createURI(checkIri(value));
        };
    }

    private String parseDate(String value) {
        if (!DATE.matcher(value).matches())
            throw invalid(value, "a date YYYY-MM-DD");
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw invalid(value, "a real calendar date YYYY-MM-DD");
        }
    }

    private String checkIri(String value) {
        IRIx iri;
        try {
            iri = IRIx.create(value);
        } catch (IRIException e) {
            throw invalid(value, "an IRI (" + firstLine(e.getMessage()) + ")");
        }
        // Relative IRIs would resolve against whatever base a store uses: refuse them.
        // (isReference = has a scheme; unlike isAbsolute it allows the #char=... fragments of spans.)
        if (!iri.isReference())
            throw invalid(value, "an absolute IRI such as https://w3id.org/newsgraph/id/...");
        return iri.str();
    }

    private IllegalArgumentException invalid(String value, String expected) {
        return new IllegalArgumentException(
                "parameter '" + name + "' must be " + expected + ", got '" + oneLine(value) + "'");
    }

    private static String firstLine(String message) {
        return message == null ? "malformed" : message.lines().findFirst().orElse("malformed");
    }

    /** Keeps error messages on one line, whatever the caller sent. */
    private static String oneLine(String value) {
        String flat = value.replaceAll("[\\r\\n\\t]+", " ");
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
