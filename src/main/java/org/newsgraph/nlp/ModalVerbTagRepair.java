package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Mends "warned that Washington would sanction/NN commanders": the tagger reads a verb that is also
 * a noun (sanction, trade, import, host) as a noun after a modal, and the parser then builds a
 * noun phrase ("sanction commanders") with the clause left verbless. A modal is followed by a
 * verb, so a lowercase singular noun right after one is retagged as a base-form verb (VB) and
 * the sentence is parsed again.
 */
final class ModalVerbTagRepair {
    private static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "must", "will", "can", "shall");

    private ModalVerbTagRepair() {}

    /** Re-parses the sentence if it needs it; returns whether it did. */
    static boolean repair(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) return false;
        boolean retagged = false;
        for (int k = 1; k < tokens.size(); k++) {
            CoreLabel modal = tokens.get(k - 1), word = tokens.get(k);
            if (!modal.tag().equals("MD") || !MODALS.contains(modal.word().toLowerCase())) continue;
            if (!word.tag().equals("NN") || !Character.isLowerCase(word.word().charAt(0))) continue;
            word.setTag("VB");
            retagged = true;
        }
        return retagged && Reparse.retagged(sentence);
    }
}
