package org.newsgraph.query;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs library queries the way the graph is meant to be read, and writes their results.
 *
 * <p>Each article is its own named graph and the ontology another, so queries see the
 * union of all named graphs as their default graph.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** Long enough for a co-occurrence count over a large store, short enough to stop a runaway. */
    public static final long TIMEOUT_SECONDS = 60;

    /** The result formats {@link #write} knows. */
    public static final List<String> FORMATS = List.of("table", "json", "csv", "tsv", "xml");

    /**
     * Runs a SELECT in a read transaction over the union of the named graphs.
     *
     * @return every row, copied so it can be read (and rewound) after the transaction ends
     * @throws org.apache.jena.query.QueryCancelledException after {@link #TIMEOUT_SECONDS}
     */
    public static ResultSetRewindable select(Dataset dataset, Query query) {
        if (!query.isSelectType())
            throw new IllegalArgumentException("not a SELECT query");
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset)
                    .query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .build()) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        });
    }

    /**
     * Writes results: {@code table} (aligned text), {@code json} (SPARQL 1.1 JSON results),
     * {@code csv}, {@code tsv} or {@code xml} (SPARQL results XML). Case-insensitive.
     *
     * @throws IllegalArgumentException for another format, listing the valid ones
     */
    public static void write(ResultSet results, OutputStream out, String format) {
        switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "table" -> ResultSetFormatter.out(out, results);
            case "json" -> ResultSetFormatter.outputAsJSON(out, results);
            case "csv" -> ResultSetFormatter.outputAsCSV(out, results);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, results);
            case "xml" -> ResultSetFormatter.outputAsXML(out, results);
            default -> throw new IllegalArgumentException(
                    "unknown result format '" + format + "'; valid: " + String.join(", ", FORMATS));
        }
    }
}
