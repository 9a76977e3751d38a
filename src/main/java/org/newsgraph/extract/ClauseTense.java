package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the clause a time expression hangs on lies before or after the publication date, read
 * from the verb it attaches to. News mostly reports the past, so the answer is often NONE (present
 * tense, headlines) and then nobody should move a date.
 */
final class ClauseTense {
    enum Tense { PAST, FUTURE, NONE }

    private ClauseTense() {}

    /** The tense of the nearest verb above {@code token}, looking through infinitive and participle chains. */
    static Tense of(SentenceView s, int token) {
        int cur = token;
        for (int step = 0; step < 8; step++) {
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0) return Tense.NONE;
            cur = up.token();
            if (!s.isVerb(cur)) continue;
            List<String> aux = words(s, cur, "aux");
            List<String> marks = words(s, cur, "mark");
            boolean hasAux = !aux.isEmpty() || !words(s, cur, "aux:pass").isEmpty();
            // "will meet on Friday", "set to begin on Wednesday": the act is still to come
            if (aux.stream().anyMatch(w -> TimeCues.is("future-aux", w))) return Tense.FUTURE;
            if (aux.contains("to") || marks.contains("to")) {
                // ... unless a past verb governs the infinitive: "continued to fall on Monday"
                SentenceView.Arc governor = s.parent(cur);
                boolean pastGovernor = governor != null && governor.token() >= 0 && governor.relation().equals("xcomp")
                        && pastForm(s, governor.token());
                return pastGovernor ? Tense.PAST : Tense.FUTURE;
            }
            // "was granted asylum on Friday": a past passive auxiliary dates its participle too.
            if (s.tag(cur).equals("VBD") || aux.stream().anyMatch(w -> TimeCues.is("past-aux", w))
                    || words(s, cur, "aux:pass").stream().anyMatch(w -> TimeCues.is("past-aux", w))) return Tense.PAST;
            SentenceView.Arc above = s.parent(cur);
            String relation = above == null ? "" : above.relation();
            if (s.tag(cur).equals("VBN")) {
                // "has announced", or a reduced relative: "plans announced in January"
                if (aux.stream().anyMatch(w -> TimeCues.is("perfect-aux", w))) return Tense.PAST;
                if (!hasAux && relation.startsWith("acl")) return Tense.PAST;
                // no auxiliary but a subject of its own: a past tense the tagger read as a participle
                if (!hasAux && !s.children(cur, "nsubj").isEmpty() && s.children(cur, "nsubj:pass").isEmpty()) return Tense.PAST;
            }
            // "to remain closed until Friday": the participle takes the tense of the verb it completes;
            // "blasted the vessel on Sunday before striking it": a gerund adjunct that of its verb.
            if (!hasAux && (relation.equals("xcomp") || relation.startsWith("conj")
                    || s.tag(cur).equals("VBG") && relation.startsWith("advcl"))) continue;
            return Tense.NONE;
        }
        return Tense.NONE;
    }

    private static boolean pastForm(SentenceView s, int verb) {
        return s.tag(verb).equals("VBD") || words(s, verb, "aux").stream().anyMatch(w -> TimeCues.is("past-aux", w));
    }

    private static List<String> words(SentenceView s, int verb, String relation) {
        List<String> out = new ArrayList<>();
        for (SentenceView.Arc a : s.treeChildren(verb)) {
            if (a.relation().equals(relation)) out.add(s.word(a.token()).toLowerCase());
        }
        return out;
    }
}
