package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTableTest {
    private final EvaluationTable table = new EvaluationTable("Demo", "measure", "value")
            .row("event recall", "0.500")
            .row("F1", "1.000")
            .note("a note");

    @Test
    void plainTextColumnsAreAligned() {
        String[] lines = table.toText().split("\n");
        assertEquals("Demo", lines[0]);
        assertEquals("measure       value", lines[1]);
        assertEquals("event recall  0.500", lines[3]);
        assertEquals("F1            1.000", lines[4]);
        assertEquals("  a note", lines[5]);
    }

    @Test
    void markdownHasHeaderSeparatorAndRightAlignedFigures() {
        String md = table.toMarkdown();
        assertTrue(md.startsWith("### Demo\n\n| measure | value |\n|---|---:|\n| event recall | 0.500 |\n"), md);
        assertTrue(md.contains("- a note"), md);
    }

    @Test
    void benchmarkTablesRenderEmptyScores() {
        assertTrue(EvaluationTable.meantime(MeantimeScore.empty()).toText().contains("named entities, typed"));
        assertTrue(EvaluationTable.goldDetail(new GoldScorer().score(GoldScorerTest.seedGold(), GraphRows.empty()))
                .toMarkdown().contains("no event of type"));
    }
}
