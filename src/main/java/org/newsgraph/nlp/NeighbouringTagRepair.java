package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Mends "accused neighbouring/VBG Venezuela of sheltering rebels": the tagger reads the adjective
 * as a participle, the parser makes it the verb's complement with the country as its object, and
 * the accusation names no one. Before a name these words only describe it ("neighbouring Chad",
 * "bordering states"), so they are retagged as adjectives (JJ) and the sentence parsed again.
 */
final class NeighbouringTagRepair {
    /** Participle forms that are adjectives before a name. */
    private static final Set<String> ADJECTIVAL = Set.of("neighbouring", "neighboring");

    private NeighbouringTagRepair() {}

    /** Re-parses the sentence if it needs it; returns whether it did. */
    static boolean repair(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) return false;
        boolean retagged = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            CoreLabel word = tokens.get(k), next = tokens.get(k + 1);
            if (!word.tag().equals("VBG") || !ADJECTIVAL.contains(word.word().toLowerCase()) || !next.tag().startsWith("NNP")) continue;
            word.setTag("JJ");
            retagged = true;
        }
        return retagged && Reparse.retagged(sentence);
    }
}
