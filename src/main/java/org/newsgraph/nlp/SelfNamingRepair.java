package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Mends "A group calling itself the Kashmir Front claimed the attack": CoreNLP reads the name as
 * the subject of the main verb and hangs that verb on the participle, so the claim lost its
 * claimant and became part of a description. A verb hanging on "calling/naming itself" (the
 * participle hangs on its noun as acl, or as dep) whose subject starts right after the reflexive
 * is the main verb: the name is what the participle calls its noun (xcomp), and that noun is the
 * verb's subject.
 */
final class SelfNamingRepair {
    private static final Set<String> NAMING = Set.of("call", "name", "style", "dub");
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");

    private SelfNamingRepair() {}

    /** Repairs the graph in place; returns how many clauses it mended. */
    static int repair(SemanticGraph g) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge acl : List.copyOf(g.edgeListSorted())) {
            IndexedWord noun = acl.getGovernor(), participle = acl.getDependent();
            String rel = acl.getRelation().toString();
            if (!(rel.startsWith("acl") || rel.equals("dep")) || !participle.tag().equals("VBG")
                    || !NAMING.contains(participle.lemma())) continue;
            SemanticGraphEdge reflexive = GraphEdges.outgoing(g, participle, r -> r.equals("obj"));
            if (reflexive == null || !REFLEXIVES.contains(reflexive.getDependent().word().toLowerCase())) continue;
            SemanticGraphEdge misread = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(participle)) {
                if (e.getDependent().tag().startsWith("VB") && e.getDependent().index() > reflexive.getDependent().index()) misread = e;
            }
            if (misread == null) continue;
            IndexedWord verb = misread.getDependent();
            SemanticGraphEdge subject = GraphEdges.outgoing(g, verb, r -> r.startsWith("nsubj"));
            if (subject == null || GraphEdges.firstIndexOf(g, subject.getDependent()) != reflexive.getDependent().index() + 1) continue;
            IndexedWord name = subject.getDependent();
            g.removeEdge(misread);
            g.removeEdge(subject);
            g.addEdge(participle, name, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            if (g.getRoots().contains(noun)) g.setRoot(verb);
            repaired++;
        }
        return repaired;
    }
}
