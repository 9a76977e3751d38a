package org.newsgraph.eval;

import org.newsgraph.eval.MeantimeDocument.EntityMention;
import org.newsgraph.eval.MeantimeDocument.EventMention;
import org.newsgraph.eval.MeantimeDocument.Participant;
import org.newsgraph.eval.MeantimeDocument.Timex;
import org.newsgraph.eval.MeantimeDocument.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores one system's rows for one MEANTIME document, following the protocols of
 * {@code meantime-en/SOURCE.md}. Everything is compared in tokens: system character spans are
 * turned into the gold tokens they overlap. Only the annotated beginning of the article counts:
 * system output after the last annotated sentence is ignored, and so is anything in the dateline
 * time expression (it is the document date, given to the system, not found by it).
 */
public final class MeantimeScorer {
    /** Our entity classes (local names) onto MEANTIME's PER / ORG / LOC. Others are not scored. */
    private static final Map<String, String> TYPE_MAP = Map.ofEntries(
            Map.entry("Person", "PER"),
            Map.entry("Organization", "ORG"), Map.entry("Company", "ORG"),
            Map.entry("GovernmentBody", "ORG"), Map.entry("Group", "ORG"),
            Map.entry("Country", "LOC"), Map.entry("City", "LOC"), Map.entry("Region", "LOC"),
            Map.entry("Facility", "LOC"), Map.entry("Location", "LOC"), Map.entry("Place", "LOC"));

    /** MEANTIME type for one of our entity type names, or null when the type is not scored. */
    public static String meantimeType(String ourType) {
        return ourType == null ? null : TYPE_MAP.get(Names.localName(ourType));
    }

    private final Consumer<String> roleDetail;

    public MeantimeScorer() { this(line -> {}); }

    /**
     * @param roleDetail receives one tab-separated line per scored actor or target: document,
     *                   role, right or wrong, trigger, our entities, the gold arguments
     */
    public MeantimeScorer(Consumer<String> roleDetail) { this.roleDetail = roleDetail; }

    public MeantimeScore score(MeantimeDocument doc, GraphRows rows) {
        Scope scope = new Scope(doc);
        SystemGraph graph = new SystemGraph(rows);
        EntityFigures typed = scoreEntities(doc, scope, rows, true);
        EntityFigures untyped = scoreEntities(doc, scope, rows, false);
        TimexFigures times = scoreTimexes(doc, scope, rows);
        EventFigures events = scoreEvents(doc, scope, graph);
        return new MeantimeScore(1, typed.all, untyped.all, typed.byType, untyped.links,
                times.strict, times.relaxed, times.value, times.valueAccuracy,
                events.triggers, events.actors, events.targets, events.arg1s, events.tuples);
    }

    /** Which tokens a system span covers, restricted to the annotated part of the document. */
    private static final class Scope {
        final MeantimeDocument doc;
        final int annotatedEnd;
        final Set<Integer> creationTimeTokens = new HashSet<>();

        Scope(MeantimeDocument doc) {
            this.doc = doc;
            this.annotatedEnd = doc.annotatedEnd();
            for (Timex t : doc.timexes()) if (t.creationTime()) for (Token k : t.tokens()) creationTimeTokens.add(k.id());
        }

        /** Tokens overlapping [begin, end); empty when the span lies after the annotated part. */
        List<Token> tokens(int begin, int end) {
            List<Token> out = new ArrayList<>();
            if (begin >= annotatedEnd || end <= begin) return out;
            for (Token t : doc.tokens()) {
                if (t.begin() >= end) break;
                if (t.end() > begin) out.add(t);
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- entities

    private record SystemMention(MentionRow row, String type, List<Token> tokens) {}

    private record EntityFigures(Prf all, Map<String, Prf> byType, Fraction links) {}

    /**
     * SOURCE.md protocol: a system name matches a gold named mention when its tokens lie inside the
     * gold extent (and, if typed, the types agree); one-to-one. Unmatched system names inside an
     * already matched gold mention, or inside a gold mention outside the scored set (nominal,
     * pronoun, product ...), are ignored; the rest are false positives. All our mentions take
     * part, pronouns and common nouns included: MEANTIME annotates those as non-named mentions, so
     * the ignore rule absorbs them (and a few gold NAM mentions are lowercase, "federal").
     */
    private EntityFigures scoreEntities(MeantimeDocument doc, Scope scope, GraphRows rows, boolean typed) {
        List<EntityMention> gold = doc.entityMentions().stream().filter(EntityMention::isNamedPerOrgLoc).toList();
        List<EntityMention> unscored = doc.entityMentions().stream().filter(m -> !m.isNamedPerOrgLoc()).toList();
        List<SystemMention> system = new ArrayList<>();
        for (MentionRow row : rows.mentions()) {
            String type = meantimeType(row.type());
            List<Token> tokens = scope.tokens(row.begin(), row.end());
            if (type != null && !tokens.isEmpty()) system.add(new SystemMention(row, type, tokens));
        }

        List<List<Integer>> candidates = new ArrayList<>();
        for (EntityMention g : gold) {
            List<Integer> fitting = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                SystemMention m = system.get(s);
                if (inside(m.tokens(), g.tokens()) && (!typed || m.type().equals(g.instance().type()))) fitting.add(s);
            }
            // the system name closest in size to the gold extent first
            fitting.sort(Comparator.comparingInt(s -> g.tokens().size() - system.get(s).tokens().size()));
            candidates.add(fitting);
        }
        int[] match = BipartiteMatching.match(candidates, system.size());
        Set<Integer> matchedSystem = new HashSet<>();
        for (int s : match) if (s >= 0) matchedSystem.add(s);

        Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {matched, system, gold}
        for (String t : MeantimeScore.TYPES) counts.put(t, new int[3]);
        int correctLinks = 0, bothLinked = 0;
        for (int g = 0; g < gold.size(); g++) {
            int[] c = counts.get(gold.get(g).instance().type());
            c[2]++;
            if (match[g] < 0) continue;
            c[0]++;
            c[1]++;
            String goldLink = Names.dbpediaName(gold.get(g).instance().dbpedia());
            String systemLink = Names.dbpediaName(system.get(match[g]).row().dbpedia());
            if (goldLink != null && systemLink != null) {
                bothLinked++;
                if (goldLink.equals(systemLink)) correctLinks++;
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (matchedSystem.contains(s)) continue;
            SystemMention m = system.get(s);
            boolean ignored = false;
            for (int g = 0; g < gold.size() && !ignored; g++) {
                ignored = match[g] >= 0 && inside(m.tokens(), gold.get(g).tokens())
                        && (!typed || m.type().equals(gold.get(g).instance().type()));
            }
            for (EntityMention u : unscored) if (!ignored) ignored = inside(m.tokens(), u.tokens());
            if (!ignored) counts.get(m.type())[1]++;
        }
        Map<String, Prf> byType = new LinkedHashMap<>();
        Prf all = Prf.NONE;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Prf prf = new Prf(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            byType.put(e.getKey(), prf);
            all = all.plus(prf);
        }
        return new EntityFigures(all, byType, new Fraction(correctLinks, bothLinked));
    }

    /** Every token of {@code inner} lies within the first..last token of {@code outer}. */
    private static boolean inside(List<Token> inner, List<Token> outer) {
        int first = outer.get(0).id(), last = outer.get(outer.size() - 1).id();
        for (Token t : inner) if (t.id() < first || t.id() > last) return false;
        return true;
    }

    private static boolean shareToken(List<Token> a, List<Token> b) {
        for (Token x : a) for (Token y : b) if (x.id() == y.id()) return true;
        return false;
    }

    // ---------------------------------------------------------------- times

    private record TimexFigures(Prf strict, Prf relaxed, Prf value, Fraction valueAccuracy) {}

    /** TempEval-3 Task A: strict and relaxed extent, and value over relaxed matches. */
    private TimexFigures scoreTimexes(MeantimeDocument doc, Scope scope, GraphRows rows) {
        List<Timex> gold = doc.timexes().stream()
                .filter(t -> !t.creationTime() && t.tokens().get(0).sentence() <= doc.lastAnnotatedSentence()).toList();
        List<TimexRow> system = new ArrayList<>();
        List<List<Token>> systemTokens = new ArrayList<>();
        for (TimexRow row : rows.timexes()) {
            List<Token> tokens = scope.tokens(row.begin(), row.end());
            if (tokens.isEmpty() || tokens.stream().anyMatch(t -> scope.creationTimeTokens.contains(t.id()))) continue;
            system.add(row);
            systemTokens.add(tokens);
        }
        List<List<Integer>> relaxed = new ArrayList<>(), strict = new ArrayList<>();
        for (Timex g : gold) {
            List<Integer> overlap = new ArrayList<>(), same = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                List<Token> st = systemTokens.get(s);
                if (!shareToken(st, g.tokens())) continue;
                overlap.add(s);
                if (st.get(0).id() == g.tokens().get(0).id()
                        && st.get(st.size() - 1).id() == g.tokens().get(g.tokens().size() - 1).id()) same.add(s);
            }
            // among overlapping expressions, the one with the gold value first
            overlap.sort(Comparator.comparing(s -> !sameValue(system.get(s), g)));
            relaxed.add(overlap);
            strict.add(same);
        }
        int[] relaxedMatch = BipartiteMatching.match(relaxed, system.size());
        int[] strictMatch = BipartiteMatching.match(strict, system.size());
        int valueRight = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (relaxedMatch[g] >= 0 && sameValue(system.get(relaxedMatch[g]), gold.get(g))) valueRight++;
        }
        int relaxedCount = BipartiteMatching.size(relaxedMatch);
        return new TimexFigures(new Prf(BipartiteMatching.size(strictMatch), system.size(), gold.size()),
                new Prf(relaxedCount, system.size(), gold.size()),
                new Prf(valueRight, system.size(), gold.size()),
                new Fraction(valueRight, relaxedCount));
    }

    private static boolean sameValue(TimexRow row, Timex gold) {
        return row.value() != null && row.value().trim().equals(gold.value());
    }

    // ---------------------------------------------------------------- events

    private record EventFigures(Prf triggers, Fraction actors, Fraction targets, Fraction arg1s, Prf tuples) {}

    private record SystemTuple(ExtractedEvent event, List<Token> trigger, String role, String argument) {}

    /**
     * Event detection (our trigger shares a token with a gold EVENT_MENTION), actor/target
     * accuracy against Arg0/Arg1 of the gold event mentions our trigger overlaps, and the
     * (trigger, role, argument) tuples of SOURCE.md.
     */
    private EventFigures scoreEvents(MeantimeDocument doc, Scope scope, SystemGraph graph) {
        List<ExtractedEvent> events = new ArrayList<>();
        List<List<Token>> triggers = new ArrayList<>();
        for (ExtractedEvent e : graph.events()) {
            if (!e.hasTrigger()) continue;
            List<Token> tokens = scope.tokens(e.triggerBegin(), e.triggerEnd());
            if (tokens.isEmpty()) continue;
            events.add(e);
            triggers.add(tokens);
        }

        List<EventMention> goldEvents = doc.eventMentions();
        List<List<Integer>> candidates = new ArrayList<>();
        for (EventMention g : goldEvents) {
            List<Integer> fitting = new ArrayList<>();
            for (int s = 0; s < events.size(); s++) if (shareToken(triggers.get(s), g.tokens())) fitting.add(s);
            candidates.add(fitting);
        }
        Prf triggerFigures = new Prf(BipartiteMatching.size(BipartiteMatching.match(candidates, events.size())),
                events.size(), goldEvents.size());

        int actorsRight = 0, actorsScored = 0, targetsRight = 0, targetsScored = 0, arg1sRight = 0, arg1sScored = 0;
        List<SystemTuple> tuples = new ArrayList<>();
        for (int s = 0; s < events.size(); s++) {
            ExtractedEvent e = events.get(s);
            List<Token> trigger = triggers.get(s);
            List<EntityMention> arg0 = goldArguments(doc, trigger, "Arg0"), arg1 = goldArguments(doc, trigger, "Arg1");
            if (!e.actors().isEmpty() && !arg0.isEmpty()) {
                actorsScored++;
                boolean right = anyParticipantMatches(e.actors(), arg0, doc, graph);
                if (right) actorsRight++;
                reportRole(doc, graph, trigger, "Arg0", right, e.actors(), arg0);
            }
            boolean targetRight = !arg1.isEmpty() && anyParticipantMatches(e.targets(), arg1, doc, graph);
            if (!e.targets().isEmpty() && !arg1.isEmpty()) {
                targetsScored++;
                if (targetRight) targetsRight++;
                reportRole(doc, graph, trigger, "Arg1", targetRight, e.targets(), arg1);
            }
            List<Token> theme = e.hasTheme() ? scope.tokens(e.themeBegin(), e.themeEnd()) : List.of();
            if ((!e.targets().isEmpty() || !theme.isEmpty()) && !arg1.isEmpty()) {
                arg1sScored++;
                boolean right = targetRight || headInside(theme, arg1);
                if (right) arg1sRight++;
                if (!targetRight) reportTheme(doc, trigger, right, theme, arg1);
            }
            for (String actor : e.actors()) tuples.add(new SystemTuple(e, trigger, "Arg0", actor));
            for (String target : e.targets()) tuples.add(new SystemTuple(e, trigger, "Arg1", target));
        }

        // A graph holds entities, not mentions: two gold participants of one event in one role that
        // refer to the same entity instance ("Jobs" and "he") are one fact.
        Map<String, Participant> distinct = new LinkedHashMap<>();
        for (Participant p : doc.participants()) {
            if (!p.role().equals("Arg0") && !p.role().equals("Arg1")) continue;
            String referent = p.argument().instance() != null ? "i" + p.argument().instance().id() : "m" + p.argument().id();
            distinct.putIfAbsent(p.event().id() + "|" + p.role() + "|" + referent, p);
        }
        List<Participant> goldTuples = List.copyOf(distinct.values());
        List<List<Integer>> tupleCandidates = new ArrayList<>();
        for (Participant g : goldTuples) {
            List<Integer> fitting = new ArrayList<>();
            for (int s = 0; s < tuples.size(); s++) {
                SystemTuple t = tuples.get(s);
                if (t.role().equals(g.role()) && shareToken(t.trigger(), g.event().tokens())
                        && anyParticipantMatches(Set.of(t.argument()), List.of(g.argument()), doc, graph)) fitting.add(s);
            }
            tupleCandidates.add(fitting);
        }
        Prf tupleFigures = new Prf(BipartiteMatching.size(BipartiteMatching.match(tupleCandidates, tuples.size())),
                tuples.size(), goldTuples.size());
        return new EventFigures(triggerFigures, new Fraction(actorsRight, actorsScored),
                new Fraction(targetsRight, targetsScored), new Fraction(arg1sRight, arg1sScored), tupleFigures);
    }

    private void reportRole(MeantimeDocument doc, SystemGraph graph, List<Token> trigger, String role, boolean right,
                            Set<String> ours, List<EntityMention> gold) {
        List<String> ourNames = new ArrayList<>();
        for (String entity : ours) ourNames.add(String.join("|", new java.util.TreeSet<>(graph.labelKeys(entity))));
        roleDetail.accept(String.join("\t", doc.name(), role, right ? "right" : "wrong", doc.text(trigger),
                String.join("; ", ourNames), goldTexts(doc, gold)));
    }

    private void reportTheme(MeantimeDocument doc, List<Token> trigger, boolean right, List<Token> theme,
                             List<EntityMention> gold) {
        roleDetail.accept(String.join("\t", doc.name(), "theme", right ? "right" : "wrong", doc.text(trigger),
                theme.isEmpty() ? "" : doc.text(theme), goldTexts(doc, gold)));
    }

    /** The gold arguments' texts, "; "-separated. */
    private static String goldTexts(MeantimeDocument doc, List<EntityMention> gold) {
        List<String> texts = new ArrayList<>();
        for (EntityMention g : gold) texts.add(doc.text(g.tokens()));
        return String.join("; ", texts);
    }

    /** Words that open a prepositional complement, which ends a noun phrase's head part. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "for", "from", "with", "on", "at", "by", "into");

    /**
     * SOURCE.md's rule for a system argument: its head lies inside the gold participant's extent.
     * An English noun phrase's head is its last token before any prepositional complement:
     * "twelve new Airbus jets", "billions of dollars of bad loans", "a stake in Chrysler".
     */
    private static boolean headInside(List<Token> phrase, List<EntityMention> gold) {
        if (phrase.isEmpty()) return false;
        Token head = phrase.get(phrase.size() - 1);
        for (int k = 1; k < phrase.size(); k++) {
            if (PREPOSITIONS.contains(phrase.get(k).text().toLowerCase(java.util.Locale.ROOT))) { head = phrase.get(k - 1); break; }
        }
        for (EntityMention g : gold) {
            for (Token t : g.tokens()) if (t.id() == head.id()) return true;
        }
        return false;
    }

    /** Participants in {@code role} of every gold event mention sharing a token with the trigger. */
    private static List<EntityMention> goldArguments(MeantimeDocument doc, List<Token> trigger, String role) {
        List<EntityMention> out = new ArrayList<>();
        for (Participant p : doc.participants()) {
            if (p.role().equals(role) && shareToken(trigger, p.event().tokens())) out.add(p.argument());
        }
        return out;
    }

    /**
     * Our graph names entities, not mentions: an argument annotated on a pronoun ("it sells") is
     * matched through every mention of the entity instance it refers to ("Apple").
     */
    private static boolean anyParticipantMatches(Set<String> entities, List<EntityMention> gold, MeantimeDocument doc,
                                                 SystemGraph graph) {
        for (String entity : entities) {
            for (EntityMention g : gold) {
                for (EntityMention m : coreferent(g, doc)) if (participantMatches(entity, m, doc, graph)) return true;
            }
        }
        return false;
    }

    private static List<EntityMention> coreferent(EntityMention g, MeantimeDocument doc) {
        if (g.instance() == null) return List.of(g);
        List<EntityMention> out = new ArrayList<>(List.of(g));
        for (EntityMention m : doc.entityMentions()) {
            if (m != g && g.instance().equals(m.instance())) out.add(m);
        }
        return out;
    }

    /**
     * Our argument is the gold participant when one of its mentions overlaps the participant's
     * extent, or, failing spans, one of its labels occurs as whole words in the participant text
     * ("Steve Jobs" in "Apple Computer CEO and co-founder Steve Jobs").
     */
    private static boolean participantMatches(String entity, EntityMention gold, MeantimeDocument doc, SystemGraph graph) {
        int[] span = MeantimeDocument.span(gold.tokens());
        for (MentionRow m : graph.mentionsOf(entity)) {
            if (m.begin() < span[1] && m.end() > span[0]) return true;
        }
        String text = " " + Names.key(doc.text(gold.tokens())) + " ";
        for (String label : graph.labelKeys(entity)) {
            if (!label.isEmpty() && text.contains(" " + label + " ")) return true;
        }
        return false;
    }

    /** Sum of the scores of several documents (micro). */
    public static MeantimeScore total(List<MeantimeScore> scores) {
        return scores.stream().filter(Objects::nonNull).reduce(MeantimeScore.empty(), MeantimeScore::plus);
    }
}
