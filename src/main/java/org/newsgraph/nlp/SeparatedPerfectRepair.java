package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Mends "Beijing has in the past criticised Canberra's security pacts": when an adverbial
 * separates "has" from its participle, CoreNLP tags the participle an adjective and parses "has"
 * as the main verb, so the criticism disappears. The parser does handle the same shape after a
 * modal ("will in the past criticise"), so the sentence is parsed again with "has" tagged as a
 * modal and the participle as a bare verb; the new parse is kept only if it makes "has" the
 * participle's auxiliary, and the original tags are put back either way.
 */
final class SeparatedPerfectRepair {
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final int MAX_GAP = 5;
    private static final Set<String> GAP_TAGS = Set.of("RB", "RBR", "RBS", "IN", "DT", "JJ", "CD", "NN", "NNS", "NNP");
    private static final Set<String> TIME_NER = Set.of("DATE", "DURATION", "TIME", "SET");

    private SeparatedPerfectRepair() {}

    /** Re-parses the sentence if it needs it; returns whether the repair was kept. */
    static boolean repair(CoreMap sentence) {
        SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (basic == null || tokens == null) return false;
        for (int h = 0; h < tokens.size(); h++) {
            if (!HAVE.contains(tokens.get(h).word().toLowerCase()) || !tokens.get(h).tag().matches("VB[DZP]")) continue;
            IndexedWord have = basic.getNodeByIndexSafe(h + 1);
            if (have == null || GraphEdges.hasIncoming(basic, have, r -> r.startsWith("aux"))
                    || GraphEdges.hasOutgoing(basic, have, "obj"::equals)) continue;
            int participle = participleAfter(tokens, h);
            if (participle < 0) continue;
            if (reparse(sentence, tokens, h, participle)) return true;
        }
        return false;
    }

    /**
     * The first "-ed" word within a few tokens after "has", if what stands between is a time
     * adverbial: adverbs ("has repeatedly denied") or a phrase about time ("in the past", "for
     * years"). "has in its arsenal advanced missiles" is possession, not a perfect.
     */
    private static int participleAfter(List<CoreLabel> tokens, int have) {
        boolean onlyAdverbs = true, aboutTime = false;
        for (int i = have + 1; i < Math.min(tokens.size(), have + 2 + MAX_GAP); i++) {
            CoreLabel t = tokens.get(i);
            String tag = t.tag();
            if (i > have + 1 && (tag.equals("VBN") || tag.equals("JJ")) && t.word().toLowerCase().endsWith("ed")) {
                return onlyAdverbs || aboutTime ? i : -1;
            }
            if (!GAP_TAGS.contains(tag)) return -1;
            onlyAdverbs &= tag.startsWith("RB");
            aboutTime |= TIME_NER.contains(String.valueOf(t.ner())) || t.word().equalsIgnoreCase("past");
        }
        return -1;
    }

    private static boolean reparse(CoreMap sentence, List<CoreLabel> tokens, int have, int participle) {
        Annotator parser = Reparse.parser();
        if (parser == null) return false;
        SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph enhanced = sentence.get(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class);
        SemanticGraph plus = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        String haveTag = tokens.get(have).tag(), participleTag = tokens.get(participle).tag();
        tokens.get(have).setTag("MD");
        tokens.get(participle).setTag("VB");
        Reparse.sentence(parser, sentence);
        tokens.get(have).setTag(haveTag);
        tokens.get(participle).setTag("VBN");
        SemanticGraph repaired = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        IndexedWord verb = repaired.getNodeByIndexSafe(participle + 1);
        boolean kept = false;
        if (verb != null) {
            for (SemanticGraphEdge e : repaired.outgoingEdgeList(verb)) {
                if (e.getRelation().toString().equals("aux") && e.getDependent().index() == have + 1) kept = true;
            }
        }
        if (!kept) {
            tokens.get(participle).setTag(participleTag);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, enhanced);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, plus);
            return false;
        }
        // The graphs hold the token objects, whose tags are the real ones again ("has"/VBZ, participle/VBN);
        // an adjective's lemma was the word itself ("criticised"), the participle's is the verb.
        tokens.get(participle).setLemma(Morphology.lemmaStatic(tokens.get(participle).word(), "VBN"));
        return true;
    }
}
