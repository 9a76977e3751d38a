package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.serve.ServerSettings;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph demo}: ingest the bundled sample articles and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample articles shipped in samples/ into the store and serves it at",
                "http://127.0.0.1:3030/kg (Ctrl-C stops). Re-running replaces the samples' graphs."})
final class DemoCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--samples", defaultValue = "${env:NEWSGRAPH_HOME:-.}/samples", description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Ingest only; do not start the server.")
    boolean noServe;

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no sample folder at " + samples.toAbsolutePath() + "; run from the project folder or pass --samples");
        }
        int code = IngestCommand.run(store.db, List.of(samples.toString()), null, List.of());
        if (code != 0 || noServe) return code;
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            ServeCommand.serve(kg, new ServerSettings(port, true, null));
        }
        return 0;
    }
}
