package org.newsgraph.nlp;

import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** "said X had spoken": X is the subject of the reported clause, not the object of "said". */
class ObjectReadSubjectRepairTest {
    @Test
    void theNameBeforeTheAuxiliaryIsTheReportedClausesSubject() {
        // Raw CoreNLP 4.5.10: obj(said, Putin), dep(said, spoken), and "spoken" has no subject.
        SemanticGraph g = parse("Russia, which has military bases in both countries, offered to mediate, and the Kremlin said President "
                + "Vladimir Putin had spoken by telephone with Japarov and his Tajik counterpart, Emomali Rahmon, on Wednesday evening.");
        String spoken = arcs(g, "spoken");
        assertTrue(spoken.contains("nsubj:Putin"), spoken);
        String said = arcs(g, "said");
        assertTrue(said.contains("ccomp:spoken") && !said.contains("obj:Putin"), said);
    }

    @Test
    void aReportingVerbReadAsThePredicatesClausalSubjectSaysIt() {
        // Raw CoreNLP 4.5.10: csubj(unfair, told), obj(told, decision), and "unfair" is the root.
        SemanticGraph g = parse("Ottawa told reporters the decision was unfair to Canadian workers.");
        assertTrue(arcs(g, "told").contains("ccomp:unfair") && !arcs(g, "told").contains("obj:decision"), arcs(g, "told"));
        assertTrue(arcs(g, "unfair").contains("nsubj:decision") && !arcs(g, "unfair").contains("csubj"), arcs(g, "unfair"));
        assertTrue(g.getFirstRoot().word().equals("told"), g.getFirstRoot().word());
    }

    @Test
    void aRealObjectStays() {
        SemanticGraph g = parse("The minister told reporters the talks had failed.");
        assertTrue(arcs(g, "told").contains("reporters"), arcs(g, "told"));
    }
}
