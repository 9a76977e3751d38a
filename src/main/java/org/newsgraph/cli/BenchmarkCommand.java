package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.input.Article;
import org.newsgraph.input.ArticleReader;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph benchmark}: the speed and memory figures, measured on this machine and
 * printed — model load, heap, per-article NLP and extraction time, store throughput and
 * query latency. Targets are judged from these figures, never from timed unit tests.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures model load, heap, per-article time (NLP, extraction, store) and query latency",
                "on the given articles (default: the samples), repeated --rounds times into a temporary TDB2 store."})
final class BenchmarkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to use (default: the samples folder).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "3", description = "Times each article is ingested (default: ${DEFAULT-VALUE}); the first round warms up the JIT.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty()) inputs = List.of(Path.of(System.getenv().getOrDefault("NEWSGRAPH_HOME", ".")).resolve("samples").toString());
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader(null);
        for (String in : inputs) articles.addAll(reader.readAll(in));
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles in " + inputs);

        long heapBefore = usedHeapMb();
        long t0 = System.nanoTime();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfterLoad = usedHeapMb();
        Extractor extractor = Extractor.builtIn();

        Path dir = Files.createTempDirectory("newsgraph-bench");
        long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
        List<double[]> perRound = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("kg"))) {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                Ingestion.Summary summary;
                try (Ingestion ingestion = new Ingestion(store, analyzer, extractor, System.err)) {
                    for (Article a : articles) {
                        ingestion.ingest(new Article(a.id() + "-r" + round, a.title(), a.published(), a.source(), a.url(), a.text()));
                    }
                    ingestion.close();
                    summary = ingestion.summary();
                }
                double wall = (System.nanoTime() - start) / 1e9;
                perRound.add(new double[] {(double) summary.nlpMillis() / articles.size(),
                        (double) summary.extractMillis() / articles.size(), wall});
            }
            long t = System.nanoTime();
            int queries = 0;
            QueryLibrary library = QueryLibrary.fromClasspath();
            for (String q : List.of("entities", "events", "relations", "who-did-what", "cooccurrence")) {
                QueryRunner.select(store.dataset(), library.require(q).bind(Map.of())).size();
                queries++;
            }
            double queryMs = (System.nanoTime() - t) / 1e6 / queries;
            long dbBytes = Files.walk(dir).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();

            System.out.printf("articles: %d (%d words) x %d rounds%n", articles.size(), words, rounds);
            System.out.printf("model load: %.1f s; heap used after load: %d MB (before: %d MB)%n", loadSeconds, heapAfterLoad, heapBefore);
            for (int r = 0; r < perRound.size(); r++) {
                double[] f = perRound.get(r);
                System.out.printf("round %d: NLP %.0f ms/article, extraction + RDF + validation %.0f ms/article, "
                                + "wall %.1f s -> %.1f articles/min, %.0f words/s%n",
                        r + 1, f[0], f[1], f[2], articles.size() / f[2] * 60, words / f[2]);
            }
            System.out.printf("query latency (library, whole store): %.0f ms/query%n", queryMs);
            System.out.printf("store on disk: %.1f MB for %d article graphs%n", dbBytes / 1e6, store.articleIds().size());
            System.out.printf("peak heap: %d MB (max %d MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() / (1 << 20));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1 << 20);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1 << 20);
    }
}
