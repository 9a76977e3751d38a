package org.newsgraph.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One query of the library: a parsed SELECT plus what its header says about it.
 *
 * <p>Values reach the query only through {@link #bind}, which substitutes RDF terms for the
 * {@code ?param_<name>} variables on the parsed syntax tree. No text is ever pasted into
 * SPARQL, so a value such as {@code "} ; DROP ALL"} stays what it is: a literal.
 *
 * @param name        file name without {@code .rq}, e.g. {@code who-did-what}
 * @param title       one-line title from {@code # title:}
 * @param description one-line description from {@code # description:}
 * @param parameters  declared parameters, in header order
 * @param columns     result columns, equal to the SELECT's projected variables
 * @param query       the parsed query with all parameters unbound (a copy is returned)
 */
public record LibraryQuery(String name, String title, String description,
                           List<QueryParameter> parameters, List<String> columns, Query query) {

    public LibraryQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        query = query.cloneQuery();
    }

    /** The parsed query, unbound. A fresh copy: Jena's {@link Query} is mutable. */
    @Override
    public Query query() {
        return query.cloneQuery();
    }

    /** The declared parameter of that name, if any. */
    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * A new query with the given parameter values substituted on the syntax tree.
     *
     * <p>A null or blank value counts as not given. Optional parameters not given stay
     * variables; every library query is written so that an unbound parameter means
     * "no restriction". This object is not changed.
     *
     * @param values parameter name to text value
     * @throws IllegalArgumentException for an unknown parameter (the message lists the known
     *         ones), a missing required one, or a value that does not fit its type
     */
    public Query bind(Map<String, String> values) {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (parameter(key).isEmpty())
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + key
                        + "'; known: " + parameterNames());
            if (value != null && !value.isBlank())
                given.put(key, value);
        });

        Map<Var, Node> substitution = new HashMap<>();
        for (QueryParameter parameter : parameters) {
            String value = given.get(parameter.name());
            if (value == null) {
                if (parameter.required())
                    throw new IllegalArgumentException("query '" + name + "' needs parameter '"
                            + parameter.name() + "' (" + parameter.description() + ")");
                continue;
            }
            substitution.put(parameter.variable(), parameter.toNode(value));
        }
        return substitution.isEmpty() ? query.cloneQuery() : QueryTransformOps.replaceVars(query, substitution);
    }

    private String parameterNames() {
        return parameters.isEmpty() ? "(none)"
                : parameters.stream().map(QueryParameter::name).collect(Collectors.joining(", "));
    }
}
