package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "the commission" for the Electoral Commission of Zambia, "the agency" for the International
 * Atomic Energy Agency: a definite common noun that is the head word of exactly one organisation's
 * name in the article refers to that organisation (the strict head match of deterministic
 * coreference); when several share the head, to the one named last before it. It holds before
 * the name too, as news often writes "the electoral commission" first and names it later. Heads
 * that many organisations are named without ("the party", "the company": name-words.tsv,
 * loose-head) are left to coreference unless a word of the name comes with them ("the Danish
 * association" for the Danish Air Line Pilots Association).
 */
final class HeadNounReferences {
    private HeadNounReferences() {}

    static void resolve(List<SentenceView> sentences, ResolvedEntities out, Lexicon lexicon) {
        Map<String, Set<String>> byHead = organisationsByHead(out);
        if (byHead.isEmpty()) return;
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.tag(i).equals("NN") || out.entityAt(s.index(), i) != null) continue;
                Set<String> keys = byHead.get(s.lemma(i).toLowerCase(Locale.ROOT));
                if (keys == null || !RoleFinder.isDefinite(s, i)) continue;
                // A loose head needs a word of the name with it: "the Danish association", not "the association".
                if (lexicon.isNameWord("loose-head", s.lemma(i)) && !hasModifier(s, i)) continue;
                // "the Danish association" with a Danish and a Swedish one named: the one its words fit.
                int noun = i;
                Set<String> fitting = new HashSet<>(keys);
                fitting.removeIf(k -> !modifiersAreInName(s, noun, out.drafts.get(k)));
                String key = closestBefore(fitting, s.begin(i), out);
                if (key == null) continue;
                EntityResolver.addMention(out, out.drafts.get(key), s, i, i, true);
            }
        }
    }

    /**
     * Of the organisations sharing the head, the one named last before the noun (the closest
     * antecedent); with none named before, the only one there is.
     */
    private static String closestBefore(Set<String> keys, int offset, ResolvedEntities out) {
        String best = null;
        int bestOffset = -1;
        for (Mention m : out.mentions()) {
            if (!keys.contains(m.entityKey()) || m.span().begin() >= offset || m.span().begin() <= bestOffset) continue;
            best = m.entityKey();
            bestOffset = m.span().begin();
        }
        if (best != null) return best;
        return keys.size() == 1 ? keys.iterator().next() : null;
    }

    /** Head word (lower case) → the organisations whose name has it as head. */
    private static Map<String, Set<String>> organisationsByHead(ResolvedEntities out) {
        Map<String, Set<String>> byHead = new HashMap<>();
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type == null || !d.type.isCollective()) continue;
            Set<String> forms = new HashSet<>(d.surfaceForms);
            if (d.label != null) forms.add(d.label);
            for (String form : forms) {
                String head = headWord(form);
                if (head != null) byHead.computeIfAbsent(head, h -> new HashSet<>()).add(d.key);
            }
        }
        return byHead;
    }

    /**
     * The head of a name of several words: its last word before any lower-case word ("Electoral
     * Commission of Zambia" → commission, "United Party for National Development" → party); null
     * for one word or an acronym head, which no common noun repeats.
     */
    static String headWord(String name) {
        String[] words = name.trim().split("\\s+");
        int end = 0;
        while (end < words.length && !words[end].isEmpty() && Character.isUpperCase(words[end].charAt(0))) end++;
        if (end < 2) return null;
        String head = words[end - 1];
        if (head.equals(head.toUpperCase(Locale.ROOT)) || !head.chars().allMatch(Character::isLetter)) return null;
        return head.toLowerCase(Locale.ROOT);
    }

    private static boolean hasModifier(SentenceView s, int noun) {
        for (SentenceView.Arc c : s.children(noun)) if (c.relation().equals("amod") || c.relation().equals("compound")) return true;
        return false;
    }

    /** "the electoral commission" may say a word of the name; "the new commission" or "the EU commission" says more. */
    private static boolean modifiersAreInName(SentenceView s, int noun, ResolvedEntities.Draft d) {
        Set<String> nameWords = new HashSet<>();
        for (String form : d.surfaceForms) for (String w : form.split("\\s+")) nameWords.add(w.toLowerCase(Locale.ROOT));
        if (d.label != null) for (String w : d.label.split("\\s+")) nameWords.add(w.toLowerCase(Locale.ROOT));
        for (SentenceView.Arc c : s.children(noun)) {
            String rel = c.relation();
            if (!(rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod"))) continue;
            // "accused the commission of allowing ...": a clause hung on the noun says no more of it.
            if (rel.startsWith("nmod") && s.isVerb(c.token())) continue;
            if (!rel.equals("amod") && !rel.equals("compound")) return false;
            if (!nameWords.contains(s.word(c.token()).toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
