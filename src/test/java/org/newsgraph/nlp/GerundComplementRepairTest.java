package org.newsgraph.nlp;

import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** A gerund that complements a verb is its controlled complement, and acts through the verb's subject. */
class GerundComplementRepairTest {
    @Test
    void aGerundAfterAPhrasalVerbTakesItsSubject() {
        // Raw CoreNLP 4.5.10: dep(rule, sending), and "sending" has no subject.
        SemanticGraph g = parse("Japan did not rule out sending troops to the border.");
        assertTrue(arcs(g, "rule").contains("xcomp:sending"), arcs(g, "rule"));
        assertTrue(arcs(g, "sending").contains("nsubj:xsubj:Japan"), arcs(g, "sending"));
    }

    @Test
    void anIngWordReadAsANounOnATitledNameIsTheGerundAndTheNameItsObject() {
        // Raw CoreNLP 4.5.10: meeting/NN, compound(President, meeting), obj(rule, Aliyev): the president ruled out.
        SemanticGraph g = parse("Pashinyan did not rule out meeting President Ilham Aliyev at a summit next month.");
        assertTrue(arcs(g, "rule").contains("xcomp:meeting"), arcs(g, "rule"));
        assertTrue(arcs(g, "meeting").contains("obj:Aliyev"), arcs(g, "meeting"));
        assertTrue(arcs(g, "meeting").contains("nsubj:xsubj:Pashinyan"), arcs(g, "meeting"));
    }

    @Test
    void aGerundRightAfterItsVerbTakesItsSubject() {
        SemanticGraph g = parse("Kenya avoided signing the treaty with Somalia.");
        assertTrue(arcs(g, "avoided").contains("xcomp:signing"), arcs(g, "avoided"));
        assertTrue(arcs(g, "signing").contains("nsubj:xsubj:Kenya"), arcs(g, "signing"));
    }

    @Test
    void aGerundAfterItsOwnAdverbAndPrepositionTakesTheSubject() {
        // Raw CoreNLP 4.5.10: dep(stopped, condemning), with advmod(condemning, short) and case(condemning, of).
        SemanticGraph g = parse("Lin Jian stopped short of condemning the launch.");
        assertTrue(arcs(g, "stopped").contains("xcomp:condemning"), arcs(g, "stopped"));
        assertTrue(arcs(g, "condemning").contains("nsubj:xsubj:Jian"), arcs(g, "condemning"));
    }

    @Test
    void aGerundAfterTheObjectIsLeftAlone() {
        // "accused Kabul of sheltering": the gerund belongs to the object's phrase, not to the verb.
        SemanticGraph g = parse("Islamabad accused Kabul of sheltering militants.");
        assertTrue(!arcs(g, "sheltering").contains("nsubj:xsubj:Islamabad"), arcs(g, "sheltering"));
    }
}
