package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named, documented SPARQL queries analysts run: the {@code queries/*.rq} files.
 *
 * <p>Each file carries a comment header (title, description, parameters, columns; see
 * {@link QueryFileParser}) and is parsed once, when the library is loaded, so a broken file
 * fails at start-up with its name and line rather than in the middle of an analysis.
 */
public final class QueryLibrary {
    /** Where the build puts the query files on the classpath. */
    public static final String CLASSPATH_FOLDER = "/queries/";
    /** The list of query names, because a classpath folder cannot be listed portably. */
    public static final String INDEX_FILE = "index.txt";

    private final Map<String, LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        Map<String, LibraryQuery> byName = new LinkedHashMap<>();
        queries.stream().sorted(Comparator.comparing(LibraryQuery::name))
                .forEach(q -> byName.put(q.name(), q));
        this.queries = Collections.unmodifiableMap(byName);
    }

    /** Every {@code *.rq} file in the folder (not its subfolders). */
    public static QueryLibrary fromDirectory(Path directory) {
        List<LibraryQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList())
                queries.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query folder " + directory, e);
        }
        return new QueryLibrary(queries);
    }

    /** The queries shipped in the jar, as listed by {@code /queries/index.txt}. */
    public static QueryLibrary fromClasspath() {
        List<LibraryQuery> queries = new ArrayList<>();
        for (String name : readIndex(readResource(CLASSPATH_FOLDER + INDEX_FILE)))
            queries.add(parse(name + ".rq", readResource(CLASSPATH_FOLDER + name + ".rq")));
        return new QueryLibrary(queries);
    }

    /**
     * Parses one query file's text.
     *
     * @throws MalformedQueryException naming the file and line of a bad header or SPARQL
     */
    public static LibraryQuery parse(String fileName, String text) {
        return QueryFileParser.parse(fileName, text);
    }

    /**
     * The query names in an index file: one per line, {@code .rq} optional, blank lines and
     * {@code #} comments ignored.
     */
    public static List<String> readIndex(String indexText) {
        return indexText.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.endsWith(".rq") ? line.substring(0, line.length() - 3) : line)
                .toList();
    }

    /** All queries, ordered by name. */
    public List<LibraryQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<LibraryQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** @throws IllegalArgumentException naming the known queries when there is none of that name */
    public LibraryQuery require(String name) {
        LibraryQuery query = queries.get(name);
        if (query == null)
            throw new IllegalArgumentException("no query named " + name + "; known: " + String.join(", ", queries.keySet()));
        return query;
    }

    private static String readResource(String path) {
        try (InputStream in = QueryLibrary.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("query library resource " + path + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
