package org.newsgraph.nlp;

import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** An indirect object with no direct object beside it is the verb's object. */
class LoneIndirectObjectRepairTest {
    @Test
    void aLoneIndirectObjectIsTheObject() {
        // Raw CoreNLP 4.5.10: iobj(extended, detention), and "extended" has no obj.
        SemanticGraph g = parse("The Tbilisi City Court on Monday extended the pre-trial detention of opposition activist Levan Beridze by two months.");
        String extended = arcs(g, "extended");
        assertTrue(extended.contains("obj:detention") && !extended.contains("iobj"), extended);
    }

    @Test
    void anIndirectObjectBesideADirectOneStays() {
        SemanticGraph g = parse("The European Union granted Georgia candidate status in 2023.");
        String granted = arcs(g, "granted");
        assertTrue(granted.contains("obj:status"), granted);
        assertTrue(!granted.contains("obj:Georgia") || granted.contains("iobj:Georgia"), granted);
    }
}
