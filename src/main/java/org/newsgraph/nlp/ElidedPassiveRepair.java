package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "three boats were boarded by a navy patrol and 14 crew members detained", "23 protesters
 * had been arrested by police and six officers injured": a second passive clause whose auxiliary
 * is left out. CoreNLP coordinates its subject with the first clause's agent ("a patrol and 14
 * crew members", both doing the boarding) and hangs its participle on the agent as a modifier, so
 * the crew became the boarders and the patrol the detained. The noun joined by "and" right before
 * the participle is the participle's passive subject, and the participle is the first passive
 * verb's conjunct. The by-phrase stays the first verb's: grammar does not share it (the officers
 * were not injured by the police).
 */
final class ElidedPassiveRepair {
    private ElidedPassiveRepair() {}

    /** Repairs the graph in place; returns how many clauses it rebuilt. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge modifier : List.copyOf(g.edgeListSorted())) {
            String relation = modifier.getRelation().toString();
            if (!relation.equals("acl") && !relation.equals("amod")) continue;
            IndexedWord agent = modifier.getGovernor(), participle = modifier.getDependent();
            if (!participle.tag().equals("VBN") || participle.index() < agent.index()) continue;
            SemanticGraphEdge byPhrase = agentOfPassive(g, agent);
            SemanticGraphEdge joined = byPhrase == null ? null : conjunctRightBefore(g, agent, participle);
            if (joined == null) continue;
            IndexedWord verb = byPhrase.getGovernor(), subject = joined.getDependent();
            SemanticGraphEdge cc = GraphEdges.outgoing(g, subject, "cc"::equals);
            if (cc == null || !cc.getDependent().word().equalsIgnoreCase("and")) continue;

            g.removeEdge(modifier);
            g.removeEdge(joined);
            g.removeEdge(cc);
            // The enhanced graph also gave the conjunct the first verb's by-phrase.
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(subject))) g.removeEdge(e);
            g.addEdge(participle, subject, UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(participle, cc.getDependent(), cc.getRelation(), Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, participle, GraphEdges.andConjunct(enhanced), Double.NEGATIVE_INFINITY, false);
            repaired++;
        }
        return repaired;
    }

    /** The by-phrase edge that makes {@code noun} the agent of a passive verb, or null. */
    private static SemanticGraphEdge agentOfPassive(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
            String r = in.getRelation().toString();
            boolean byAgent = r.equals("obl:agent") || r.equals("obl") && GraphEdges.hasOutgoing(g, noun, "case"::equals)
                    && GraphEdges.outgoing(g, noun, "case"::equals).getDependent().word().equalsIgnoreCase("by");
            if (byAgent && GraphEdges.hasOutgoing(g, in.getGovernor(), "aux:pass"::equals)) return in;
        }
        return null;
    }

    /** The conjunct of {@code agent} whose phrase ends right before the participle, or null. */
    private static SemanticGraphEdge conjunctRightBefore(SemanticGraph g, IndexedWord agent, IndexedWord participle) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(agent)) {
            if (!e.getRelation().getShortName().equals("conj")) continue;
            IndexedWord noun = e.getDependent();
            if (noun.tag().startsWith("NN") && GraphEdges.lastIndexOf(g, noun) == participle.index() - 1) return e;
        }
        return null;
    }
}
