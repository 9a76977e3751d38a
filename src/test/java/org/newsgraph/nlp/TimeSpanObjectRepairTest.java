package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A name compounded onto the unit of a "weeks later" span is the verb's object. */
class TimeSpanObjectRepairTest {
    @Test
    void aNameBeforeASpanOfTimeIsTheObject() {
        // Raw CoreNLP 4.5.10: compound(weeks, Bukavu), and "captured" has no obj.
        SemanticGraph g = parse("The M23 seized Goma in January last year and captured Bukavu weeks later.");
        String captured = arcs(g, "captured");
        assertTrue(captured.contains("obj:Bukavu"), captured);
    }

    @Test
    void aVerbWithItsOwnObjectKeepsIt() {
        SemanticGraph g = parse("The army retook the town of Uvira two weeks later.");
        String retook = arcs(g, "retook");
        assertTrue(retook.contains("obj:town") && !retook.contains("obj:Uvira"), retook);
    }
}
