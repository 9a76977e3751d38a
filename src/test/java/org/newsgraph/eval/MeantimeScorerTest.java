package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeantimeScorerTest {
    private final MeantimeScorer scorer = new MeantimeScorer();

    private static void assertPerfect(Prf prf, String what) {
        assertTrue(prf.gold() > 0, what + " has gold items");
        assertEquals(1.0, prf.precision(), what + " precision " + prf);
        assertEquals(1.0, prf.recall(), what + " recall " + prf);
    }

    @Test
    void goldItselfScoresOneOnEveryDocument() {
        List<MeantimeDocument> docs = MeantimeCorpus.open(EvalData.folder("meantime-en")).documents(0);
        MeantimeScore total = MeantimeScore.empty();
        for (MeantimeDocument doc : docs) total = total.plus(scorer.score(doc, MeantimeOracle.rows(doc)));
        assertEquals(120, total.documents());
        assertPerfect(total.entities(), "typed entities");
        assertPerfect(total.entitiesUntyped(), "untyped entities");
        for (String type : MeantimeScore.TYPES) assertPerfect(total.type(type), type);
        assertEquals(1.0, total.links().value(), "links " + total.links());
        assertPerfect(total.timexStrict(), "strict timex");
        assertPerfect(total.timexRelaxed(), "relaxed timex");
        assertPerfect(total.timexValue(), "timex value");
        assertPerfect(total.eventTriggers(), "event triggers");
        assertEquals(1.0, total.actorAccuracy().value(), "actors " + total.actorAccuracy());
        assertEquals(1.0, total.targetAccuracy().value(), "targets " + total.targetAccuracy());
        assertPerfect(total.participants(), "participants");
        assertTrue(total.entities().gold() > 800, "named PER/ORG/LOC mentions: " + total.entities());
    }

    @Test
    void emptyRowsScoreZero() {
        List<MeantimeDocument> docs = MeantimeCorpus.open(EvalData.folder("meantime-en")).documents(3);
        MeantimeScore total = MeantimeScorer.total(docs.stream().map(d -> scorer.score(d, GraphRows.empty())).toList());
        assertEquals(3, total.documents());
        assertEquals(0.0, total.entities().f1());
        assertTrue(total.entities().gold() > 0);
        assertEquals(0.0, total.timexRelaxed().recall());
        assertEquals(0.0, total.participants().recall());
        assertEquals(0, total.links().total());
    }

    @Test
    void namesInsideTheGoldNounPhraseCountAndWrongTypesDoNot() {
        Path10450 p = new Path10450();
        MeantimeDocument doc = p.doc;
        String text = doc.article().text();
        int jobs = text.indexOf("Steve Jobs gave");
        int california = text.indexOf("California on Monday");
        int monday = text.indexOf("Monday");
        GraphRows rows = new FakeGraph()
                .mention(new MentionRow("urn:jobs", jobs, jobs + 10, "Steve Jobs", "Person", null, "http://dbpedia.org/resource/Steve_Jobs"))
                .mention(new MentionRow("urn:ca", california, california + 10, "California", "Organization", null, null))
                .timex(new TimexRow(monday, monday + 6, "Monday", "2005-06-06"))
                .rows();
        MeantimeScore score = scorer.score(doc, rows);
        assertEquals(1, score.type("PER").matched(), "Steve Jobs lies inside 'Apple Computer CEO and co-founder Steve Jobs'");
        assertEquals(0, score.type("LOC").matched(), "California typed ORG");
        assertEquals(1, score.type("ORG").system(), "the ORG is a false positive");
        assertEquals(2, score.entitiesUntyped().matched());
        assertEquals(new Fraction(1, 1), score.links());
        assertEquals(1, score.timexValue().matched());
    }

    @Test
    void anArgumentAnnotatedOnAPronounIsMatchedThroughItsEntity() {
        // Find, anywhere in the corpus, an Arg0 written as a pronoun whose entity is also named.
        for (MeantimeDocument doc : MeantimeCorpus.open(EvalData.folder("meantime-en")).documents(0)) {
            for (MeantimeDocument.Participant p : doc.participants()) {
                MeantimeDocument.EntityMention arg = p.argument();
                if (!p.role().equals("Arg0") || arg.instance() == null || arg.tokens().size() != 1
                        || !List.of("it", "they", "he", "she").contains(arg.tokens().get(0).text().toLowerCase())) continue;
                MeantimeDocument.EntityMention named = doc.entityMentions().stream()
                        .filter(m -> m != arg && arg.instance().equals(m.instance()) && m.tokens().size() > 1)
                        .findFirst().orElse(null);
                if (named == null) continue;
                int[] name = MeantimeDocument.span(named.tokens());
                int[] trigger = MeantimeDocument.span(p.event().tokens());
                GraphRows rows = new FakeGraph()
                        .mention(new MentionRow("urn:e", name[0], name[1], doc.text(named.tokens()), "Organization", null, null))
                        .event(new EventRow("urn:ev", "010", "urn:e", null, null, null, null, "asserted", null, null, 1, trigger[0], trigger[1]))
                        .rows();
                assertEquals(new Fraction(1, 1), scorer.score(doc, rows).actorAccuracy(),
                        doc.id() + ": '" + doc.text(arg.tokens()) + "' refers to '" + doc.text(named.tokens()) + "'");
                return;
            }
        }
        throw new AssertionError("the corpus has no pronoun argument of a named entity");
    }

    /** The Apple keynote document. */
    private static final class Path10450 {
        final MeantimeDocument doc = MeantimeDocument.parse(EvalData.folder("meantime-en")
                .resolve("intra-doc_annotation/corpus_apple/10450_Apple_Computer_CEO.xml"));
    }
}
