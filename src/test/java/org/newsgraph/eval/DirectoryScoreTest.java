package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.input.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryScoreTest {

    private static void copyResource(String resource, Path to) throws IOException {
        try (InputStream in = DirectoryScoreTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    @Test
    void scoresEveryArticleWithTextAndSkipsTheRest(@TempDir Path folder) throws IOException {
        copyResource("/eval/seed/seed.gold.json", folder.resolve("seed.gold.json"));
        copyResource("/eval/seed/seed.meta.json", folder.resolve("seed.meta.json"));
        Files.writeString(folder.resolve("seed.txt"), "Trump Invites Colombia’s President to White House\n\nBody.\n");
        copyResource("/eval/seed/seed.gold.json", folder.resolve("other.gold.json")); // no other.txt

        List<Article> seen = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        DirectoryScore score = DirectoryScore.score(folder, article -> {
            seen.add(article);
            return SeedGraphs.perfect();
        }, 0, (done, total, id) -> progress.add(done + "/" + total + " " + id));

        assertEquals(1, score.articles().size());
        assertEquals(List.of("other: no other.txt"), score.skipped());
        assertEquals(List.of("1/2 other", "2/2 seed"), progress);
        Article article = seen.get(0);
        assertEquals("seed", article.id());
        assertEquals(LocalDate.of(2026, 1, 8), article.published());
        assertTrue(article.text().startsWith("Trump Invites"));
        assertEquals(1.0, score.eventRecall().value());
        assertEquals(1.0, score.eventPrecision().value());
        assertEquals(1.0, score.eventF1());
        assertEquals(new Fraction(0, 3), score.negativesHit());

        String table = EvaluationTable.gold(score).toText();
        assertTrue(table.contains("event recall"), table);
        assertTrue(table.contains("10/10"), table);
        assertTrue(table.contains("skipped other: no other.txt"), table);
    }

    @Test
    void limitCapsTheNumberOfArticles(@TempDir Path folder) throws IOException {
        for (String name : List.of("a", "b")) {
            copyResource("/eval/seed/seed.gold.json", folder.resolve(name + ".gold.json"));
            copyResource("/eval/seed/seed.meta.json", folder.resolve(name + ".meta.json"));
            Files.writeString(folder.resolve(name + ".txt"), "Headline\n\nBody.\n");
        }
        DirectoryScore score = DirectoryScore.score(folder, a -> GraphRows.empty(), 1, EvaluationProgress.NONE);
        assertEquals(1, score.articles().size());
        assertEquals(new Fraction(0, 10), score.eventRecall());
    }
}
