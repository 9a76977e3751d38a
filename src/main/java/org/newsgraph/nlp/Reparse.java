package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Parses one sentence again with the dependency parser the pipeline already loaded, reading the
 * tags its tokens have now: the repairs that mend a tagging error retag, then call this. The
 * parser replaces the sentence's basic, enhanced and enhanced++ graphs.
 */
final class Reparse {
    private Reparse() {}

    /** The pipeline's dependency parser, or null when none has been loaded. */
    static Annotator parser() {
        return StanfordCoreNLP.getExistingAnnotator("depparse");
    }

    /** Parses the sentence again with its tags as they now are; false when no parser is loaded. */
    static boolean retagged(CoreMap sentence) {
        Annotator parser = parser();
        if (parser == null) return false;
        sentence(parser, sentence);
        return true;
    }

    static void sentence(Annotator parser, CoreMap sentence) {
        Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        one.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
        parser.annotate(one);
    }
}
