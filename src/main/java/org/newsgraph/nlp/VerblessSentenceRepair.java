package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Mends a tagging error that wrecks a whole sentence. News puts a time between subject and verb
 * ("The European Commission on Wednesday fined Meta ..."), and the tagger then reads the verb
 * as a participle ("fined"/VBN): the parser builds one long noun phrase and the sentence has no
 * predicate at all. A body sentence of that shape (no finite verb, a past participle after
 * the start) gets the participle re-tagged as a past tense and is parsed again.
 */
final class VerblessSentenceRepair {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final int MIN_TOKENS = 6;

    private VerblessSentenceRepair() {}

    /** Re-parses the sentence if it needs it; returns whether it did. */
    static boolean repair(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.size() < MIN_TOKENS) return false;
        int participle = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (tag == null) return false;
            if (FINITE.contains(tag)) return false;
            if (participle < 0 && i >= 2 && tag.equals("VBN")) participle = i;
        }
        if (participle < 0) return false;
        Annotator parser = Reparse.parser();
        if (parser == null) return false;
        tokens.get(participle).setTag("VBD");
        Reparse.sentence(parser, sentence);
        return true;
    }
}
