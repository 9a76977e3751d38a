package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A gerund between "after"/"before" and a name opens a clause; it does not describe the name. */
class PrepositionalGerundRepairTest {
    @Test
    void theGerundAfterATemporalPrepositionHeadsAnAdverbialClause() {
        // Raw CoreNLP 4.5.10: amod(Okafor, hosting), obl:after(spoke, Okafor).
        SemanticGraph g = parse("The minister spoke to journalists at her residence after hosting Okafor for three hours of talks.");
        assertTrue(arcs(g, "spoke").contains("advcl:after:hosting"), arcs(g, "spoke"));
        assertTrue(arcs(g, "hosting").contains("obj:Okafor"), arcs(g, "hosting"));
        assertTrue(arcs(g, "hosting").contains("mark:after"), arcs(g, "hosting"));
        assertFalse(arcs(g, "Okafor").contains("amod:hosting"), arcs(g, "Okafor"));
    }

    @Test
    void aGerundThatNamesAKindOfThingIsLeftAlone() {
        SemanticGraph g = parse("The ship sailed after the Sunday sailing season ended near Lagos.");
        assertFalse(arcs(g, "sailed").contains("advcl:after:sailing"), arcs(g, "sailed"));
    }
}
