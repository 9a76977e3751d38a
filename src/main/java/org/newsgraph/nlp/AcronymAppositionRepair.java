package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;

/**
 * Mends "The UN peacekeeping mission in Congo, MONUSCO, said": CoreNLP hangs the acronym in
 * apposition on the nearest name (Congo), so the mission would be nameless and Congo would be
 * called MONUSCO. A name is seldom another name's apposition; an acronym after a phrase on a
 * common noun names that noun. Place acronyms ("Washington, DC") keep their place.
 */
final class AcronymAppositionRepair {
    /** NER types of acronyms that do name the place before them ("Washington, DC"). */
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private AcronymAppositionRepair() {}

    /** Repairs the graph in place; returns how many appositions it moved. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge appos : List.copyOf(g.edgeListSorted())) {
            if (!appos.getRelation().toString().equals("appos")) continue;
            IndexedWord name = appos.getGovernor(), acronym = appos.getDependent();
            if (!name.tag().startsWith("NNP") || !isAcronym(acronym) || PLACE_TYPES.contains(acronym.ner())) continue;
            SemanticGraphEdge phrase = null;
            for (SemanticGraphEdge in : g.incomingEdgeIterable(name)) if (in.getRelation().toString().startsWith("nmod")) phrase = in;
            if (phrase == null) continue;
            IndexedWord noun = phrase.getGovernor();
            if (!noun.tag().startsWith("NN") || noun.tag().startsWith("NNP") || noun.index() > name.index()) continue;
            g.removeEdge(appos);
            g.addEdge(noun, acronym, appos.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    private static boolean isAcronym(IndexedWord w) {
        String word = w.word();
        return word.length() >= 3 && word.chars().allMatch(Character::isUpperCase);
    }
}
