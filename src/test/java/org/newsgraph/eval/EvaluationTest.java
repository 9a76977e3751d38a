package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade on small slices, with systems that answer from the gold. */
class EvaluationTest {

    @Test
    void meantimeSliceWithProgress() {
        Path folder = EvalData.folder("meantime-en");
        Map<String, MeantimeDocument> byId = new HashMap<>();
        for (MeantimeDocument d : MeantimeCorpus.open(folder).documents(3)) byId.put(d.article().id(), d);
        List<String> progress = new ArrayList<>();
        MeantimeScore score = Evaluation.scoreMeantime(article -> MeantimeOracle.rows(byId.get(article.id())),
                folder, 3, (done, total, id) -> progress.add(done + "/" + total));
        assertEquals(List.of("1/3", "2/3", "3/3"), progress);
        assertEquals(3, score.documents());
        assertEquals(1.0, score.entities().f1());
        String table = EvaluationTable.meantime(score).toText();
        assertTrue(table.contains("time expressions, value"), table);
    }

    @Test
    void reDocRedSlice() {
        Path folder = EvalData.folder("re-docred");
        Map<String, ReDocRedDocument> byId = new HashMap<>();
        for (ReDocRedDocument d : ReDocRedCorpus.read(folder.resolve("test_revised.json"), null, 5).documents()) {
            byId.put(d.article().id(), d);
        }
        ReDocRedScore score = Evaluation.scoreReDocRed(article -> ReDocRedTest.oracle(byId.get(article.id()), Set.of()),
                folder, Set.of("P17", "P131", "P27"), Set.of(), 5, EvaluationProgress.NONE);
        assertEquals(5, score.documents());
        assertEquals(1.0, score.micro().f1());
    }
}
