package org.newsgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.query.LibraryQuery;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryParameter;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query NAME --param k=v}: runs a library query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a query of the library (queries/NAME.rq) with parameters bound on the parsed query.",
                "Without NAME, lists the queries and their parameters."})
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Query name, e.g. who-did-what.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, json (SPARQL 1.1 JSON results), csv, tsv or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        QueryLibrary library = QueryLibrary.fromClasspath();
        if (name == null) {
            for (LibraryQuery q : library.all()) {
                StringBuilder line = new StringBuilder(String.format("%-24s %s", q.name(), q.title()));
                for (QueryParameter p : q.parameters()) {
                    line.append(" [").append(p.name()).append(p.required() ? "" : "?").append(']');
                }
                System.out.println(line);
            }
            return 0;
        }
        LibraryQuery query = library.require(name);
        var bound = query.bind(params);
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            QueryRunner.write(QueryRunner.select(kg.dataset(), bound), System.out, format);
        }
        System.out.flush();
        return 0;
    }
}
