package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** Past tenses the tagger took for participles or adjectives are verbs again, and the sentence parses as a clause. */
class PastTenseTagRepairTest {
    @Test
    void theVerbAfterTheRelativeClauseHeadsTheSentenceWithTheNounAsSubject() {
        // Raw CoreNLP 4.5.10 tags "called" VBN and hangs it as dep of "kept"; the sentence has no subject.
        SemanticGraph g = parse("Ramaphosa, whose African National Congress also lost its majority in parliament, called on the coalition partners to settle their differences in private.");
        assertTrue(arcs(g, "called").contains("nsubj:Ramaphosa"), arcs(g, "called"));
        assertEquals("called", g.getFirstRoot().word(), g.toString());
    }

    @Test
    void anEdWordRightAfterThatIsTheRelativeClauseVerbWithItsObject() {
        // Raw CoreNLP 4.5.10 tags "paralysed" JJ: "paralysed hospital systems" becomes a noun phrase.
        SemanticGraph g = parse("The ministry condemned a cyberattack that paralysed hospital systems for two days, officials said.");
        assertTrue(arcs(g, "paralysed").contains("obj:systems"), arcs(g, "paralysed"));
        assertTrue(arcs(g, "cyberattack").contains("acl:relcl:paralysed"), arcs(g, "cyberattack"));
    }

    @Test
    void theVerbAfterAnAdverbSetOffByCommasHeadsTheSentence() {
        // Raw CoreNLP 4.5.10 tags "imposed" VBN and reads "imposed sanctions" as a noun phrase.
        SemanticGraph g = parse("The US Treasury, meanwhile, imposed sanctions on two trading companies.");
        assertTrue(arcs(g, "imposed").contains("nsubj:Treasury"), arcs(g, "imposed"));
        assertTrue(arcs(g, "imposed").contains("obj:sanctions"), arcs(g, "imposed"));
    }

    @Test
    void theFirstVerbBeforeANamedObjectHeadsTheSentence() {
        // Raw CoreNLP 4.5.10 tags "fined" VBN, makes it an orphan of "crowns" and Telenor a number.
        SemanticGraph g = parse("OSLO, June 10 - Norway's competition authority fined Telenor 1.1 billion Norwegian crowns on Wednesday for abusing its dominant position.");
        assertTrue(arcs(g, "fined").contains("nsubj:authority"), arcs(g, "fined"));
        assertTrue(arcs(g, "fined").toString().contains(":Telenor"), arcs(g, "fined"));
    }

    @Test
    void aParticipleBeforeADateIsNotRetagged() {
        // "arrested" modifies "man"; the raw parse still errs here, but the tag must stay a participle.
        SemanticGraph g = parse("The man arrested Tuesday was released on bail.");
        assertEquals("VBN", g.getNodeByIndex(3).tag(), g.toString());
    }

    @Test
    void aParticipleWithItsOwnAuxiliaryIsLeftAlone() {
        SemanticGraph g = parse("The minister, who spoke after the vote, was criticised by the opposition for the delay.");
        assertTrue(arcs(g, "criticised").contains("nsubj:pass:minister"), arcs(g, "criticised"));
    }
}
