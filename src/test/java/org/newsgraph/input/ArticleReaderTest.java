package org.newsgraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How articles are read from files, folders, feeds and standard input, and how bad input is reported. */
class ArticleReaderTest {
    static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    static final String TEXT = "Ruritania Hosts Talks\n\nPresident Anna Berg of Ruritania said on Monday she had invited Prime Minister Olaf Lind.\n";

    @TempDir Path temp;

    private final ArticleReader reader = new ArticleReader(null);

    private Path write(String relative, String content) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<Article> fromStream(ArticleReader reader, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        reader.read(new ByteArrayInputStream(bytes), "<stdin>", articles::add);
        return articles;
    }

    private static String metaJson(String published) {
        return "{\"title\": \"Talks in Talmo\", \"published\": \"" + published + "\", \"source\": \"Example Wire\","
                + " \"url\": \"https://example.org/ruritania-talks\"}";
    }

    // ---------------------------------------------------------------- text files

    @Test
    void aTextFileTakesItsMetadataFromTheSidecarAndItsIdFromTheFileName() throws IOException {
        Path file = write("ruritania-talks.txt", TEXT);
        write("ruritania-talks.meta.json", metaJson("2026-03-10"));
        List<Article> articles = reader.readAll(file.toString());
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("ruritania-talks", a.id());
        assertEquals("Talks in Talmo", a.title());
        assertEquals(MARCH_10, a.published());
        assertEquals("Example Wire", a.source());
        assertEquals("https://example.org/ruritania-talks", a.url());
        assertEquals(TEXT, a.text(), "the text is kept exactly as given");
    }

    @Test
    void aSidecarIdReplacesTheFileNameAndATimestampCountsAsItsDay() throws IOException {
        Path file = write("a.txt", TEXT);
        write("a.meta.json", "{\"id\": \"wire-1234\", \"published\": \"2026-03-10T18:45:00Z\"}");
        Article a = reader.readAll(file.toString()).get(0);
        assertEquals("wire-1234", a.id());
        assertEquals(MARCH_10, a.published());
        assertEquals("Ruritania Hosts Talks", a.title(), "without a title the headline is the first line");
        assertNull(a.source());
    }

    @Test
    void aTextFileWithoutMetadataOrPublishedDateIsRefusedNamingTheFileAndTheOption() throws IOException {
        Path file = write("undated.txt", TEXT);
        InputException e = assertThrows(InputException.class, () -> reader.readAll(file.toString()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--published"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void thePublishedOptionDatesAnArticleWithoutMetadata() throws IOException {
        Path file = write("undated.txt", TEXT);
        Article a = new ArticleReader(MARCH_10).readAll(file.toString()).get(0);
        assertEquals(MARCH_10, a.published());
        assertEquals("undated", a.id());
    }

    @Test
    void thePublishedOptionWinsOverTheSidecarDate() throws IOException {
        Path file = write("ruritania-talks.txt", TEXT);
        write("ruritania-talks.meta.json", metaJson("2020-01-01"));
        Article a = new ArticleReader(MARCH_10).readAll(file.toString()).get(0);
        assertEquals(MARCH_10, a.published());
        assertEquals("Talks in Talmo", a.title(), "the other metadata still comes from the sidecar");
    }

    @Test
    void aSidecarWithABadDateIsRefusedNamingTheSidecar() throws IOException {
        Path file = write("a.txt", TEXT);
        Path meta = write("a.meta.json", "{\"published\": \"10 March 2026\"}");
        InputException e = assertThrows(InputException.class, () -> reader.readAll(file.toString()));
        assertTrue(e.getMessage().contains(meta.toString()) && e.getMessage().contains("10 March 2026"), e.getMessage());
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        String missing = temp.resolve("nowhere.txt").toString();
        InputException e = assertThrows(InputException.class, () -> reader.readAll(missing));
        assertEquals(missing + ": no such file or folder", e.getMessage());
    }

    @Test
    void anEmptyArticleIsRefused() throws IOException {
        Path file = write("empty.txt", " \n\n");
        InputException e = assertThrows(InputException.class, () -> new ArticleReader(MARCH_10).readAll(file.toString()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void windowsLineEndingsBecomeNewlines() throws IOException {
        Path file = write("crlf.txt", "Ruritania Hosts Talks\r\n\r\nPresident Anna Berg spoke.\r\nOld Mac line.\rEnd.");
        Article a = new ArticleReader(MARCH_10).readAll(file.toString()).get(0);
        assertEquals("Ruritania Hosts Talks\n\nPresident Anna Berg spoke.\nOld Mac line.\nEnd.", a.text());
        assertEquals("Ruritania Hosts Talks", a.title());
        assertEquals(23, a.text().indexOf("President"), "offsets count the normalised text");
    }

    @Test
    void aTextFileThatIsNotUtf8IsRefusedNamingTheFile() throws IOException {
        Path file = temp.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 in M\u00fcnchen\n\nText.".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> new ArticleReader(MARCH_10).readAll(file.toString()));
        assertEquals(file + ": not valid UTF-8 text", e.getMessage());
    }

    // ---------------------------------------------------------------- JSON Lines

    private static String record(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"title\": \"T " + id + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void aJsonLinesFileGivesOneArticlePerRecordSkippingBlankLines() throws IOException {
        Path feed = write("feed.jsonl", record("one", "2026-03-10", "First\\n\\nBody one.") + "\n\n"
                + record("two", "2026-03-11", "Second\\r\\n\\r\\nBody two.") + "\n"
                + "{\"id\": 3, \"published\": \"2026-03-12\", \"text\": \"Third\", \"source\": \"Wire\"}\n");
        List<Article> articles = reader.readAll(feed.toString());
        assertEquals(List.of("one", "two", "3"), articles.stream().map(Article::id).toList());
        assertEquals("First\n\nBody one.", articles.get(0).text());
        assertEquals("Second\n\nBody two.", articles.get(1).text());
        assertEquals(LocalDate.of(2026, 3, 11), articles.get(1).published());
        assertEquals("T two", articles.get(1).title());
        assertEquals("Wire", articles.get(2).source());
    }

    @Test
    void aMalformedLineInAJsonLinesFileIsReportedWithFileAndLine() throws IOException {
        Path feed = write("feed.jsonl", record("one", "2026-03-10", "First") + "\n"
                + record("two", "2026-03-10", "Second") + "\n"
                + "{\"id\": \"three\", \"text\": \"unterminated\n"
                + record("four", "2026-03-10", "Fourth") + "\n");
        List<Article> seen = new ArrayList<>();
        InputException e = assertThrows(InputException.class, () -> reader.read(feed.toString(), seen::add));
        assertTrue(e.getMessage().startsWith(feed + ":3: "), e.getMessage());
        assertEquals(List.of("one", "two"), seen.stream().map(Article::id).toList(), "records before the bad line are read");
    }

    @Test
    void aJsonLinesRecordWithoutIdOrTextOrDateIsReportedWithItsLine() throws IOException {
        Path noId = write("no-id.jsonl", "{\"published\": \"2026-03-10\", \"text\": \"x\"}\n");
        assertEquals(noId + ":1: record has no \"id\" field",
                assertThrows(InputException.class, () -> reader.readAll(noId.toString())).getMessage());
        Path noText = write("no-text.jsonl", "\n{\"id\": \"a\", \"published\": \"2026-03-10\"}\n");
        assertEquals(noText + ":2: record has no \"text\" field",
                assertThrows(InputException.class, () -> reader.readAll(noText.toString())).getMessage());
        Path noDate = write("no-date.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n");
        String message = assertThrows(InputException.class, () -> reader.readAll(noDate.toString())).getMessage();
        assertTrue(message.startsWith(noDate + ":1: no publication date"), message);
        Path array = write("array.jsonl", "[1, 2]\n");
        assertTrue(assertThrows(InputException.class, () -> reader.readAll(array.toString())).getMessage().startsWith(array + ":1: "));
    }

    @Test
    void aJsonLinesFileThatIsNotUtf8IsRefusedNamingTheFile() throws IOException {
        Path feed = temp.resolve("feed.jsonl");
        Files.write(feed, (record("one", "2026-03-10", "Caf\u00e9") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> reader.readAll(feed.toString()));
        assertTrue(e.getMessage().startsWith(feed.toString()) && e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    // ---------------------------------------------------------------- folders

    @Test
    void aFolderIsWalkedInPathOrderReadingOnlyArticleFiles() throws IOException {
        write("b.txt", "B\n\nbody");
        write("a.txt", "A\n\nbody");
        write("a.meta.json", "{\"published\": \"2026-03-01\"}");
        write("notes.md", "# not an article");
        write("feed.jsonl", record("feed-1", "2026-03-02", "F1") + "\n" + record("feed-2", "2026-03-02", "F2") + "\n");
        write("sub/c.txt", "C\n\nbody");
        write("sub/deeper/d.txt", "D\n\nbody");
        write("Z.txt", "Z\n\nbody");
        List<Article> articles = new ArticleReader(MARCH_10).readAll(temp.toString());
        assertEquals(List.of("Z", "a", "b", "feed-1", "feed-2", "c", "d"), articles.stream().map(Article::id).toList());
        assertEquals(MARCH_10, articles.get(1).published(), "--published wins over a.meta.json");
    }

    @Test
    void aFolderIsReadTheSameWayTwice() throws IOException {
        for (String name : List.of("m.txt", "k.txt", "x/y.txt", "e.txt")) write(name, name + "\n\nbody");
        ArticleReader dated = new ArticleReader(MARCH_10);
        assertEquals(dated.readAll(temp.toString()), dated.readAll(temp.toString()));
    }

    // ---------------------------------------------------------------- standard input

    @Test
    void plainTextOnStandardInputIsOneArticleCalledStdin() {
        List<Article> articles = fromStream(new ArticleReader(MARCH_10), "Headline Here\r\n\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, articles.size());
        assertEquals("stdin", articles.get(0).id());
        assertEquals("Headline Here", articles.get(0).title());
        assertEquals("Headline Here\n\nBody.\n", articles.get(0).text());
    }

    @Test
    void plainTextOnStandardInputNeedsThePublishedOption() {
        InputException e = assertThrows(InputException.class, () -> fromStream(reader, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("<stdin>: ") && e.getMessage().contains("--published"), e.getMessage());
    }

    @Test
    void jsonLinesOnStandardInputAreReadRecordByRecord() {
        String feed = "\n  " + record("one", "2026-03-10", "First") + "\n" + record("two", "2026-03-11", "Second") + "\n";
        List<Article> articles = fromStream(reader, feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("one", "two"), articles.stream().map(Article::id).toList());
        assertEquals(MARCH_10, articles.get(0).published());
    }

    @Test
    void aMalformedLineOnStandardInputIsReportedWithItsLine() {
        String feed = record("one", "2026-03-10", "First") + "\n{not json}\n";
        InputException e = assertThrows(InputException.class, () -> fromStream(reader, feed.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("<stdin>:2: "), e.getMessage());
    }

    @Test
    void standardInputThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Caf\u00e9 opens\n\nText.".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> fromStream(new ArticleReader(MARCH_10), latin1));
        assertEquals("<stdin>: not valid UTF-8 text", e.getMessage());
    }
}
