package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.serve.KnowledgeServer;
import org.newsgraph.serve.ServerSettings;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the store as a read-only SPARQL endpoint plus the query library. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with embedded Fuseki: SPARQL at /kg/sparql, library queries at",
                "/kg/queries/NAME. Loopback only and read-only unless told otherwise. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public", description = "Listen on every network interface instead of 127.0.0.1 only.")
    boolean everyInterface;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty realm file (user: password, role); enables SPARQL Update at /kg/update for its users.")
    Path passwordFile;

    @Override
    public Integer call() {
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            serve(kg, new ServerSettings(port, !everyInterface, passwordFile));
        }
        return 0;
    }

    static void serve(KnowledgeStore kg, ServerSettings settings) {
        FusekiServer server = KnowledgeServer.build(kg.dataset(), QueryLibrary.fromClasspath(), settings);
        server.start();
        String host = settings.loopbackOnly() ? "127.0.0.1" : "0.0.0.0";
        System.err.printf("serving %d articles at http://%s:%d%s/sparql and %s/queries/ (Ctrl-C stops)%n",
                kg.articleIds().size(), host, server.getHttpPort(), KnowledgeServer.DATASET, KnowledgeServer.DATASET);
        server.join();
    }
}
