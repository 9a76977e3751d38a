package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOptions {
    /** Inside the project folder (the launcher runs from there) unless told otherwise. */
    static final String DEFAULT_DB = "${env:NEWSGRAPH_HOME:-.}/data/kg";

    @Option(names = "--db", paramLabel = "FOLDER", defaultValue = DEFAULT_DB,
            description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
