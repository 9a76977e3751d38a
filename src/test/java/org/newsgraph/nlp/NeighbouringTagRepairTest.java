package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "neighbouring" before a name describes it: the name is the verb's object. */
class NeighbouringTagRepairTest {
    @Test
    void neighbouringBeforeANameIsItsAdjective() {
        // Raw CoreNLP 4.5.10: xcomp(accused, neighbouring), obj(neighbouring, Venezuela).
        SemanticGraph g = parse("Colombian commanders accused neighbouring Venezuela of sheltering rebels.");
        assertTrue(arcs(g, "accused").contains("obj:Venezuela"), arcs(g, "accused"));
    }
}
