package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A sum coordinated with the next clause's subject is the first verb's object. */
class CoordinatedSubjectRepairTest {
    @Test
    void aSumBeforeTheNextClausesSubjectIsTheFirstVerbsObject() {
        // Raw CoreNLP 4.5.10: ccomp(pledged, announced), nsubj(announced, pounds), conj(pounds, Union).
        SemanticGraph g = parse("Norway pledged 20 million crowns in emergency aid and the European Union announced 15 million euros.");
        String pledged = arcs(g, "pledged");
        assertTrue(pledged.contains("obj:crowns") && pledged.contains("conj") && !pledged.contains("ccomp"), pledged);
        String announced = arcs(g, "announced");
        assertTrue(announced.contains("nsubj:Union") && !announced.contains("nsubj:crowns"), announced);
    }

    @Test
    void aReportedClauseWithItsOwnSubjectIsLeftAlone() {
        SemanticGraph g = parse("Norway said the European Union announced 15 million euros.");
        String said = arcs(g, "said");
        assertTrue(said.contains("ccomp:announced"), said);
    }
}
