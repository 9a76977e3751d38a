package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ends a sentence where a line ends with a sentence's final punctuation. News feeds put each
 * paragraph on a line of its own, but CoreNLP only breaks at a blank line (a single line break may
 * be a hard wrap), and it reads a capital and a period as an initial: "..., he wrote on X." ran on
 * into the next paragraph, whose act was then lost in the one parse. A paragraph that ends with
 * "." , "!" or "?" (a closing quote or bracket may follow) and a next line that opens like a
 * sentence is a boundary whatever the tokenizer made of the period; a title abbreviation at a
 * line's end ("Mr.") is a hard wrap before a name, and stays joined.
 *
 * <p>Runs as a CoreNLP annotator right after sentence splitting (registered by
 * {@link CoreNlpAnalyzer} as {@code customAnnotatorClass.lineends}), so every later annotator sees
 * the mended sentences.
 */
public final class LineEndSentenceSplitter implements Annotator {
    private static final Pattern FINAL = Pattern.compile(".*[.!?]");
    private static final Pattern CLOSER = Pattern.compile("[\"'”’)\\]]|''|-RRB-|-RSB-");
    private static final Pattern OPENER = Pattern.compile("[\\p{Lu}\\p{N}\"“‘'(\\[]|``|-LRB-|-LSB-");
    /** Abbreviations that stand before a name: at a line's end they mean the line was wrapped. */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.",
            "maj.", "capt.", "sgt.", "adm.", "cmdr.", "gov.", "sen.", "rep.", "rev.", "st.", "pres.", "amb.", "hon.");

    /** The constructor CoreNLP calls for a custom annotator. */
    public LineEndSentenceSplitter(String name, Properties properties) {}

    public LineEndSentenceSplitter() {}

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return;
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> mended = new ArrayList<>();
        boolean changed = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int start = 0;
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (!endsLine(tokens, i)) continue;
                mended.add(sentenceOf(tokens.subList(start, i + 1), text));
                start = i + 1;
                changed = true;
            }
            mended.add(start == 0 ? sentence : sentenceOf(tokens.subList(start, tokens.size()), text));
        }
        if (!changed) return;
        renumber(mended);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, mended);
    }

    /** Does a sentence end after token {@code i}: the end of a line, with a sentence's final punctuation? */
    static boolean endsLine(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        String after = token.after();
        if (after == null || after.indexOf('\n') < 0) return false;
        String word = token.word();
        boolean closes = FINAL.matcher(word).matches() && !NAME_ABBREVIATIONS.contains(word.toLowerCase())
                || CLOSER.matcher(word).matches() && i > 0 && FINAL.matcher(tokens.get(i - 1).word()).matches();
        if (!closes) return false;
        String next = tokens.get(i + 1).word();
        return !next.isEmpty() && OPENER.matcher(next.substring(0, 1)).matches() || OPENER.matcher(next).matches();
    }

    private static CoreMap sentenceOf(List<CoreLabel> tokens, String text) {
        CoreMap sentence = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        return sentence;
    }

    /** Sentence indexes, token ranges and in-sentence token indexes, as the sentence splitter sets them. */
    private static void renumber(List<CoreMap> sentences) {
        int tokenBegin = 0;
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).set(CoreAnnotations.IndexAnnotation.class, t + 1);
                tokens.get(t).set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            }
            tokenBegin += tokens.size();
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }
}
