package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends past tenses the tagger read as participles or adjectives, in two shapes news writes
 * often. The parser then hangs the main verb on a relative clause, or builds a noun phrase where
 * a clause is ("paralysed freight bookings"). Each retagged word becomes a past tense (VBD), and
 * the sentence is parsed again.
 * <ul>
 *   <li>After a relative clause set off by commas: "Hichilema, whose party kept its majority,
 *       called/VBN on the opposition to ...": the main verb.</li>
 *   <li>Right after a relative "that", "which" or "who", before its object: "a cyberattack that
 *       paralysed/JJ freight bookings": the relative clause's verb.</li>
 *   <li>Right after "and", with a past tense before it and no form of have or be between
 *       them: "declared itself behind Ghana's sovereignty and called/VBN on Togo to ...".</li>
 *   <li>After an adverb set off by commas, when no verb comes before: "The US Treasury,
 *       meanwhile, imposed/VBN sanctions on ...": the main verb.</li>
 *   <li>The sentence's first verb, right after its subject's noun and before a name as object:
 *       "Norway's competition authority fined/VBN Telenor 1.1 billion crowns": a participle
 *       modifying a noun does not take a named object, so it is the main verb.</li>
 * </ul>
 * A word with an auxiliary or a subject of its own is a real participle and is left alone.
 */
final class PastTenseTagRepair {
    private static final Set<String> OBJECT_START = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "PRP");

    private PastTenseTagRepair() {}

    /** Re-parses the sentence if it needs it; returns whether it did. */
    static boolean repair(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (tokens == null || basic == null || basic.isEmpty()) return false;
        List<Integer> retag = new ArrayList<>();
        int main = participleAfterRelativeClause(tokens);
        if (main >= 0 && !hasSubjectOrAuxiliary(basic, main)) retag.add(main);
        retag.addAll(relativeClauseVerbs(tokens, basic));
        retag.addAll(coordinatedPastTenses(tokens, basic));
        int afterAdverb = participleAfterParentheticalAdverb(tokens);
        if (afterAdverb >= 0 && !hasSubjectOrAuxiliary(basic, afterAdverb)) retag.add(afterAdverb);
        int beforeName = firstVerbBeforeNamedObject(tokens);
        if (beforeName >= 0 && !hasSubjectOrAuxiliary(basic, beforeName) && !retag.contains(beforeName)) retag.add(beforeName);
        if (retag.isEmpty()) return false;
        Annotator parser = Reparse.parser();
        if (parser == null) return false;
        for (int k : retag) {
            tokens.get(k).setTag("VBD");
            // "that" before it is the relative pronoun, not a complementizer.
            if (k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("that")) tokens.get(k - 1).setTag("WDT");
        }
        Reparse.sentence(parser, sentence);
        return true;
    }

    /**
     * The index of a VBN that follows ", who|whose|which ... ," (the relative clause holding a
     * verb of its own), optionally after an adverb; -1 when the sentence has no such shape.
     */
    private static int participleAfterRelativeClause(List<CoreLabel> tokens) {
        for (int open = 1; open + 2 < tokens.size(); open++) {
            if (!tokens.get(open).word().equals(",") || !isRelativePronoun(tokens.get(open + 1).tag())) continue;
            boolean clauseHasVerb = false;
            for (int k = open + 2; k < tokens.size(); k++) {
                if (tokens.get(k).tag().startsWith("VB")) clauseHasVerb = true;
                if (!tokens.get(k).word().equals(",")) continue;
                if (!clauseHasVerb) break;
                int next = k + 1;
                if (next < tokens.size() && tokens.get(next).tag().equals("RB")) next++;
                return next < tokens.size() && tokens.get(next).tag().equals("VBN") ? next : -1;
            }
        }
        return -1;
    }

    /** "that paralysed/JJ freight bookings": an -ed word right after a relative pronoun, before an object. */
    private static List<Integer> relativeClauseVerbs(List<CoreLabel> tokens, SemanticGraph g) {
        List<Integer> out = new ArrayList<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            CoreLabel pronoun = tokens.get(k - 1), word = tokens.get(k);
            boolean relative = pronoun.word().equalsIgnoreCase("that") || pronoun.word().equalsIgnoreCase("which") || pronoun.word().equalsIgnoreCase("who");
            if (!relative || k < 2 || !tokens.get(k - 2).tag().startsWith("NN")) continue;
            if (!(word.tag().equals("JJ") || word.tag().equals("VBN")) || !word.word().endsWith("ed")) continue;
            if (!OBJECT_START.contains(tokens.get(k + 1).tag()) || hasSubjectOrAuxiliary(g, k)) continue;
            out.add(k);
        }
        return out;
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being");

    /**
     * "declared itself firmly behind Ghana's sovereignty and called/VBN on Togo to ...": a participle
     * right after "and", with a past tense before it and no form of have or be between them, is
     * that past tense's conjunct.
     */
    private static List<Integer> coordinatedPastTenses(List<CoreLabel> tokens, SemanticGraph g) {
        List<Integer> out = new ArrayList<>();
        boolean pastBefore = false;
        for (int k = 0; k < tokens.size(); k++) {
            CoreLabel word = tokens.get(k);
            // Only a have or be after the past tense matters ("X, of which Ghana is a member, declared").
            if (AUXILIARIES.contains(word.word().toLowerCase())) pastBefore = false;
            else if (word.tag().equals("VBD")) pastBefore = true;
            if (pastBefore && k > 0 && word.tag().equals("VBN") && tokens.get(k - 1).word().equalsIgnoreCase("and")
                    && !hasSubjectOrAuxiliary(g, k)) out.add(k);
        }
        return out;
    }

    /**
     * The index of a VBN in "Noun , adverb , VBN" with no verb before it ("The US Treasury,
     * meanwhile, imposed sanctions"); -1 when the sentence has no such shape.
     */
    private static int participleAfterParentheticalAdverb(List<CoreLabel> tokens) {
        for (int k = 4; k < tokens.size(); k++) {
            String tag = tokens.get(k - 4).tag();
            if (tag.startsWith("VB") || tag.equals("MD")) return -1;
            if (tokens.get(k).tag().equals("VBN") && tokens.get(k - 1).word().equals(",") && tokens.get(k - 2).tag().equals("RB")
                    && tokens.get(k - 3).word().equals(",") && tag.startsWith("NN")) return k;
        }
        return -1;
    }

    /**
     * The index of "Noun VBN Name" where the VBN is the sentence's first verb and the name is no
     * date ("the man arrested Tuesday" is a participle), -1 otherwise.
     */
    private static int firstVerbBeforeNamedObject(List<CoreLabel> tokens) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            CoreLabel word = tokens.get(k);
            if (word.tag().equals("MD") || word.tag().startsWith("VB") && !word.tag().equals("VBN")) return -1;
            if (!word.tag().equals("VBN")) continue;
            CoreLabel next = tokens.get(k + 1);
            boolean named = next.tag().startsWith("NNP") && !"DATE".equals(next.ner()) && !"TIME".equals(next.ner());
            return tokens.get(k - 1).tag().startsWith("NN") && named ? k : -1;
        }
        return -1;
    }

    private static boolean isRelativePronoun(String tag) {
        return tag.equals("WP") || tag.equals("WP$") || tag.equals("WDT");
    }

    /** Token index k (0-based): has the word a subject or an auxiliary in the first parse? */
    private static boolean hasSubjectOrAuxiliary(SemanticGraph g, int k) {
        IndexedWord verb = g.getNodeByIndexSafe(k + 1);
        return verb != null && GraphEdges.hasOutgoing(g, verb, r -> r.startsWith("nsubj") || r.startsWith("aux") || r.startsWith("csubj"));
    }
}
