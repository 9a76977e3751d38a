package org.newsgraph.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.*;
import java.nio.file.Path;
import java.util.*;
import org.newsgraph.extract.*;
import org.newsgraph.nlp.*;

/**
 * Measures CoreNLP's WikiDict entity linker (the {@code entitylink} annotator) against the
 * gazetteer's links, on every MEANTIME named PER/ORG/LOC mention the gold links to DBpedia: how
 * many each links, how many rightly, and what "gazetteer first, WikiDict for the rest" would give.
 * Not part of the build: it needs the 227 MB models-english-kbp jar, which Newsgraph does not
 * ship. Run it with {@code tools/wikidict/run.sh}; README (Quality, measured) has the figures.
 */
public class WikiDictProbe {
    public static void main(String[] a) throws Exception {
        Properties p = CoreNlpAnalyzer.defaultProperties();
        p.setProperty("annotators", p.getProperty("annotators") + ",entitylink");
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        StanfordCoreNLP pipe = new StanfordCoreNLP(p);
        System.gc();
        System.out.printf("load %.1f s, heap after load %d MB%n", (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
        Extractor ex = Extractor.builtIn();
        int gold = 0, oursLinked = 0, oursRight = 0, wikiLinked = 0, wikiRight = 0, combLinked = 0, combRight = 0, wikiOnly = 0, wikiOnlyRight = 0;
        long nlpNanos = 0;
        int limit = a.length > 1 ? Integer.parseInt(a[1]) : 0;
        for (MeantimeDocument doc : MeantimeCorpus.open(Path.of(a[0])).documents(limit)) {
            CoreDocument cd = new CoreDocument(doc.article().text());
            cd.annotation().set(CoreAnnotations.DocDateAnnotation.class, doc.article().published().toString());
            long n0 = System.nanoTime();
            pipe.annotate(cd);
            nlpNanos += System.nanoTime() - n0;
            ArticleFacts facts = ex.extract(new AnalyzedArticle(doc.article(), cd));
            Map<String, String> linkOf = new HashMap<>();
            for (Entity e : facts.entities()) if (e.dbpedia() != null) linkOf.put(e.key(), e.dbpedia());
            List<CoreEntityMention> cems = new ArrayList<>();
            for (CoreSentence s : cd.sentences()) cems.addAll(s.entityMentions());
            for (MeantimeDocument.EntityMention g : doc.entityMentions()) {
                if (!g.isNamedPerOrgLoc() || g.instance() == null) continue;
                String goldLink = Names.dbpediaName(g.instance().dbpedia());
                if (goldLink == null) continue;
                gold++;
                int[] span = MeantimeDocument.span(g.tokens());
                String ours = null;
                for (Mention m : facts.mentions()) {
                    if (m.span().begin() >= span[0] && m.span().end() <= span[1] && linkOf.containsKey(m.entityKey())) {
                        ours = Names.dbpediaName("http://dbpedia.org/resource/" + linkOf.get(m.entityKey()));
                        break;
                    }
                }
                String wiki = null;
                for (CoreEntityMention c : cems) {
                    int b = c.charOffsets().first, e = c.charOffsets().second;
                    if (b >= span[0] && e <= span[1] && c.entity() != null && !c.entity().isBlank()) {
                        wiki = Names.dbpediaName("http://dbpedia.org/resource/" + c.entity());
                        break;
                    }
                }
                if (ours != null) { oursLinked++; if (ours.equals(goldLink)) oursRight++; }
                if (wiki != null) { wikiLinked++; if (wiki.equals(goldLink)) wikiRight++; }
                if (ours == null && wiki != null) { wikiOnly++; if (wiki.equals(goldLink)) wikiOnlyRight++; }
                String comb = ours != null ? ours : wiki;
                if (comb != null) { combLinked++; if (comb.equals(goldLink)) combRight++; }
            }
        }
        System.out.printf("gold-linked named mentions: %d%n", gold);
        System.out.printf("gazetteer: linked %d, right %d (accuracy %.3f, coverage of gold %.3f)%n", oursLinked, oursRight, oursRight / (double) oursLinked, oursRight / (double) gold);
        System.out.printf("WikiDict: linked %d, right %d (accuracy %.3f, coverage %.3f)%n", wikiLinked, wikiRight, wikiRight / (double) wikiLinked, wikiRight / (double) gold);
        System.out.printf("WikiDict where the gazetteer links nothing: linked %d, right %d%n", wikiOnly, wikiOnlyRight);
        System.out.printf("gazetteer then WikiDict: linked %d, right %d (accuracy %.3f, coverage %.3f)%n", combLinked, combRight, combRight / (double) combLinked, combRight / (double) gold);
        System.out.printf("NLP with entitylink: %.2f s/article; heap in use at the end %d MB%n", nlpNanos / 1e9 / 120, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
