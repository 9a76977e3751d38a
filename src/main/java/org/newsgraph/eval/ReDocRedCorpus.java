package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.input.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-DocRED test split ({@code test_revised.json}) with the relation labels of
 * {@code rel_info.json}. See {@code eval-data/re-docred/SOURCE.md}.
 */
public final class ReDocRedCorpus {
    /**
     * Wikipedia introductions carry no date, but an {@link Article} needs one; relative times are
     * rare in encyclopaedic text, so a fixed day near the DocRED snapshot does no harm.
     */
    public static final LocalDate NOMINAL_DATE = LocalDate.of(2019, 1, 1);

    private final List<ReDocRedDocument> documents;
    private final Map<String, String> relationLabels;

    private ReDocRedCorpus(List<ReDocRedDocument> documents, Map<String, String> relationLabels) {
        this.documents = documents;
        this.relationLabels = relationLabels;
    }

    /** Reads {@code test_revised.json} and {@code rel_info.json} from the re-docred folder. */
    public static ReDocRedCorpus open(Path folder) {
        return read(folder.resolve("test_revised.json"), folder.resolve("rel_info.json"), 0);
    }

    /** Reads the first {@code limit} documents ({@code limit <= 0}: all) of a split file. */
    public static ReDocRedCorpus read(Path split, Path relationInfo, int limit) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (relationInfo != null && Files.exists(relationInfo)) {
            JsonObject info = parse(relationInfo).getAsObject();
            for (String key : info.keys()) labels.put(key, info.get(key).getAsString().value());
        }
        JsonArray docs = parse(split).getAsArray();
        int count = limit > 0 ? Math.min(limit, docs.size()) : docs.size();
        List<ReDocRedDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) documents.add(document(i, docs.get(i).getAsObject(), split.getFileName().toString()));
        return new ReDocRedCorpus(List.copyOf(documents), Map.copyOf(labels));
    }

    public List<ReDocRedDocument> documents() { return documents; }

    /** The first {@code limit} documents ({@code limit <= 0}: all). */
    public List<ReDocRedDocument> documents(int limit) {
        return limit > 0 && documents.size() > limit ? documents.subList(0, limit) : documents;
    }

    /** P-id to English label ("P35" to "head of state"). */
    public Map<String, String> relationLabels() { return relationLabels; }

    private static ReDocRedDocument document(int index, JsonObject doc, String fileName) {
        String title = doc.get("title").getAsString().value();
        TextBuilder text = new TextBuilder();
        for (String word : title.split(" ")) if (!word.isEmpty()) text.token(word);
        text.paragraphBreak();

        // token offsets per sentence, so mention positions become character spans
        JsonArray sentences = doc.get("sents").getAsArray();
        List<int[][]> offsets = new ArrayList<>();
        for (JsonValue sentence : sentences) {
            JsonArray words = sentence.getAsArray();
            int[][] spans = new int[words.size()][];
            for (int w = 0; w < words.size(); w++) spans[w] = text.token(words.get(w).getAsString().value());
            offsets.add(spans);
        }

        List<ReDocRedDocument.Entity> entities = new ArrayList<>();
        JsonArray vertexSet = doc.get("vertexSet").getAsArray();
        for (int k = 0; k < vertexSet.size(); k++) {
            List<ReDocRedDocument.Mention> mentions = new ArrayList<>();
            for (JsonValue m : vertexSet.get(k).getAsArray()) {
                JsonObject mention = m.getAsObject();
                int sentence = mention.get("sent_id").getAsNumber().value().intValue();
                JsonArray pos = mention.get("pos").getAsArray();
                int from = pos.get(0).getAsNumber().value().intValue(), to = pos.get(1).getAsNumber().value().intValue();
                int[][] spans = offsets.get(sentence);
                mentions.add(new ReDocRedDocument.Mention(mention.get("name").getAsString().value(),
                        mention.get("type").getAsString().value(), sentence, from, to,
                        spans[from][0], spans[Math.max(from, to - 1)][1]));
            }
            entities.add(new ReDocRedDocument.Entity(k, List.copyOf(mentions)));
        }

        List<ReDocRedDocument.Triple> triples = new ArrayList<>();
        JsonValue labels = doc.get("labels");
        if (labels != null && labels.isArray()) {
            for (JsonValue l : labels.getAsArray()) {
                JsonObject label = l.getAsObject();
                List<Integer> evidence = new ArrayList<>();
                JsonValue ev = label.get("evidence");
                if (ev != null && ev.isArray()) for (JsonValue e : ev.getAsArray()) evidence.add(e.getAsNumber().value().intValue());
                triples.add(new ReDocRedDocument.Triple(label.get("r").getAsString().value(),
                        label.get("h").getAsNumber().value().intValue(), label.get("t").getAsNumber().value().intValue(),
                        List.copyOf(evidence)));
            }
        }
        String id = "redocred-" + fileName.replaceFirst("\\.json$", "").replace('_', '-') + "-" + index;
        Article article = new Article(id, title, NOMINAL_DATE, "Re-DocRED (Wikipedia)", null, text.text());
        return new ReDocRedDocument(index, title, article, List.copyOf(entities), List.copyOf(triples));
    }

    private static JsonValue parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.parseAny(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
