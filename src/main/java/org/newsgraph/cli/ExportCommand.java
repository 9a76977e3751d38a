package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphExport;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: the store (or one article) as TriG, N-Quads, Turtle, JSON-LD or OWL. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store to stdout (or --output): trig, nquads, jsonld keep one graph per article;",
                "turtle merges them; owl writes one OWL 2 DL file (ontology + individuals) for Protégé."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, turtle, jsonld or owl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article.")
    String article;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                GraphExport.write(kg, format, article, out);
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    GraphExport.write(kg, format, article, out);
                }
            }
        }
        return 0;
    }
}
