package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Mends a wire dateline set off by a plain hyphen: "PARIS, March 12 - Algeria recalled its
 * ambassador". The tagger reads the spaced "-" as a word hyphen (HYPH), and the parser then makes
 * the country an apposition of the dateline's city and the city the verb's subject, so France
 * recalls the ambassador. With an em dash the tagger reads punctuation and the parser keeps the
 * dateline apart. A hyphen that closes a dateline (a place in capitals, a comma, a date) is
 * retagged as that dash (":") and the sentence is parsed again. The parser may then hang the
 * story's verb on the dateline as a bare "dep"; it is made the parataxis an em dash gives.
 */
final class DatelineDashRepair {
    private static final Set<String> DASHES = Set.of("-", "--", "–", "—");
    /** A dateline is short: "NEW YORK, Nov. 20 -" or "ADDIS ABABA, Ethiopia, March 3 -". */
    private static final int LONGEST_DATELINE = 14;

    private DatelineDashRepair() {}

    /** Re-parses the sentence if it needs it; returns whether it did. */
    static boolean repair(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.size() < 5 || !isCapitalsWord(tokens.get(0).word())) return false;
        int comma = 1;
        // "PORT-AU-PRINCE" comes as PORT, -, AU, -, PRINCE.
        while (comma < tokens.size() && (isCapitalsWord(tokens.get(comma).word()) || tokens.get(comma).word().equals("-")
                && comma + 1 < tokens.size() && isCapitalsWord(tokens.get(comma + 1).word()))) comma++;
        if (comma >= tokens.size() || !tokens.get(comma).word().equals(",")) return false;
        for (int k = comma + 1; k < Math.min(tokens.size() - 1, LONGEST_DATELINE + 1); k++) {
            CoreLabel token = tokens.get(k);
            if (!DASHES.contains(token.word())) continue;
            if (!"DATE".equals(tokens.get(beforeAgency(tokens, k - 1)).ner())) return false;
            // Before a plural noun the tagger may call it a symbol ("March 9 - Fighters from ...").
            if (token.tag().equals("HYPH") || token.tag().equals("SYM")) {
                token.setTag(":");
                Annotator parser = Reparse.parser();
                if (parser == null) return false;
                Reparse.sentence(parser, sentence);
            }
            for (var graph : List.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
                storyVerbAsParataxis(sentence.get(graph), k + 1);
            }
            return true;
        }
        return false;
    }

    /**
     * Frees the story's clause from the dateline (its tokens end at the dash, 1-based {@code dash}):
     * a "dep" from the dateline to the verb becomes parataxis; a dateline the verb took for its
     * subject hands that role to the noun the parser hung on it as an apposition or a bare dep ("PANAMA CITY
     * ... - Panama's Supreme Court struck down").
     */
    private static void storyVerbAsParataxis(SemanticGraph g, int dash) {
        if (g == null || g.isEmpty()) return;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            IndexedWord governor = e.getGovernor(), dependent = e.getDependent();
            // "JOHANNESBURG, 9 September 2026 — Thousands of workers walked off": a second subject
            // the story's verb took from the dateline is no subject.
            if (governor.index() > dash && dependent.index() < dash && e.getRelation().getShortName().equals("nsubj")
                    && hasSubjectAfter(g, governor, dash)) {
                g.removeEdge(e);
                g.addEdge(governor, dependent, edu.stanford.nlp.trees.GrammaticalRelation.DEPENDENT, Double.NEGATIVE_INFINITY, false);
                continue;
            }
            if (governor.index() >= dash) continue;
            String rel = e.getRelation().getShortName();
            if (rel.equals("dep") && dependent.index() > dash && dependent.tag().startsWith("VB")) {
                g.removeEdge(e);
                g.addEdge(governor, dependent, UniversalEnglishGrammaticalRelations.PARATAXIS, Double.NEGATIVE_INFINITY, false);
            }
            // "ACCRA, September 9 (Reuters) - Ghana's regulator ... suspended": after a re-parse the subject may hang as a bare dep.
            boolean nominal = rel.equals("appos") || rel.equals("dep") && dependent.tag().startsWith("N");
            if (nominal && dependent.index() > dash) {
                for (SemanticGraphEdge role : List.copyOf(g.incomingEdgeList(governor))) {
                    if (role.getGovernor().index() <= dash) continue;
                    g.removeEdge(role);
                    g.addEdge(role.getGovernor(), dependent, role.getRelation(), Double.NEGATIVE_INFINITY, false);
                }
                g.removeEdge(e);
                g.addEdge(dependent, governor, edu.stanford.nlp.trees.GrammaticalRelation.DEPENDENT, Double.NEGATIVE_INFINITY, false);
            }
        }
    }

    private static boolean hasSubjectAfter(SemanticGraph g, IndexedWord verb, int dash) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().getShortName().equals("nsubj") && e.getDependent().index() > dash) return true;
        }
        return false;
    }

    /**
     * "March 4 (Reuters) -": the token before a parenthesised agency name that ends at {@code last},
     * else {@code last} itself.
     */
    private static int beforeAgency(List<CoreLabel> tokens, int last) {
        if (!tokens.get(last).word().equals(")") && !tokens.get(last).word().equals("-RRB-")) return last;
        for (int j = last - 1; j > 0 && last - j <= 4; j--) {
            String w = tokens.get(j).word();
            if (w.equals("(") || w.equals("-LRB-")) return j - 1;
        }
        return last;
    }

    private static boolean isCapitalsWord(String word) {
        if (word.length() < 2) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') return false;
        }
        return Character.isLetter(word.charAt(0));
    }
}
