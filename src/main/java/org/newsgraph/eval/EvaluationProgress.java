package org.newsgraph.eval;

/** Told after each document so a long run can show where it is. */
@FunctionalInterface
public interface EvaluationProgress {
    EvaluationProgress NONE = (done, total, documentId) -> { };

    void documentDone(int done, int total, String documentId);
}
