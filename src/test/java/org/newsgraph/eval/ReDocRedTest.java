package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReDocRedTest {
    private static final Set<String> OURS = Set.of("P17", "P131", "P27", "P35", "P6", "P463", "P108", "P102");
    private static ReDocRedCorpus corpus;

    @BeforeAll
    static void readFirstDocuments() {
        Path folder = EvalData.folder("re-docred");
        corpus = ReDocRedCorpus.read(folder.resolve("test_revised.json"), folder.resolve("rel_info.json"), 5);
    }

    /** Rows written from the gold: every entity with its mentions, every relation. */
    static GraphRows oracle(ReDocRedDocument doc, Set<String> inverted) {
        FakeGraph g = new FakeGraph();
        for (ReDocRedDocument.Entity e : doc.entities()) {
            String iri = "urn:redocred:" + doc.index() + ":e" + e.index();
            for (ReDocRedDocument.Mention m : e.mentions()) {
                g.mention(new MentionRow(iri, m.begin(), m.end(), m.name(), m.type(), null, null));
            }
        }
        for (ReDocRedDocument.Triple t : doc.triples()) {
            String h = "urn:redocred:" + doc.index() + ":e" + t.head(), tl = "urn:redocred:" + doc.index() + ":e" + t.tail();
            boolean swap = inverted.contains(t.relation());
            g.relation(swap ? tl : h, "urn:p", null, t.relation(), swap ? h : tl);
        }
        return g.rows();
    }

    @Test
    void documentsBecomeArticlesWithMentionOffsets() {
        assertEquals(5, corpus.documents().size());
        ReDocRedDocument loud = corpus.documents().get(0);
        assertEquals("Loud Tour", loud.title());
        String text = loud.article().text();
        assertTrue(text.startsWith("Loud Tour\n\nThe Loud Tour was the fourth overall"), text);
        ReDocRedDocument.Mention barbadian = loud.entities().get(1).mentions().get(0);
        assertEquals("Barbadian", text.substring(barbadian.begin(), barbadian.end()));
        int exact = 0, total = 0;
        for (ReDocRedDocument doc : corpus.documents()) {
            for (ReDocRedDocument.Entity e : doc.entities()) {
                for (ReDocRedDocument.Mention m : e.mentions()) {
                    total++;
                    if (Names.key(doc.article().text().substring(m.begin(), m.end())).equals(Names.key(m.name()))) exact++;
                }
            }
        }
        assertTrue(exact > total * 0.95, exact + " of " + total + " mention spans read as their name");
        assertEquals("head of state", corpus.relationLabels().get("P35"));
    }

    @Test
    void goldItselfScoresOne() {
        ReDocRedScorer scorer = new ReDocRedScorer(OURS);
        List<ReDocRedScore> scores = new ArrayList<>();
        for (ReDocRedDocument doc : corpus.documents()) scores.add(scorer.score(doc, oracle(doc, Set.of())));
        ReDocRedScore total = scorer.total(scores);
        assertEquals(5, total.documents());
        assertTrue(total.micro().gold() > 0);
        assertEquals(1.0, total.micro().precision(), total.micro().toString());
        assertEquals(1.0, total.micro().recall(), total.micro().toString());
        assertTrue(EvaluationTable.reDocRed(total, corpus.relationLabels()).toText().contains("P17 country"));
    }

    @Test
    void onlyMappedRelationsCount() {
        ReDocRedScorer scorer = new ReDocRedScorer(Set.of("P17"));
        ReDocRedDocument doc = corpus.documents().get(0);
        ReDocRedScore score = scorer.score(doc, oracle(doc, Set.of()));
        long p17 = doc.triples().stream().filter(t -> t.relation().equals("P17")).count();
        assertEquals(p17, score.micro().gold());
        assertEquals(p17, score.micro().system());
    }

    @Test
    void emptyRowsScoreZero() {
        ReDocRedScorer scorer = new ReDocRedScorer(OURS);
        ReDocRedScore total = scorer.total(corpus.documents().stream().map(d -> scorer.score(d, GraphRows.empty())).toList());
        assertEquals(0, total.micro().matched());
        assertTrue(total.micro().gold() > 0);
        assertEquals(0.0, total.micro().f1());
    }

    @Test
    void invertedPropertiesAreTurnedBackToWikidataDirection() {
        Set<String> p17 = Set.of("P17");
        ReDocRedDocument doc = corpus.documents().stream()
                .filter(d -> d.triples().stream().anyMatch(t -> t.relation().equals("P17"))).findFirst().orElseThrow();
        GraphRows reversed = oracle(doc, p17); // our rows run object -> subject for P17
        assertEquals(0, new ReDocRedScorer(p17).score(doc, reversed).micro().matched());
        assertEquals(1.0, new ReDocRedScorer(p17, p17).score(doc, reversed).micro().recall());
    }

    @Test
    void entitiesMatchByLabelWhenSpansDiffer() {
        ReDocRedDocument doc = corpus.documents().get(0);
        ReDocRedDocument.Triple t = doc.triples().stream().filter(x -> x.relation().equals("P17") || x.relation().equals("P27")
                || x.relation().equals("P131")).findFirst().orElseThrow();
        String head = doc.entities().get(t.head()).mentions().get(0).name();
        String tail = doc.entities().get(t.tail()).mentions().get(0).name();
        GraphRows rows = new FakeGraph()
                .entity("urn:h", "Thing", null, head.toUpperCase())
                .entity("urn:t", "Thing", null, tail)
                .relation("urn:h", "urn:p", null, t.relation(), "urn:t")
                .rows();
        ReDocRedScore score = new ReDocRedScorer(OURS).score(doc, rows);
        assertEquals(1, score.micro().matched());
    }

    @Test
    void aStatementAlsoCountsForThePropertiesItEntails() {
        ReDocRedDocument doc = null;
        ReDocRedDocument.Triple country = null;
        for (ReDocRedDocument d : corpus.documents()) {
            for (ReDocRedDocument.Triple t : d.triples()) {
                boolean alsoP131 = d.triples().stream().anyMatch(x -> x.relation().equals("P131") && x.head() == t.head() && x.tail() == t.tail());
                if (t.relation().equals("P17") && alsoP131 && country == null) {
                    doc = d;
                    country = t;
                }
            }
        }
        assertTrue(country != null, "a place-country pair with both P17 and P131 in the first documents");
        String h = "urn:redocred:" + doc.index() + ":e" + country.head(), t = "urn:redocred:" + doc.index() + ":e" + country.tail();
        FakeGraph g = new FakeGraph();
        for (int k : List.of(country.head(), country.tail())) {
            ReDocRedDocument.Mention m = doc.entities().get(k).mentions().get(0);
            g.mention(new MentionRow("urn:redocred:" + doc.index() + ":e" + k, m.begin(), m.end(), m.name(), m.type(), null, null));
        }
        GraphRows rows = g.relation(h, "urn:p", null, "P17", t).rows();
        Set<String> scored = Set.of("P17", "P131");
        assertEquals(1, new ReDocRedScorer(scored).score(doc, rows).micro().matched());
        ReDocRedScore entailed = new ReDocRedScorer(scored, Set.of(), java.util.Map.of("P17", Set.of("P131"))).score(doc, rows);
        assertEquals(2, entailed.micro().matched());
        assertEquals(2, entailed.micro().system());
    }

    @Test
    void chainsOfATransitivePropertyCount() {
        ReDocRedDocument doc = corpus.documents().get(0);
        List<ReDocRedDocument.Triple> p131 = doc.triples().stream().filter(t -> t.relation().equals("P131")).toList();
        ReDocRedDocument.Triple first = null, second = null;
        for (ReDocRedDocument.Triple a : p131) {
            for (ReDocRedDocument.Triple b : p131) {
                boolean closes = p131.stream().anyMatch(c -> c.head() == a.head() && c.tail() == b.tail());
                if (a.tail() == b.head() && a.head() != b.tail() && closes && first == null) {
                    first = a;
                    second = b;
                }
            }
        }
        assertTrue(first != null, "a chain X-Y-Z of P131 with X-Z in the gold of the first document");
        FakeGraph g = new FakeGraph();
        for (int k : List.of(first.head(), first.tail(), second.tail())) {
            ReDocRedDocument.Mention m = doc.entities().get(k).mentions().get(0);
            g.mention(new MentionRow("urn:e" + k, m.begin(), m.end(), m.name(), m.type(), null, null));
        }
        g.relation("urn:e" + first.head(), "urn:p", null, "P131", "urn:e" + first.tail());
        GraphRows rows = g.relation("urn:e" + second.head(), "urn:p", null, "P131", "urn:e" + second.tail()).rows();
        Set<String> p = Set.of("P131");
        assertEquals(2, new ReDocRedScorer(p).score(doc, rows).micro().matched());
        assertEquals(3, new ReDocRedScorer(p, Set.of(), java.util.Map.of(), p).score(doc, rows).micro().matched());
    }
    @Test
    void theStatedOnlyTwinCountsNoChains() {
        ReDocRedScorer entailed = new ReDocRedScorer(Set.of("P131"), Set.of(), java.util.Map.of(), Set.of("P131"));
        ReDocRedDocument doc = corpus.documents().get(0);
        GraphRows rows = new FakeGraph()
                .entity("urn:a", "Thing", null, "A").entity("urn:b", "Thing", null, "B").entity("urn:c", "Thing", null, "C")
                .relation("urn:a", "urn:p", null, "P131", "urn:b")
                .relation("urn:b", "urn:p", null, "P131", "urn:c")
                .rows();
        assertEquals(3, entailed.score(doc, rows).micro().system());
        assertEquals(2, entailed.statedOnly().score(doc, rows).micro().system());
    }

    @Test
    void everyGoldAndSystemTripleCanBeListed() {
        ReDocRedDocument doc = corpus.documents().get(0);
        ReDocRedScorer scorer = new ReDocRedScorer(OURS);
        List<ReDocRedScorer.Item> items = new ArrayList<>();
        ReDocRedScore score = scorer.score(doc, oracle(doc, Set.of()), items::add);
        long gold = items.stream().filter(ReDocRedScorer.Item::gold).count();
        assertEquals(score.micro().gold(), gold);
        assertTrue(items.stream().allMatch(ReDocRedScorer.Item::matched), "the gold itself misses nothing");
        assertTrue(items.stream().anyMatch(i -> i.line().contains("\tfound\tP17\t")), items.toString());

        List<ReDocRedScorer.Item> none = new ArrayList<>();
        scorer.score(doc, GraphRows.empty(), none::add);
        assertTrue(none.stream().allMatch(i -> i.gold() && !i.matched()), "with no system triples everything is missed");
    }
}
