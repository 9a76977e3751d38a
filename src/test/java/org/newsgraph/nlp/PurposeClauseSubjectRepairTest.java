package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "telephoned Rajji to congratulate him": the caller congratulates; "urged Rajji to sign": Rajji signs. */
class PurposeClauseSubjectRepairTest {
    @Test
    void anInfinitiveAfterAVerbOfContactIsTheCallersAct() {
        // Raw CoreNLP 4.5.10: nsubj:xsubj(congratulate, Okafor).
        SemanticGraph g = parse("The Ghanaian foreign minister telephoned Okafor to congratulate him on the deal.");
        assertTrue(arcs(g, "congratulate").contains("nsubj:xsubj:minister"), arcs(g, "congratulate"));
        assertFalse(arcs(g, "congratulate").contains("nsubj:xsubj:Okafor"), arcs(g, "congratulate"));
    }

    @Test
    void anInfinitiveAfterAnAppealIsStillTheObjectsAct() {
        SemanticGraph g = parse("The Ghanaian foreign minister urged Okafor to sign the deal.");
        assertTrue(arcs(g, "sign").contains("nsubj:xsubj:Okafor"), arcs(g, "sign"));
    }
}
