package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.newsgraph.query.LibraryQuery;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryRunner;

/**
 * {@code GET /kg/queries/NAME?param=value}: runs a library query with its parameters bound on
 * the parsed query (never pasted into text) and answers in the format the Accept header asks
 * for (SPARQL JSON by default; CSV, TSV, XML, or a text table). {@code ?format=} overrides Accept.
 */
final class LibraryQueryServlet extends HttpServlet {
    private static final Map<String, String> MEDIA_TO_FORMAT = new LinkedHashMap<>();
    static {
        MEDIA_TO_FORMAT.put("application/sparql-results+json", "json");
        MEDIA_TO_FORMAT.put("application/json", "json");
        MEDIA_TO_FORMAT.put("text/csv", "csv");
        MEDIA_TO_FORMAT.put("text/tab-separated-values", "tsv");
        MEDIA_TO_FORMAT.put("application/sparql-results+xml", "xml");
        MEDIA_TO_FORMAT.put("text/plain", "table");
    }

    private static final Map<String, String> FORMAT_TO_MEDIA = Map.of(
            "json", "application/sparql-results+json", "csv", "text/csv", "tsv", "text/tab-separated-values",
            "xml", "application/sparql-results+xml", "table", "text/plain");

    private final transient Dataset dataset;
    private final transient QueryLibrary library;

    LibraryQueryServlet(Dataset dataset, QueryLibrary library) {
        this.dataset = dataset;
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.replaceFirst("^/", "");
        if (name.isEmpty()) {
            IndexServlet.writeQueryList(library, response);
            return;
        }
        Optional<LibraryQuery> query = library.get(name);
        if (query.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "no query named '" + name + "'; see /kg/queries/");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals("format")) continue;
            params.put(e.getKey(), e.getValue()[0]);
        }
        String format = request.getParameter("format") != null ? request.getParameter("format") : negotiate(request.getHeader("Accept"));
        if (!FORMAT_TO_MEDIA.containsKey(format)) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "unknown format '" + format + "'; use one of " + FORMAT_TO_MEDIA.keySet());
            return;
        }
        ResultSet results;
        try {
            results = QueryRunner.select(dataset, query.get().bind(params));
        } catch (IllegalArgumentException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(FORMAT_TO_MEDIA.get(format));
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            QueryRunner.write(results, out, format);
        }
    }

    /** The first acceptable media type the client lists; JSON when it lists none we serve. */
    static String negotiate(String accept) {
        if (accept == null) return "json";
        for (String part : accept.split(",")) {
            String media = part.split(";")[0].trim().toLowerCase();
            if (MEDIA_TO_FORMAT.containsKey(media)) return MEDIA_TO_FORMAT.get(media);
        }
        return "json";
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
