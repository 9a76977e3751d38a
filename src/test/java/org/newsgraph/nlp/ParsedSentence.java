package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.TreeSet;
import org.newsgraph.input.Article;

/** One sentence through the project's analyzer (repairs included), and its arcs written out for assertions. */
final class ParsedSentence {
    private ParsedSentence() {}

    static SemanticGraph parse(String sentence) {
        Article article = new Article("repair", sentence, LocalDate.parse("2026-10-07"), null, null, sentence);
        return CoreNlpAnalyzer.shared().analyze(article).document().sentences().get(0).dependencyParse();
    }

    /** The outgoing arcs of every token spelled {@code word}, as sorted "relation:dependent" strings. */
    static String arcs(SemanticGraph g, String word) {
        TreeSet<String> out = new TreeSet<>();
        for (IndexedWord w : g.vertexSet()) {
            if (!w.word().equals(word)) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) out.add(e.getRelation() + ":" + e.getDependent().word());
        }
        return out.toString();
    }
}
