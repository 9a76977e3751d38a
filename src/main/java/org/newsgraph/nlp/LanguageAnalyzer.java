package org.newsgraph.nlp;

import org.newsgraph.input.Article;

/** The NLP stage: tokens, sentences, lemmas, entities, dependency parses, coreference, times. */
public interface LanguageAnalyzer {
    AnalyzedArticle analyze(Article article);
}
