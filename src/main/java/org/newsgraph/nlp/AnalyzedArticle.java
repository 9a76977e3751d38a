package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import org.newsgraph.input.Article;

/**
 * An article with CoreNLP's annotations. Sentence numbering follows the gold format: every
 * sentence that starts on the headline line is sentence 0, body sentences count from 1.
 */
public final class AnalyzedArticle {
    private final Article article;
    private final CoreDocument document;
    private final int[] sentenceNumbers;

    public AnalyzedArticle(Article article, CoreDocument document) {
        this.article = article;
        this.document = document;
        int headlineEnd = article.text().indexOf('\n');
        List<CoreSentence> sentences = document.sentences();
        sentenceNumbers = new int[sentences.size()];
        int body = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int begin = sentences.get(i).charOffsets().first;
            boolean headline = headlineEnd < 0 ? i == 0 : begin < headlineEnd;
            sentenceNumbers[i] = headline ? 0 : ++body;
        }
    }

    public Article article() { return article; }

    public CoreDocument document() { return document; }

    public List<CoreSentence> sentences() { return document.sentences(); }

    /** The gold-format number of CoreNLP sentence {@code i}. */
    public int sentenceNumber(int i) { return sentenceNumbers[i]; }

    public String text() { return article.text(); }

    /** Exact text of tokens {@code from..to} (inclusive, 0-based) of sentence {@code s}. */
    public String tokenText(int s, int from, int to) {
        List<CoreLabel> tokens = sentences().get(s).tokens();
        return article.text().substring(tokens.get(from).beginPosition(), tokens.get(to).endPosition());
    }
}
