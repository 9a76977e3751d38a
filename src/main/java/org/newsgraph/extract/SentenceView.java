package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * One parsed sentence seen through 0-based token indices, so extraction rules read as plain
 * questions: "the children of token 7 by nsubj", "the parent of token 3".
 *
 * <p>Role relations come from the enhanced++ graph (it propagates subjects into conjuncts and
 * controlled clauses and names prepositions: {@code obl:with}); walking up uses the basic tree,
 * where every token has exactly one parent.
 */
public final class SentenceView {
    /** A dependency edge seen from one end: the relation name and the token at the other end. */
    public record Arc(String relation, int token) {}

    private final int index;
    private final int number;
    private final List<CoreLabel> tokens;
    private final SemanticGraph enhanced;
    private final SemanticGraph basic;
    private final String articleText;

    public SentenceView(int index, int number, CoreSentence sentence, String articleText) {
        this.articleText = articleText;
        this.index = index;
        this.number = number;
        this.tokens = sentence.tokens();
        SemanticGraph e = sentence.dependencyParse();
        SemanticGraph b = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        this.enhanced = e != null ? e : new SemanticGraph();
        this.basic = b != null ? b : this.enhanced;
    }

    /** CoreNLP's sentence index. */
    public int index() { return index; }

    /** Gold-format sentence number (0 = headline). */
    public int number() { return number; }

    public int size() { return tokens.size(); }

    public CoreLabel token(int i) { return tokens.get(i); }

    public String word(int i) { return tokens.get(i).word(); }

    public String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? word(i).toLowerCase() : l.toLowerCase();
    }

    public String tag(int i) { return tokens.get(i).tag() == null ? "" : tokens.get(i).tag(); }

    public String ner(int i) { return tokens.get(i).ner() == null ? "O" : tokens.get(i).ner(); }

    public int begin(int i) { return tokens.get(i).beginPosition(); }

    public int end(int i) { return tokens.get(i).endPosition(); }

    public boolean isVerb(int i) { return tag(i).startsWith("VB"); }

    public boolean isNoun(int i) { return tag(i).startsWith("NN"); }

    public boolean isProperNoun(int i) { return tag(i).startsWith("NNP"); }

    public boolean isPronoun(int i) { return tag(i).startsWith("PRP"); }

    /** Enhanced++ children whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Arc> children(int i, String relation) {
        List<Arc> out = new ArrayList<>();
        for (Arc a : children(i)) {
            if (a.relation().equals(relation) || a.relation().startsWith(relation + ":")) out.add(a);
        }
        return out;
    }

    public List<Arc> children(int i) {
        List<Arc> out = new ArrayList<>();
        IndexedWord node = enhanced.getNodeByIndexSafe(i + 1);
        if (node == null) return out;
        for (SemanticGraphEdge e : enhanced.outgoingEdgeIterable(node)) {
            out.add(new Arc(e.getRelation().toString(), e.getDependent().index() - 1));
        }
        out.sort((a, b) -> Integer.compare(a.token(), b.token()));
        return out;
    }

    /** Enhanced++ parents (a token can have several, e.g. a shared subject). */
    public List<Arc> parents(int i) {
        List<Arc> out = new ArrayList<>();
        IndexedWord node = enhanced.getNodeByIndexSafe(i + 1);
        if (node == null) return out;
        for (SemanticGraphEdge e : enhanced.incomingEdgeIterable(node)) {
            out.add(new Arc(e.getRelation().toString(), e.getGovernor().index() - 1));
        }
        return out;
    }

    /** The root of the basic tree, the sentence's main predicate: a word with no parent and some children; -1 if none. */
    public int root() {
        for (int i = 0; i < size(); i++) if (parent(i) == null && !children(i).isEmpty()) return i;
        return -1;
    }

    /** The parent in the basic tree, or null at the root. */
    public Arc parent(int i) {
        IndexedWord node = basic.getNodeByIndexSafe(i + 1);
        if (node == null) return null;
        for (SemanticGraphEdge e : basic.incomingEdgeIterable(node)) {
            return new Arc(e.getRelation().toString(), e.getGovernor().index() - 1);
        }
        return null;
    }

    /** The word whose object or oblique token i is in the basic tree ("sanction" for "commanders"), or -1. */
    public int governorOfObject(int i) {
        Arc up = parent(i);
        return up != null && up.token() >= 0 && (up.relation().equals("obj") || up.relation().startsWith("obl")) ? up.token() : -1;
    }

    /** Basic-tree children, for collecting subtrees. */
    public List<Arc> treeChildren(int i) {
        List<Arc> out = new ArrayList<>();
        IndexedWord node = basic.getNodeByIndexSafe(i + 1);
        if (node == null) return out;
        for (SemanticGraphEdge e : basic.outgoingEdgeIterable(node)) {
            out.add(new Arc(e.getRelation().toString(), e.getDependent().index() - 1));
        }
        return out;
    }

    /** True when {@code ancestor} dominates {@code i} in the basic tree (or is it). */
    public boolean dominates(int ancestor, int i) {
        for (int cur = i, steps = 0; steps < size(); steps++) {
            if (cur == ancestor) return true;
            Arc p = parent(cur);
            if (p == null || p.token() < 0) return false;
            cur = p.token();
        }
        return false;
    }

    /** All tokens of the basic subtree under {@code i}, in order. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        if (depth > size() || out.contains(i)) return;
        out.add(i);
        for (Arc a : treeChildren(i)) collect(a.token(), out, depth + 1);
    }

    /** Dependents that leave a noun phrase: clauses, appositions, punctuation, verbs (a coordination stays in it). */
    private static final java.util.Set<String> OUTSIDE_PHRASE = java.util.Set.of(
            "acl", "appos", "punct", "parataxis", "dep", "advcl", "ccomp", "xcomp");

    /**
     * The noun phrase headed by {@code head}, with its determiners, modifiers and prepositional
     * complements and its conjuncts ("twelve new long-haul Airbus jets", "tents, blankets and
     * medicine"), but not its clauses or appositions.
     */
    public Span nounPhrase(int head) {
        int from = head, to = head;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) continue;
            from = Math.min(from, t);
            to = Math.max(to, t);
            for (Arc a : treeChildren(t)) {
                // A verb below the noun starts a clause, however the parser labelled it.
                if (!OUTSIDE_PHRASE.contains(a.relation().split(":")[0]) && !isVerb(a.token())) todo.push(a.token());
            }
        }
        // "detained dozens of people": a quantity the parser left outside starts no phrase with "of".
        while (from < head && (tag(from).equals("IN") || tag(from).equals("TO"))) from++;
        return span(from, to);
    }

    /** The exact article text of tokens from..to (inclusive). */
    public String textOf(int from, int to) {
        return articleText.substring(begin(from), end(to));
    }

    public Span span(int from, int to) {
        return new Span(number, begin(from), end(to), textOf(from, to));
    }
}
