package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "approved engineering group Brennholt's takeover": the possessed noun is the object, not the descriptor. */
class DescribedPossessorRepairTest {
    @Test
    void theNounANameDescribesIsNoObjectOfTheVerb() {
        // Raw CoreNLP 4.5.10: obj(approved, group), dep(group, takeover).
        SemanticGraph g = parse("The European Commission on Wednesday approved Munich-based engineering group Brennholt's 9.4 billion euro takeover of Swedish train maker Lindqvist Rail.");
        String approved = arcs(g, "approved");
        assertTrue(approved.contains("obj:takeover") && !approved.contains("obj:group"), approved);
        assertTrue(arcs(g, "Brennholt").contains("compound:group"), arcs(g, "Brennholt"));
    }

    @Test
    void aPlainPossessiveObjectStays() {
        SemanticGraph g = parse("The regulator approved Brennholt's takeover of Lindqvist Rail.");
        assertTrue(arcs(g, "approved").contains("obj:takeover"), arcs(g, "approved"));
    }
}
