package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.cli.PipelineUnderTest;
import org.newsgraph.eval.EvaluationTable;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.GoldScorer;
import org.newsgraph.input.Article;
import org.newsgraph.input.ArticleReader;
import org.newsgraph.nlp.CoreNlpAnalyzer;

/**
 * Short articles written to pin one extraction mechanism each ({@code src/test/resources/extract-cases},
 * NAME.txt + NAME.meta.json + NAME.gold.json in the GOLD-FORMAT; the gold's "what" says which
 * mechanism). Unlike the samples, which have floors, a case must come out whole: every gold
 * entity, event and relation found, every found event with the right modality, attribution and
 * time, and no negative asserted.
 */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/extract-cases");

    @TestFactory
    Stream<DynamicTest> everyCaseComesOutWhole() throws Exception {
        PipelineUnderTest pipeline = new PipelineUnderTest(CoreNlpAnalyzer.shared(), Extractor.builtIn());
        List<Path> golds;
        try (Stream<Path> files = Files.list(CASES)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertTrue(!golds.isEmpty(), "no cases in " + CASES);
        return golds.stream().map(gold -> DynamicTest.dynamicTest(gold.getFileName().toString(), () -> {
            String name = gold.getFileName().toString().replace(".gold.json", "");
            Article article = new ArticleReader(null).readAll(CASES.resolve(name + ".txt").toString()).get(0);
            GoldScore score = new GoldScorer().score(GoldFile.read(gold), pipeline.extract(article));
            assertTrue(problems(score).isEmpty(), name + ": " + problems(score) + "\n" + EvaluationTable.goldDetail(score).toText());
        }));
    }

    private static List<String> problems(GoldScore score) {
        List<String> out = new ArrayList<>();
        for (GoldScore.EntityResult e : score.entities()) if (!e.found()) out.add("entity " + e.gold().key() + " missed");
        for (GoldScore.EventResult e : score.events()) {
            if (!e.found()) out.add("event " + e.gold().id() + " missed");
            else {
                if (!Boolean.TRUE.equals(e.modalityCorrect())) out.add("event " + e.gold().id() + " modality");
                if (!Boolean.TRUE.equals(e.attributionCorrect())) out.add("event " + e.gold().id() + " attribution");
                if (!Boolean.TRUE.equals(e.timeCorrect())) out.add("event " + e.gold().id() + " time");
            }
        }
        for (GoldScore.RelationResult r : score.relations()) if (!r.found()) out.add("relation " + r.gold().id() + " missed");
        for (GoldScore.NegativeResult n : score.negatives()) if (n.hit()) out.add("negative " + n.gold().id() + " asserted");
        return out;
    }
}
