package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.nlp.ParsedSentence.arcs;
import static org.newsgraph.nlp.ParsedSentence.parse;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** Clauses CoreNLP hangs on the wrong verb: after analysis each hangs where a reader puts it. */
class ClauseAttachmentRepairTest {
    @Test
    void aParticipleAfterACommaIsAnAdverbialClauseOfTheVerbBefore() {
        // Raw CoreNLP 4.5.10: dep(defended, accusing).
        SemanticGraph g = parse("The prime minister, of the governing party, defended the law on Wednesday, accusing the opposition of taking orders from abroad.");
        assertTrue(arcs(g, "defended").contains("advcl:accusing"), arcs(g, "defended"));
        assertFalse(arcs(g, "defended").contains("dep:accusing"), arcs(g, "defended"));
    }

    @Test
    void aPastTenseConjunctOfAModalVerbIsTheReportingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(impose, accused), nsubj(accused, programme).
        SemanticGraph g = parse("Critics said the programme would impose austerity on ordinary families and accused the minister of breaking his promise.");
        assertTrue(arcs(g, "said").contains("conj:and:accused"), arcs(g, "said"));
        assertTrue(arcs(g, "accused").contains("nsubj:Critics"), arcs(g, "accused"));
        assertFalse(arcs(g, "accused").contains("nsubj:programme"), arcs(g, "accused"));
        assertFalse(arcs(g, "impose").contains("conj:and:accused"), arcs(g, "impose"));
    }

    @Test
    void aPastTenseConjunctOfAnInfinitiveIsTheTopReportingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(do, warned), ccomp(had, warned): the warning inside what was told.
        SemanticGraph g = parse("A government spokesman told reporters that Minsk had \"nothing to do\" with the fire and warned that it would answer any new sanctions.");
        assertTrue(arcs(g, "told").contains("conj:and:warned"), arcs(g, "told"));
        assertTrue(arcs(g, "warned").contains("nsubj:spokesman"), arcs(g, "warned"));
        assertFalse(arcs(g, "do").contains("conj:and:warned"), arcs(g, "do"));
    }

    @Test
    void aPastTenseJudgementAfterAPerfectIsTheReportingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(struck, blamed), nsubj(blamed, drones): the drones blaming Ankara.
        SemanticGraph g = parse("The militia said Turkish drones had struck its positions near the bridge on Monday and blamed Ankara for trying to derail the talks.");
        assertTrue(arcs(g, "said").contains("conj:and:blamed"), arcs(g, "said"));
        assertTrue(arcs(g, "blamed").contains("nsubj:militia"), arcs(g, "blamed"));
        assertFalse(arcs(g, "blamed").contains("nsubj:drones"), arcs(g, "blamed"));
    }

    @Test
    void aPastTenseAppealAfterAPerfectIsTheReportingVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(fired, urged), nsubj(urged, police): the police urging an inquiry.
        SemanticGraph g = parse("The rights group said police had fired rubber bullets at the crowd, injuring at least 11 people, and urged the authorities to investigate.");
        assertTrue(arcs(g, "said").contains("conj:and:urged"), arcs(g, "said"));
        assertFalse(arcs(g, "urged").contains("nsubj:police"), arcs(g, "urged"));
    }

    @Test
    void whatSomeoneIsToldIsTheTellingVerbsClauseNotTheAudiences() {
        // Raw CoreNLP 4.5.10: ccomp(briefing, bears): the clause hung on the audience.
        SemanticGraph g = parse("The ministry's spokesman told a daily briefing that Tokyo \"bears full responsibility\" for the dispute.");
        assertTrue(arcs(g, "told").contains("ccomp:bears"), arcs(g, "told"));
        assertFalse(arcs(g, "briefing").contains("ccomp:bears"), arcs(g, "briefing"));
    }

    @Test
    void aPastTenseConjunctOfAGerundIsTheGoverningVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj:and(starting, accused), dep(denied, accused): the accusation inside the denial.
        SemanticGraph g = parse("The militia denied starting the fighting and accused army units of shelling its bases.");
        assertTrue(arcs(g, "denied").contains("conj:and:accused"), arcs(g, "denied"));
        assertTrue(arcs(g, "accused").contains("nsubj:militia"), arcs(g, "accused"));
        assertFalse(arcs(g, "starting").contains("conj:and:accused"), arcs(g, "starting"));
    }

    @Test
    void anAcronymAfterAPlaceNamesTheNounBeforeThePlace() {
        // Raw CoreNLP 4.5.10: appos(Somalia, AUSSOM).
        SemanticGraph g = parse("The African Union mission in Somalia, AUSSOM, urged both armies to pull back.");
        assertTrue(arcs(g, "mission").contains("appos:AUSSOM"), arcs(g, "mission"));
        assertFalse(arcs(g, "Somalia").contains("appos:AUSSOM"), arcs(g, "Somalia"));
    }

    @Test
    void aPlaceAcronymKeepsItsPlace() {
        SemanticGraph g = parse("The embassy in Washington, DC, issued a statement.");
        assertFalse(arcs(g, "embassy").contains("appos:DC"), arcs(g, "embassy"));
    }

    @Test
    void aPronounBeforeAQuotedVerbIsItsSubject() {
        // Raw CoreNLP 4.5.10: obj(said, it), dep(said, disagrees).
        SemanticGraph g = parse("The company said it \"strongly disagrees\" with the ruling and is preparing an appeal.");
        assertTrue(arcs(g, "disagrees").contains("nsubj:it"), arcs(g, "disagrees"));
        assertTrue(arcs(g, "said").contains("ccomp:disagrees"), arcs(g, "said"));
        assertFalse(arcs(g, "said").contains("obj:it"), arcs(g, "said"));
    }

    @Test
    void aParticipleAfterThePersonNamedLastIsTheVerbsAdverbialClause() {
        // Raw CoreNLP 4.5.10: acl(minister, urging); Enhanced++ hangs the second "with" on a copy of "spoke".
        SemanticGraph g = parse("Rubio spoke by phone on Friday with Indian Foreign Minister Subrahmanyam Jaishankar and with Pakistan's foreign minister, Ishaq Dar, urging both to avoid escalation.");
        assertTrue(arcs(g, "spoke").contains("advcl:urging"), arcs(g, "spoke"));
        assertFalse(arcs(g, "minister").contains("acl:urging"), arcs(g, "minister"));
        assertTrue(arcs(g, "Jaishankar").contains("conj:and:minister"), arcs(g, "Jaishankar"));
        assertTrue(arcs(g, "spoke").contains("obl:with:minister"), arcs(g, "spoke"));
    }

    @Test
    void aNounRightAfterAModalIsItsVerb() {
        // Raw CoreNLP 4.5.10: "sanction" tagged NN, compound(commanders, sanction), no clause.
        SemanticGraph g = parse("Washington's envoy warned that the United States would sanction commanders on either side who blocked aid.");
        assertTrue(arcs(g, "warned").contains("ccomp:sanction"), arcs(g, "warned"));
        assertTrue(arcs(g, "sanction").contains("obj:commanders"), arcs(g, "sanction"));
    }

    @Test
    void aNameAGroupGivesItselfIsNotTheMainVerbsSubject() {
        // Raw CoreNLP 4.5.10: nsubj(claimed, Front), dep(calling, claimed).
        SemanticGraph g = parse("A group calling itself the Kashmir Front claimed the attack on a police convoy.");
        assertTrue(arcs(g, "claimed").contains("nsubj:group"), arcs(g, "claimed"));
        assertTrue(arcs(g, "calling").contains("xcomp:Front"), arcs(g, "calling"));
        assertFalse(arcs(g, "calling").contains("dep:claimed"), arcs(g, "calling"));
    }

    @Test
    void aReportingConjunctOfAClausalSubjectReportsThePredicate() {
        // Raw CoreNLP 4.5.10: csubj(take, denounced), obj(said, China).
        SemanticGraph g = parse("A ministry spokeswoman denounced the duties as \"naked protectionism\" and said China would take \"all necessary measures\" to defend its companies.");
        assertTrue(arcs(g, "said").contains("ccomp:take"), arcs(g, "said"));
        assertTrue(arcs(g, "take").contains("nsubj:China"), arcs(g, "take"));
        assertFalse(arcs(g, "take").contains("csubj:denounced"), arcs(g, "take"));
        assertFalse(arcs(g, "take").contains("csubj:said"), arcs(g, "take"));
    }

    @Test
    void twoBareVerbsUnderOneModalStayCoordinated() {
        SemanticGraph g = parse("The minister said the fund would cut subsidies and raise taxes.");
        assertTrue(arcs(g, "cut").contains("conj:and:raise"), arcs(g, "cut"));
    }

    @Test
    void anAmountStrandedBeforeARelativeClauseIsTheObjectOfTheVerbBeforeIt() {
        // Raw CoreNLP 4.5.10: dep(released, $) and "approved" has no object.
        SemanticGraph g = parse("A week later, the Asian Development Bank approved $300 million in budget support for Laos, "
                + "half of which will be released only if parliament adopts a new tax code before the end of the year.");
        assertTrue(arcs(g, "approved").contains("obj:$"), arcs(g, "approved"));
        assertFalse(arcs(g, "released").contains("dep:$"), arcs(g, "released"));
    }

    @Test
    void aPerfectSplitByAnAdverbialKeepsItsVerb() {
        // Raw CoreNLP 4.5.10: "criticised" an adjective of "Canberra", "has" the main verb.
        SemanticGraph g = parse("Beijing has in the past criticised Canberra's security pacts with Washington.");
        assertTrue(arcs(g, "criticised").contains("aux:has"), arcs(g, "criticised"));
        assertTrue(arcs(g, "criticised").contains("nsubj:Beijing"), arcs(g, "criticised"));
    }

    @Test
    void possessionIsLeftAlone() {
        SemanticGraph g = parse("She had in her bag a signed letter from the minister.");
        assertFalse(arcs(g, "signed").contains("aux:had"), arcs(g, "signed"));
        assertTrue(arcs(g, "had").contains("obj:letter"), arcs(g, "had"));
    }

    @Test
    void aParticipleThatAccusesSomeoneIsTheVerbsClauseNotTheObjectsDescription() {
        // Raw CoreNLP 4.5.10: acl(role, accusing).
        SemanticGraph g = parse("The Chinese embassy in Manila denied any role, accusing the Philippines of \"stoking tensions\" before an inquiry had begun.");
        assertTrue(arcs(g, "denied").contains("advcl:accusing"), arcs(g, "denied"));
        assertFalse(arcs(g, "role").contains("acl:accusing"), arcs(g, "role"));
    }

    @Test
    void aParticipleAfterANonFiniteComplementIsTheFiniteVerbsClause() {
        // Raw CoreNLP 4.5.10: advcl(entering, drawing): the protest would answer the boat's entering.
        SemanticGraph g = parse("A navy vessel blocked a coast guard boat from entering the river, drawing a formal protest from Belmopan.");
        assertTrue(arcs(g, "blocked").contains("advcl:drawing"), arcs(g, "blocked"));
        assertFalse(arcs(g, "entering").contains("advcl:drawing"), arcs(g, "entering"));
    }

    @Test
    void aParticipleReadAsTheAdjectiveOfABareNounTakesItAsObject() {
        // Raw CoreNLP 4.5.10: amod(criticism, drawing), obl:npmod(raised, criticism).
        SemanticGraph g = parse("Kenya raised fuel taxes, drawing criticism from Uganda.");
        assertTrue(arcs(g, "raised").contains("advcl:drawing"), arcs(g, "raised"));
        assertTrue(arcs(g, "drawing").contains("obj:criticism"), arcs(g, "drawing"));
    }

    @Test
    void aPastJoinedToAParticipleOnANounIsTheFiniteVerbsConjunct() {
        // Raw CoreNLP 4.5.10: conj(jailed, called), and the enhanced graph gives "called" the journalists as subject.
        SemanticGraph g = parse("Human Rights Watch urged Aliyev to free 20 journalists jailed in Azerbaijan and called on Mirziyoyev to raise the issue.");
        assertTrue(arcs(g, "urged").contains("conj:and:called"), arcs(g, "urged"));
        assertTrue(arcs(g, "called").contains("nsubj:Watch"), arcs(g, "called"));
        assertFalse(arcs(g, "called").contains("nsubj:journalists"), arcs(g, "called"));
    }

    @Test
    void aParticipleDescribingAThingStaysOnIt() {
        SemanticGraph g = parse("The navy rescued a fishing boat, carrying 40 migrants from Libya.");
        assertFalse(arcs(g, "rescued").contains("advcl:carrying"), arcs(g, "rescued"));
    }

    @Test
    void aPastTenseThatReportsAClauseIsNoConjunctOfAPerfect() {
        // Raw CoreNLP 4.5.10: conj:and(lost, denied), nsubj(denied, crew): the denial inside what was insisted.
        SemanticGraph g = parse("The shipowner, Baltic Star Lines, insisted that the crew had lost control in a gale and denied that the vessel had dragged its anchor on purpose.");
        assertTrue(arcs(g, "insisted").contains("conj:and:denied"), arcs(g, "insisted"));
        assertTrue(arcs(g, "denied").contains("nsubj:shipowner"), arcs(g, "denied"));
        assertFalse(arcs(g, "denied").contains("nsubj:crew"), arcs(g, "denied"));
    }

    @Test
    void aPastTenseConjunctOfAPresentInAReportedClauseIsTheReportingVerbsConjunct() {
        // Raw CoreNLP 4.5.10 coordinates "urged" with "harms", so the ruling urges Panama.
        SemanticGraph g = parse("Lin Jian told a briefing on Thursday that the ruling harms the interests of Chinese firms and urged Panama to protect investors.");
        assertTrue(arcs(g, "urged").contains("nsubj:Jian"), arcs(g, "urged"));
        assertTrue(arcs(g, "told").contains("conj:and:urged"), arcs(g, "told"));
    }
}
