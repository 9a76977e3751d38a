package org.newsgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;

/**
 * Reads one {@code .rq} file of the library: its comment header, then its SPARQL.
 *
 * <pre>
 * # title: Who did what to whom
 * # description: Events with their actor and target, optionally filtered by actor or target label.
 * # param: actor string optional  Label (or surface form) of the actor, case-insensitive
 * # columns: event cameo actor actorLabel ...
 * </pre>
 *
 * The header is the run of {@code #} lines at the top. Besides the fields above it may hold
 * blank {@code #} lines and free text; a line that looks like {@code # word:} with an unknown
 * word is an error, so a misspelt {@code # parm:} cannot silently drop a parameter.
 * The file must be a SPARQL 1.1 SELECT whose projected variables are the {@code columns}, and
 * the declared parameters must be exactly the {@code ?param_*} variables it uses.
 */
final class QueryFileParser {
    private QueryFileParser() {}

    private static final Pattern FIELD = Pattern.compile("#\\s*([A-Za-z]+)\\s*:\\s*(.*)");
    private static final Pattern PARAM_VARIABLE =
            Pattern.compile("[?$]" + Pattern.quote(QueryParameter.VARIABLE_PREFIX) + "([A-Za-z0-9_]+)");
    private static final List<String> FIELDS = List.of("title", "description", "param", "columns");

    /**
     * @param fileName the file's name, used for the query name and in error messages
     * @param text     the whole file
     */
    static LibraryQuery parse(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Header header = readHeader(fileName, text);
        Query query = parseSparql(fileName, text);
        checkColumns(fileName, header, query);
        checkParameterVariables(fileName, header, query);
        return new LibraryQuery(name, header.title, header.description, header.parameters, header.columns, query);
    }

    /** What the header said, and where, for error messages. */
    private static final class Header {
        String title;
        String description;
        final List<QueryParameter> parameters = new ArrayList<>();
        final List<Integer> parameterLines = new ArrayList<>();
        List<String> columns;
        int columnsLine;
    }

    private static Header readHeader(String file, String text) {
        Header header = new Header();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            int lineNo = i + 1;
            Matcher field = FIELD.matcher(lines.get(i).strip());
            if (!field.matches())
                continue; // free comment text
            String key = field.group(1).toLowerCase(Locale.ROOT);
            String value = field.group(2).strip();
            switch (key) {
                case "title" -> header.title = requireValue(file, lineNo, key, value, header.title);
                case "description" -> header.description = header.description == null
                        ? requireValue(file, lineNo, key, value, null)
                        : header.description + " " + value; // a long description may span lines
                case "param" -> {
                    QueryParameter parameter = readParameter(file, lineNo, value);
                    if (header.parameters.stream().anyMatch(p -> p.name().equals(parameter.name())))
                        throw new MalformedQueryException(file, lineNo, "parameter '" + parameter.name() + "' is declared twice");
                    header.parameters.add(parameter);
                    header.parameterLines.add(lineNo);
                }
                case "columns" -> {
                    if (header.columns != null)
                        throw new MalformedQueryException(file, lineNo, "a second '# columns:' line");
                    header.columns = List.of(requireValue(file, lineNo, key, value, null).split("\\s+"))
                            .stream().map(c -> c.startsWith("?") ? c.substring(1) : c).toList();
                    header.columnsLine = lineNo;
                }
                default -> throw new MalformedQueryException(file, lineNo,
                        "unknown header field '" + field.group(1) + "' (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        if (header.title == null)
            throw new MalformedQueryException(file, 1, "the header has no '# title:' line");
        if (header.description == null)
            throw new MalformedQueryException(file, 1, "the header has no '# description:' line");
        if (header.columns == null)
            throw new MalformedQueryException(file, 1, "the header has no '# columns:' line");
        return header;
    }

    private static String requireValue(String file, int line, String key, String value, String previous) {
        if (previous != null)
            throw new MalformedQueryException(file, line, "a second '# " + key + ":' line");
        if (value.isEmpty())
            throw new MalformedQueryException(file, line, "'# " + key + ":' is empty");
        return value;
    }

    /** {@code NAME TYPE required|optional DESCRIPTION} */
    private static QueryParameter readParameter(String file, int line, String value) {
        String[] parts = value.split("\\s+", 4);
        if (parts.length < 4)
            throw new MalformedQueryException(file, line,
                    "a parameter needs 'NAME TYPE required|optional DESCRIPTION', got '" + value + "'");
        QueryParameter.Type type = QueryParameter.Type.fromKeyword(parts[1]).orElseThrow(() ->
                new MalformedQueryException(file, line, "unknown parameter type '" + parts[1] + "' (known: "
                        + Arrays.stream(QueryParameter.Type.values()).map(QueryParameter.Type::keyword)
                                .collect(Collectors.joining(", ")) + ")"));
        boolean required = switch (parts[2]) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw new MalformedQueryException(file, line,
                    "parameter '" + parts[0] + "' must be 'required' or 'optional', got '" + parts[2] + "'");
        };
        try {
            return new QueryParameter(parts[0], type, required, parts[3].strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedQueryException(file, line, e.getMessage());
        }
    }

    private static Query parseSparql(String file, String text) {
        Query query;
        try {
            // Plain SPARQL 1.1, no ARQ extensions: analysts may run these files on any store.
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            int line = e.getLine() > 0 ? e.getLine() : 1;
            throw new MalformedQueryException(file, line, "SPARQL syntax error: " + firstLine(e.getMessage()), e);
        }
        if (!query.isSelectType())
            throw new MalformedQueryException(file, 1, "library queries must be SELECT queries");
        return query;
    }

    private static void checkColumns(String file, Header header, Query query) {
        List<String> projected = query.getProjectVars().stream().map(Var::getVarName).toList();
        if (!projected.equals(header.columns))
            throw new MalformedQueryException(file, header.columnsLine, "columns " + header.columns
                    + " differ from the SELECT's projected variables " + projected);
    }

    /** Every declared parameter must be used, and every ?param_* variable declared. */
    private static void checkParameterVariables(String file, Header header, Query query) {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PARAM_VARIABLE.matcher(query.toString()); // serialised: comments are gone
        while (m.find())
            used.add(m.group(1));
        for (int i = 0; i < header.parameters.size(); i++) {
            QueryParameter parameter = header.parameters.get(i);
            if (!used.remove(parameter.name()))
                throw new MalformedQueryException(file, header.parameterLines.get(i), "parameter '" + parameter.name()
                        + "' is declared but the query never uses ?" + parameter.variable().getVarName());
        }
        if (!used.isEmpty())
            throw new MalformedQueryException(file, 1, "the query uses "
                    + new TreeSet<>(used).stream().map(u -> "?" + QueryParameter.VARIABLE_PREFIX + u)
                            .collect(Collectors.joining(", "))
                    + " without declaring a parameter for it ('# param: ...')");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
