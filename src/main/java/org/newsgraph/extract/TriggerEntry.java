package org.newsgraph.extract;

import java.util.List;

/**
 * A row of {@code event-triggers.tsv}: a word that expresses a CAMEO event.
 *
 * @param pos          'V' verb, 'N' event noun, 'A' predicative adjective
 * @param requires     lemmas one of which must be the verb's object / the noun's modifier, or empty
 * @param roles        "agent", "recipient" (subject is the target) or "symmetric"
 * @param targetPreps  prepositions introducing the target when there is no direct object
 */
public record TriggerEntry(String lemma, char pos, String cameo, List<String> requires, String roles,
                           List<String> targetPreps) {
    public boolean isRecipientSubject() { return "recipient".equals(roles); }

    public boolean isSymmetric() { return "symmetric".equals(roles); }
}
