package org.newsgraph.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * Reads articles from the places a user names on the command line: a {@code .txt} file (with an
 * optional sidecar {@code NAME.meta.json}), a {@code .jsonl} file of records, a folder of either,
 * or {@code -} for standard input (plain text, or JSON Lines when it starts with '{').
 *
 * <p>Articles are handed to a consumer one at a time so a large feed never sits in memory whole.
 */
public final class ArticleReader {
    private final LocalDate publishedOverride;

    /** @param publishedOverride date that wins over any metadata (the {@code --published} option), or null */
    public ArticleReader(LocalDate publishedOverride) {
        this.publishedOverride = publishedOverride;
    }

    /** Reads every article under {@code location} ("-" for stdin), in a stable order. */
    public void read(String location, Consumer<Article> consumer) {
        if ("-".equals(location)) {
            readStdin(System.in, consumer);
            return;
        }
        Path path = Path.of(location);
        if (!Files.exists(path)) throw new InputException(location + ": no such file or folder");
        if (Files.isDirectory(path)) readFolder(path, consumer);
        else readFile(path, consumer);
    }

    public List<Article> readAll(String location) {
        List<Article> articles = new ArrayList<>();
        read(location, articles::add);
        return articles;
    }

    private void readFolder(Path folder, Consumer<Article> consumer) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> isArticleFile(p))
                    .sorted()
                    .forEach(p -> readFile(p, consumer));
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    private void readFile(Path file, Consumer<Article> consumer) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readJsonLines(in, file.toString(), consumer);
            } catch (CharacterCodingException e) {
                throw new InputException(file + ": not valid UTF-8 text", e);
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage(), e);
            }
        } else {
            consumer.accept(readTextFile(file));
        }
    }

    private Article readTextFile(Path file) {
        String text = readUtf8(file);
        String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Path sidecar = file.resolveSibling(base + ".meta.json");
        ArticleMetadata meta = new ArticleMetadata(base, null, null, null, null);
        if (Files.exists(sidecar)) {
            meta = meta.overriddenBy(ArticleMetadata.fromJson(parseObject(readUtf8(sidecar), sidecar.toString()), sidecar.toString()));
        }
        return build(meta, text, file.toString());
    }

    private void readStdin(InputStream stdin, Consumer<Article> consumer) {
        read(stdin, "<stdin>", consumer);
    }

    /**
     * Reads a stream as {@code -} is read: JSON Lines when it starts with '{', else one plain-text
     * article with the id {@code stdin}. {@code where} names the stream in error messages.
     */
    void read(InputStream in, String where, Consumer<Article> consumer) {
        try {
            String all = decodeUtf8(in.readAllBytes(), where);
            if (all.stripLeading().startsWith("{")) {
                readJsonLines(new BufferedReader(new java.io.StringReader(all)), where, consumer);
            } else {
                consumer.accept(build(new ArticleMetadata("stdin", null, null, null, null), all, where));
            }
        } catch (IOException e) {
            throw new InputException(where + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void readJsonLines(BufferedReader in, String where, Consumer<Article> consumer) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            String at = where + ":" + number;
            JsonObject json = parseObject(line, at);
            String text = ArticleMetadata.string(json, "text", at);
            if (text == null) throw new InputException(at + ": record has no \"text\" field");
            ArticleMetadata meta = ArticleMetadata.fromJson(json, at);
            if (meta.id() == null) throw new InputException(at + ": record has no \"id\" field");
            consumer.accept(build(meta, text, at));
        }
    }

    private Article build(ArticleMetadata meta, String text, String where) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) throw new InputException(where + ": article text is empty");
        LocalDate published = publishedOverride != null ? publishedOverride : meta.published();
        if (published == null) {
            throw new InputException(where + ": no publication date; give \"published\" in its metadata or pass --published YYYY-MM-DD");
        }
        String title = meta.title() != null ? meta.title() : firstLine(normalised);
        return new Article(meta.id(), title, published, meta.source(), meta.url(), normalised);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private static JsonObject parseObject(String json, String where) {
        try {
            return JSON.parse(json);
        } catch (JsonParseException e) {
            throw new InputException(where + ": not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String readUtf8(Path file) {
        try {
            return decodeUtf8(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String decodeUtf8(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(where + ": not valid UTF-8 text", e);
        }
    }
}
