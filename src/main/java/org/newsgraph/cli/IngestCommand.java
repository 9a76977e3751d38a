package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.input.ArticleReader;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: articles in, one named graph per article out. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt with optional NAME.meta.json, .jsonl, folders, or - for stdin),",
                "extracts entities, events and relations, and stores one named graph per article.",
                "Re-ingesting an article id replaces its graph in one transaction."})
final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders, .jsonl feeds, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding metadata.")
    LocalDate published;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra gazetteer TSV with the columns of one of the built-in files (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--untargeted-events",
            description = "Also state acts whose target was not found (\"Russia warned on Tuesday\"). By default an event is"
                    + " stated only with source and target, as CAMEO coding does, except protests, arrests, assaults and fighting.")
    boolean untargetedEvents;

    @Override
    public Integer call() {
        return run(store.db, inputs, published, gazetteers, untargetedEvents);
    }

    static int run(Path db, List<String> inputs, LocalDate published, List<Path> gazetteers) {
        return run(db, inputs, published, gazetteers, false);
    }

    static int run(Path db, List<String> inputs, LocalDate published, List<Path> gazetteers, boolean untargetedEvents) {
        ArticleReader reader = new ArticleReader(published);
        // Bad input must fail fast, not after 20-30 s of model loading: read every named file once
        // first (cheap next to the NLP). Standard input can be read only once; it is read below.
        for (String input : inputs) {
            if (!"-".equals(input)) reader.read(input, article -> {});
        }
        Extractor extractor = new Extractor(Gazetteer.load(gazetteers), Lexicon.builtIn());
        if (untargetedEvents) extractor = extractor.withUntargetedEvents();
        long t0 = System.nanoTime();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf("models loaded in %.1f s%n", loadMillis / 1000.0);
        Ingestion.Summary summary;
        int read;
        try (KnowledgeStore kg = KnowledgeStore.open(db)) {
            int[] count = {0};
            try (Ingestion ingestion = new Ingestion(kg, analyzer, extractor, System.err)) {
                for (String input : inputs) {
                    reader.read(input, article -> {
                        count[0]++;
                        System.err.printf("[%d] %s%n", count[0], article.id());
                        ingestion.ingest(article);
                    });
                }
                ingestion.close();
                summary = ingestion.summary();
            }
            read = count[0];
            if (read > 20) kg.compact();
        }
        System.err.printf("ingested %d of %d articles into %s (%d triples; %d refused, %d failed); "
                        + "NLP %.1f s, extraction %.1f s%n", summary.stored(), read, db, summary.triples(),
                summary.refused(), summary.failed(), summary.nlpMillis() / 1000.0, summary.extractMillis() / 1000.0);
        return summary.refused() + summary.failed() == 0 ? 0 : 2;
    }
}
