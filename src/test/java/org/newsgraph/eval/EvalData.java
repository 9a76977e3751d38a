package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared benchmark data, next to the project folder; tests skip when it is not there. */
final class EvalData {
    private EvalData() {}

    static Path folder(String benchmark) {
        Path folder = Evaluation.defaultDataDirectory(Paths.get("").toAbsolutePath()).resolve(benchmark);
        assumeTrue(Files.isDirectory(folder), "benchmark data not found at " + folder + " (../shared/eval-data)");
        return folder;
    }
}
