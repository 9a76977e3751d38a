package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The English MEANTIME corpus: 120 Wikinews articles under {@code intra-doc_annotation/corpus_*}.
 * Files are listed in a fixed order (corpus folder, then file name) so "the first N documents"
 * is the same slice on every machine.
 */
public final class MeantimeCorpus {
    private final List<Path> files;

    private MeantimeCorpus(List<Path> files) { this.files = files; }

    /** @param folder the {@code meantime-en} folder (or its {@code intra-doc_annotation} folder) */
    public static MeantimeCorpus open(Path folder) {
        Path annotation = Files.isDirectory(folder.resolve("intra-doc_annotation"))
                ? folder.resolve("intra-doc_annotation") : folder;
        try (Stream<Path> walk = Files.walk(annotation)) {
            return new MeantimeCorpus(walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list MEANTIME folder " + annotation, e);
        }
    }

    public List<Path> files() { return files; }

    public int size() { return files.size(); }

    /** Parses the first {@code limit} documents ({@code limit <= 0}: all). */
    public List<MeantimeDocument> documents(int limit) {
        List<Path> slice = limit > 0 && files.size() > limit ? files.subList(0, limit) : files;
        return slice.stream().map(MeantimeDocument::parse).toList();
    }
}
