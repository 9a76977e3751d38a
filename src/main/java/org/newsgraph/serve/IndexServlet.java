package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.query.LibraryQuery;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryParameter;

/** The server's front page: what is served where, and the query library with its parameters (JSON). */
final class IndexServlet extends HttpServlet {
    private final transient QueryLibrary library;

    IndexServlet(QueryLibrary library) {
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            LibraryQueryServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "not found: " + request.getRequestURI());
            return;
        }
        JsonObject index = new JsonObject();
        index.put("service", "Newsgraph knowledge graph");
        index.put("sparql", KnowledgeServer.DATASET + "/sparql");
        index.put("graphStore", KnowledgeServer.DATASET + "/get");
        index.put("queries", KnowledgeServer.DATASET + "/queries/");
        write(response, index);
    }

    static void writeQueryList(QueryLibrary library, HttpServletResponse response) throws IOException {
        JsonObject list = new JsonObject();
        JsonArray queries = new JsonArray();
        for (LibraryQuery q : library.all()) {
            JsonObject entry = new JsonObject();
            entry.put("name", q.name());
            entry.put("title", q.title());
            entry.put("description", q.description());
            entry.put("url", KnowledgeServer.DATASET + "/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (QueryParameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().toString().toLowerCase());
                po.put("required", p.required());
                po.put("description", p.description());
                params.add(po);
            }
            entry.put("parameters", params);
            JsonArray columns = new JsonArray();
            q.columns().forEach(columns::add);
            entry.put("columns", columns);
            queries.add(entry);
        }
        list.put("queries", queries);
        write(response, list);
    }

    private static void write(HttpServletResponse response, JsonObject json) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
