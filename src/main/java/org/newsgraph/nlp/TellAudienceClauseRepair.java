package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;

/**
 * Mends "Lin Jian told a daily briefing that Japan bears full responsibility": CoreNLP hangs the
 * that-clause on the audience noun ({@code ccomp(briefing, bears)}), so nothing reports it. Verbs
 * that tell someone something take the audience as object and the clause as their own complement,
 * so the clause is moved to the verb, keeping its relation.
 */
final class TellAudienceClauseRepair {
    /** Verbs whose object is the one told and whose that-clause is what they are told. */
    private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "remind", "brief", "warn", "notify");

    private TellAudienceClauseRepair() {}

    /** Repairs the graph in place; returns how many clauses it moved. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().getShortName().equals("ccomp")) continue;
            IndexedWord audience = e.getGovernor(), clause = e.getDependent();
            if (!audience.tag().startsWith("NN") || !hasThat(g, clause)) continue;
            SemanticGraphEdge told = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(audience)) {
                String r = in.getRelation().getShortName();
                if ((r.equals("obj") || r.equals("iobj")) && TELLING.contains(in.getGovernor().lemma())) told = in;
            }
            if (told == null) continue;
            g.removeEdge(e);
            g.addEdge(told.getGovernor(), clause, e.getRelation(), Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    private static boolean hasThat(SemanticGraph g, IndexedWord clause) {
        // The tagger may read "that" as a relative pronoun, and the parser hang it by "dep".
        return g.outgoingEdgeList(clause).stream().anyMatch(x -> (x.getRelation().getShortName().equals("mark")
                || x.getRelation().getShortName().equals("dep")) && x.getDependent().word().equalsIgnoreCase("that"));
    }
}
