package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.input.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The gold-file benchmark over a folder of {@code NAME.txt} / {@code NAME.meta.json} /
 * {@code NAME.gold.json} triples: every article scored, figures summed over articles (micro).
 *
 * @param articles one score per article that had all three files, in file-name order
 * @param skipped  gold files left out, each with the reason (e.g. "seed: no seed.txt")
 */
public record DirectoryScore(List<GoldScore> articles, List<String> skipped) {

    /**
     * Runs the system on every annotated article of {@code folder} (at most {@code limit} of
     * them; {@code limit <= 0} means all) and scores each.
     */
    public static DirectoryScore score(Path folder, SystemUnderTest system, int limit, EvaluationProgress progress) {
        List<Path> goldFiles = goldFiles(folder);
        if (limit > 0 && goldFiles.size() > limit) goldFiles = goldFiles.subList(0, limit);
        GoldScorer scorer = new GoldScorer();
        List<GoldScore> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int done = 0;
        for (Path goldPath : goldFiles) {
            String name = goldPath.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path text = goldPath.resolveSibling(name + ".txt");
            Path meta = goldPath.resolveSibling(name + ".meta.json");
            if (!Files.exists(text)) {
                skipped.add(name + ": no " + text.getFileName());
            } else {
                GoldFile gold = GoldFile.read(goldPath);
                Article article = readArticle(name, text, meta);
                scores.add(scorer.score(gold, system.extract(article)));
            }
            progress.documentDone(++done, goldFiles.size(), name);
        }
        return new DirectoryScore(List.copyOf(scores), List.copyOf(skipped));
    }

    public Fraction entityRecall() { return sum(GoldScore::entityRecall); }

    public Fraction eventRecall() { return sum(GoldScore::eventRecall); }

    public Fraction eventPrecision() { return sum(GoldScore::eventPrecision); }

    /** F1 of event recall and precision (both micro). */
    public double eventF1() {
        return new Prf(eventRecall().count(), eventPrecision().total(), eventRecall().total()).f1();
    }

    public Fraction modalityAccuracy() { return sum(GoldScore::modalityAccuracy); }

    public Fraction attributionAccuracy() { return sum(GoldScore::attributionAccuracy); }

    public Fraction timeAccuracy() { return sum(GoldScore::timeAccuracy); }

    public Fraction relationRecall() { return sum(GoldScore::relationRecall); }

    public Fraction negativesHit() { return sum(GoldScore::negativesHit); }

    private Fraction sum(Function<GoldScore, Fraction> figure) {
        Fraction total = Fraction.NONE;
        for (GoldScore s : articles) total = total.plus(figure.apply(s));
        return total;
    }

    private static List<Path> goldFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold folder " + folder, e);
        }
    }

    /**
     * The article as the pipeline would read it. Kept here (not borrowed from the input package)
     * so the harness does not depend on pipeline code.
     */
    static Article readArticle(String name, Path text, Path meta) {
        try {
            String body = Files.readString(text, StandardCharsets.UTF_8);
            String id = name, title = null, source = null, url = null;
            LocalDate published = null;
            if (Files.exists(meta)) {
                JsonObject m = JSON.parse(Files.readString(meta, StandardCharsets.UTF_8));
                id = orDefault(m, "id", name);
                title = orDefault(m, "title", null);
                source = orDefault(m, "source", null);
                url = orDefault(m, "url", null);
                String date = orDefault(m, "published", null);
                if (date != null) published = LocalDate.parse(date.substring(0, Math.min(10, date.length())));
            }
            if (title == null) title = body.lines().findFirst().orElse("").trim();
            if (published == null) throw new IllegalArgumentException(name + ": meta file gives no \"published\" date");
            return new Article(id, title, published, source, url, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + text, e);
        }
    }

    private static String orDefault(JsonObject o, String field, String fallback) {
        JsonValue v = o.get(field);
        return v != null && v.isString() ? v.getAsString().value() : fallback;
    }
}
