package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "France condemned what it called Russia's systematic interference": CoreNLP reads the
 * free relative as a clause ("what it called X") that is the complement of "condemned", so the
 * verb has no object and the thing condemned hides as the object of "called". What is condemned is
 * the named phrase itself, seen through the speaker's words: it becomes the verb's object, and the
 * naming clause a relative clause on it ("Russia's interference, what it called ..."). The same
 * holds for "what he described as reckless behaviour".
 */
final class FreeRelativeNamingRepair {
    /** Verbs that name a thing with a predicate phrase ("called it X", "described it as X"). */
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "label", "dub", "brand",
            "characterise", "characterize");

    private FreeRelativeNamingRepair() {}

    /** Repairs the graph in place; returns how many phrases it re-attached. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge ccomp : List.copyOf(g.edgeListSorted())) {
            if (!ccomp.getRelation().toString().equals("ccomp")) continue;
            IndexedWord verb = ccomp.getGovernor(), naming = ccomp.getDependent();
            if (!verb.tag().startsWith("VB") || !NAMING_VERBS.contains(naming.lemma()) || naming.index() < verb.index()) continue;
            if (GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj"))) continue;
            SemanticGraphEdge what = null, named = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(naming)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (rel.equals("obj") && d.index() < naming.index() && d.word().equalsIgnoreCase("what")) what = e;
                else if ((rel.equals("obj") || rel.equals("obl:as") || rel.equals("obl")) && d.index() > naming.index()
                        && d.tag().startsWith("NN") && named == null) named = e;
            }
            if (what == null || named == null) continue;
            IndexedWord phrase = named.getDependent();
            g.removeEdge(ccomp);
            g.removeEdge(named);
            g.addEdge(verb, phrase, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(phrase, naming, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }
}
