package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/**
 * TDB2 allows one process per database folder. A second {@code newsgraph} process on a folder
 * that this one holds must stop with one plain sentence, not a stack trace, and not touch it.
 */
class StoreLockTest {
    @TempDir Path temp;

    /** What the other process did. */
    record Outcome(int exit, String out, String err) {}

    /** Runs {@code newsgraph ARGS} in a second JVM with this test's classpath. */
    static Outcome otherProcess(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "other-out", ".txt").toFile())
                .redirectError(Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "other-err", ".txt").toFile());
        builder.environment().remove("NEWSGRAPH_DEBUG");
        Process process = builder.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the second process did not finish within 120 s");
            }
            Path out = builder.redirectOutput().file().toPath();
            Path err = builder.redirectError().file().toPath();
            Outcome outcome = new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return outcome;
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aSecondProcessOnAStoreInUseStopsWithOnePlainSentence() throws Exception {
        Path folder = ModelExample.storeIn(temp.resolve("kg"));
        try (KnowledgeStore held = KnowledgeStore.open(folder)) {
            long articlesBefore = held.articleIds().size();
            Outcome other = otherProcess("query", "--db", folder.toString(), "entities");

            assertNotEquals(0, other.exit(), "the second process ran on a store in use:\n" + other.out());
            assertEquals("", other.out());
            List<String> lines = other.err().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), "expected one line, got:\n" + other.err());
            String line = lines.get(0);
            assertTrue(line.startsWith("newsgraph: "), line);
            assertTrue(line.contains("in use by another Newsgraph process"), line);
            assertTrue(line.contains(folder.toString()), "names the folder: " + line);
            assertFalse(line.contains("Exception") || line.contains("\tat "), line);

            assertEquals(articlesBefore, held.articleIds().size());
        }
    }

    @Test
    void aStoreReleasedByThisProcessOpensInTheNext() throws Exception {
        Path folder = ModelExample.storeIn(temp.resolve("kg"));
        try (KnowledgeStore held = KnowledgeStore.open(folder)) {
            assertEquals(List.of("ruritania-talks"), held.articleIds());
        }
        Outcome other = otherProcess("query", "--db", folder.toString(), "entities", "--format", "csv");
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.out().startsWith("entity,label,type,wikidata"), other.out());
        assertTrue(other.out().contains("Anna Berg"), other.out());
    }
}
