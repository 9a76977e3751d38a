package org.newsgraph.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.cli.Ingestion;
import org.newsgraph.extract.Extractor;
import org.newsgraph.input.Article;
import org.newsgraph.input.ArticleReader;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.store.KnowledgeStore;

/**
 * A shared test fixture: the seed article ({@code ../shared/corpus/000_f7ccc6e869ac8a45.txt},
 * with its .meta.json) and every sample of {@code samples/}, ingested once per JVM through the
 * real {@link Ingestion} path (CoreNLP, extraction, RDF, SHACL validation, store writer) into one
 * in-memory {@link KnowledgeStore}.
 *
 * <p>Call {@link #get()} from a test: it skips the test (JUnit assumption) when the shared corpus
 * is absent, and otherwise ingests on first use; later calls return the same instance. Treat the
 * store as read-only: other test classes read it after you. To change data, copy an article
 * graph into a store of your own.
 */
public final class IngestedArticles {
    /** The seed article's id (its file name without .txt; .meta.json agrees). */
    public static final String SEED_ID = "000_f7ccc6e869ac8a45";

    private static volatile IngestedArticles instance;

    private final KnowledgeStore store;
    private final Ingestion.Summary summary;
    private final List<Article> articles;
    private final String log;
    private final long millis;

    private IngestedArticles(KnowledgeStore store, Ingestion.Summary summary, List<Article> articles, String log, long millis) {
        this.store = store;
        this.summary = summary;
        this.articles = articles;
        this.log = log;
        this.millis = millis;
    }

    /** The project folder (where pom.xml is): Maven runs tests there. */
    public static Path projectFolder() {
        return Path.of("").toAbsolutePath();
    }

    /** The seed article's text file, beside the project in the shared corpus folder. */
    public static Path seedFile() {
        return projectFolder().resolve("../shared/corpus/" + SEED_ID + ".txt").normalize();
    }

    /** The seed article as the ingest command would read it (metadata from its .meta.json). */
    public static Article readSeed() {
        assumeTrue(Files.isRegularFile(seedFile()), "shared corpus absent: " + seedFile());
        List<Article> seed = new ArticleReader(null).readAll(seedFile().toString());
        if (seed.size() != 1) throw new IllegalStateException(seedFile() + " should hold one article, read " + seed.size());
        return seed.get(0);
    }

    /** The fixture; skips the calling test when the shared corpus is absent. */
    public static IngestedArticles get() {
        assumeTrue(Files.isRegularFile(seedFile()), "shared corpus absent: " + seedFile());
        IngestedArticles local = instance;
        if (local == null) {
            synchronized (IngestedArticles.class) {
                local = instance;
                if (local == null) instance = local = ingest();
            }
        }
        return local;
    }

    private static IngestedArticles ingest() {
        long t0 = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        articles.add(readSeed());
        Path samples = projectFolder().resolve("samples");
        if (!Files.isDirectory(samples)) throw new IllegalStateException("no samples folder at " + samples);
        articles.addAll(new ArticleReader(null).readAll(samples.toString()));

        ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
        KnowledgeStore store = KnowledgeStore.inMemory();
        Ingestion ingestion = new Ingestion(store, CoreNlpAnalyzer.shared(), Extractor.builtIn(), logStream);
        for (Article a : articles) ingestion.ingest(a);
        ingestion.close();
        Ingestion.Summary summary = ingestion.summary();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("IngestedArticles: %d articles in %d ms (stored %d, refused %d, failed %d, %d triples)%n",
                articles.size(), millis, summary.stored(), summary.refused(), summary.failed(), summary.triples());
        return new IngestedArticles(store, summary, List.copyOf(articles), logBytes.toString(StandardCharsets.UTF_8), millis);
    }

    /** The in-memory store holding every ingested article (and the ontology graph). Read only. */
    public KnowledgeStore store() { return store; }

    /** The ingestion run's figures: stored, refused, failed, problems. */
    public Ingestion.Summary summary() { return summary; }

    /** The articles fed to the ingestion, seed first, then the samples in file order. */
    public List<Article> articles() { return articles; }

    /** Ids of the articles fed to the ingestion, in the same order. */
    public List<String> articleIds() { return articles.stream().map(Article::id).toList(); }

    /** What the ingestion printed (refusal reports, failures); empty when all went well. */
    public String log() { return log; }

    /** Wall time of the one ingestion, model load included when it came first. */
    public long millis() { return millis; }
}
