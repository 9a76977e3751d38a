package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.input.Article;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.LanguageAnalyzer;
import org.newsgraph.rdf.ArticleGraphValidator;
import org.newsgraph.rdf.CameoCodebook;
import org.newsgraph.rdf.RdfFactWriter;
import org.newsgraph.store.ArticleGraphSink;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreWriter;

/**
 * The whole path for a stream of articles: analyse (CoreNLP, built once per process), extract,
 * write RDF, validate, and hand to the store's single writer thread. Articles whose graph fails
 * validation are refused and reported; the rest of the run goes on.
 */
public final class Ingestion implements AutoCloseable {
    /** Counts and timings of one run, for the summary line and the benchmark. */
    public record Summary(int stored, int refused, int failed, long nlpMillis, long extractMillis, long triples,
                          List<String> problems) {}

    private final LanguageAnalyzer analyzer;
    private final Extractor extractor;
    private final StoreWriter writer;
    private final RdfFactWriter rdf;
    private final PrintStream log;
    private final List<String> problems = new ArrayList<>();
    private int stored;
    private int refused;
    private int failed;
    private long nlpMillis;
    private long extractMillis;
    private long triples;

    public Ingestion(KnowledgeStore store, LanguageAnalyzer analyzer, Extractor extractor, PrintStream log) {
        this.analyzer = analyzer;
        this.extractor = extractor;
        this.log = log;
        this.writer = new StoreWriter(store);
        ArticleGraphSink sink = new ArticleGraphSink(writer, new ArticleGraphValidator(), this::record);
        this.rdf = new RdfFactWriter(sink, CameoCodebook.load());
    }

    public static Ingestion withDefaults(KnowledgeStore store, Extractor extractor, PrintStream log) {
        return new Ingestion(store, CoreNlpAnalyzer.shared(), extractor, log);
    }

    private void record(ArticleGraphSink.Outcome outcome) {
        if (outcome.stored()) {
            stored++;
            triples += outcome.triples();
        } else {
            refused++;
            String problem = "refused " + outcome.graph() + " (does not conform to ontology/shapes.ttl):\n" + outcome.report();
            problems.add(problem);
            log.println(problem);
        }
    }

    /** Runs one article through every stage; an article that breaks a stage is reported and skipped. */
    public void ingest(Article article) {
        try {
            long t0 = System.nanoTime();
            AnalyzedArticle analyzed = analyzer.analyze(article);
            long t1 = System.nanoTime();
            extractor.extract(analyzed, rdf);
            long t2 = System.nanoTime();
            nlpMillis += (t1 - t0) / 1_000_000;
            extractMillis += (t2 - t1) / 1_000_000;
        } catch (RuntimeException e) {
            failed++;
            String problem = "failed on article " + article.id() + ": " + e;
            problems.add(problem);
            log.println(problem);
        }
    }

    /** Waits for the writer to commit everything and returns the run's figures. */
    @Override
    public void close() {
        writer.close();
    }

    public Summary summary() {
        return new Summary(stored, refused, failed, nlpMillis, extractMillis, triples, List.copyOf(problems));
    }
}
