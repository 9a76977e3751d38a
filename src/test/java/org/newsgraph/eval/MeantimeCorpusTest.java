package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.MeantimeDocument.EntityMention;
import org.newsgraph.eval.MeantimeDocument.Timex;
import org.newsgraph.eval.MeantimeDocument.Token;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeantimeCorpusTest {

    private static MeantimeDocument appleKeynote() {
        Path file = EvalData.folder("meantime-en").resolve("intra-doc_annotation/corpus_apple/10450_Apple_Computer_CEO.xml");
        return MeantimeDocument.parse(file);
    }

    @Test
    void tokenOffsetsReproduceTokenText() {
        MeantimeDocument doc = appleKeynote();
        String text = doc.article().text();
        for (Token t : doc.tokens()) assertEquals(t.text(), text.substring(t.begin(), t.end()), "token " + t.id());
    }

    @Test
    void articleHasHeadlineBlankLineDatelineAndBody() {
        MeantimeDocument doc = appleKeynote();
        String text = doc.article().text();
        assertTrue(text.startsWith("Apple Computer CEO Steve Jobs gives opening keynote to WWDC 2005\n\nJune 6, 2005\n\n"
                + "Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote"), text);
        assertEquals("Apple Computer CEO Steve Jobs gives opening keynote to WWDC 2005", doc.article().title());
        assertEquals("10450_Apple_Computer_CEO", doc.article().id());
        assertEquals(LocalDate.of(2005, 6, 6), doc.article().published(), "the creation time is the publication date");
        assertEquals(5, doc.lastAnnotatedSentence());
        assertTrue(text.contains("( WWDC )") || text.contains("(WWDC)"));
    }

    @Test
    void entityMentionCarriesTypeAndDbpediaLink() {
        MeantimeDocument doc = appleKeynote();
        EntityMention california = doc.entityMentions().stream().filter(m -> m.id().equals("24")).findFirst().orElseThrow();
        assertEquals("California", doc.text(california.tokens()));
        assertEquals("LOC", california.instance().type());
        assertEquals("http://dbpedia.org/resource/California", california.instance().dbpedia());
        assertTrue(california.isNamedPerOrgLoc());

        EntityMention jobs = doc.entityMentions().stream().filter(m -> m.id().equals("18")).findFirst().orElseThrow();
        assertEquals("Apple Computer CEO and co-founder Steve Jobs", doc.text(jobs.tokens()));
        assertEquals("http://dbpedia.org/resource/Steve_Jobs", jobs.instance().dbpedia(), "trailing space trimmed");
    }

    @Test
    void timexValuesAndCreationTime() {
        MeantimeDocument doc = appleKeynote();
        Timex monday = doc.timexes().stream().filter(t -> doc.text(t.tokens()).equals("Monday")).findFirst().orElseThrow();
        assertEquals("2005-06-06", monday.value());
        Timex decade = doc.timexes().stream().filter(t -> t.value().equals("P10Y")).findFirst().orElseThrow();
        assertEquals("the past decade", doc.text(decade.tokens()));
        Timex creation = doc.timexes().stream().filter(Timex::creationTime).findFirst().orElseThrow();
        assertEquals("June 6, 2005", doc.text(creation.tokens()));
    }

    @Test
    void participantsLinkEventsToEntityMentions() {
        MeantimeDocument doc = appleKeynote();
        var gave = doc.participants().stream().filter(p -> p.event().id().equals("42") && p.role().equals("Arg0"))
                .findFirst().orElseThrow();
        assertEquals("gave", doc.text(gave.event().tokens()));
        assertEquals("Apple Computer CEO and co-founder Steve Jobs", doc.text(gave.argument().tokens()));
    }

    @Test
    void corpusListsAllDocumentsInAFixedOrder() {
        MeantimeCorpus corpus = MeantimeCorpus.open(EvalData.folder("meantime-en"));
        assertEquals(120, corpus.size());
        assertEquals(3, corpus.documents(3).size());
        assertTrue(corpus.files().get(0).toString().contains("corpus_airbus"));
    }
}
