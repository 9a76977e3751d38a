package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Mends "did not rule out sending troops", "avoided signing the treaty", "stopped short of
 * condemning the launch": CoreNLP hangs a gerund
 * that complements a verb as an unlabelled {@code dep}, so the gerund has no subject and its act
 * no actor. A gerund right after the verb (or after its particle or adverb) with no subject of its
 * own is the verb's controlled complement: it becomes {@code xcomp}, and in the enhanced graph it
 * takes the verb's subject, as CoreNLP itself does for "considered signing". So does an -ing word
 * the tagger read as a noun compounded onto the verb's named object ("did not rule out meeting
 * Premier Li Qiang").
 */
final class GerundComplementRepair {
    private GerundComplementRepair() {}

    /** Repairs the graph in place; returns how many gerunds it relabelled. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("dep")) continue;
            IndexedWord verb = e.getGovernor(), gerund = e.getDependent();
            if (!verb.tag().startsWith("VB") || !"VBG".equals(gerund.tag()) || gerund.index() <= verb.index()) continue;
            if (GraphEdges.hasOutgoing(g, gerund, r -> r.startsWith("nsubj") || r.equals("mark"))) continue;
            if (!adjacent(g, verb, gerund)) continue;
            IndexedWord subject = activeSubject(g, verb);
            g.removeEdge(e);
            g.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
            if (enhanced && subject != null) {
                g.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
                        Double.NEGATIVE_INFINITY, false);
            }
            repaired++;
        }
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (repairNounGerund(g, e, enhanced)) repaired++;
        }
        return repaired;
    }

    /**
     * "did not rule out meeting Premier Li Qiang": the tagger calls "meeting" a noun and the parser a
     * compound of the name, which becomes the verb's object. An -ing word right after the verb,
     * compounded onto a proper-noun object, is the gerund complement and the name its object.
     */
    private static boolean repairNounGerund(SemanticGraph g, SemanticGraphEdge compound, boolean enhanced) {
        if (!compound.getRelation().toString().equals("compound")) return false;
        IndexedWord name = compound.getDependent().index() < compound.getGovernor().index() ? compound.getGovernor() : null;
        IndexedWord gerund = compound.getDependent();
        // "meeting President Ilham Aliyev": the gerund may hang on the title, itself a compound of the name.
        for (int hops = 0; name != null && hops < 4; hops++) {
            IndexedWord up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(name)) {
                if (in.getRelation().toString().equals("compound") && in.getGovernor().index() > name.index()) up = in.getGovernor();
            }
            if (up == null) break;
            name = up;
        }
        if (name == null || !name.tag().startsWith("NNP") || !gerund.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                || !(gerund.tag().equals("NN") || gerund.tag().equals("VBG"))) return false;
        SemanticGraphEdge object = null;
        for (SemanticGraphEdge in : g.incomingEdgeList(name)) if (in.getRelation().toString().equals("obj")) object = in;
        if (object == null || !object.getGovernor().tag().startsWith("VB") || !adjacent(g, object.getGovernor(), gerund)) return false;
        // The name's own words run from the gerund to it: only proper nouns stand between.
        for (int i = gerund.index() + 1; i < name.index(); i++) {
            IndexedWord between = g.getNodeByIndexSafe(i);
            if (between == null || !between.tag().startsWith("NNP")) return false;
        }
        IndexedWord verb = object.getGovernor();
        IndexedWord subject = activeSubject(g, verb);
        gerund.setTag("VBG");
        gerund.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(gerund.word(), "VBG"));
        g.removeEdge(compound);
        g.removeEdge(object);
        g.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
        g.addEdge(gerund, name, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
        if (enhanced && subject != null) {
            g.addEdge(gerund, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
        }
        return true;
    }

    /**
     * Only the verb's particle or adverbs ("rule out", "avoided entirely") stand between verb and
     * gerund, or the gerund's own adverb and preposition ("stopped short of condemning").
     */
    private static boolean adjacent(SemanticGraph g, IndexedWord verb, IndexedWord gerund) {
        for (int i = verb.index() + 1; i < gerund.index(); i++) {
            IndexedWord between = g.getNodeByIndexSafe(i);
            if (between == null) return false;
            String rel = g.reln(verb, between) == null ? "" : g.reln(verb, between).toString();
            String own = g.reln(gerund, between) == null ? "" : g.reln(gerund, between).toString();
            if (!rel.equals("compound:prt") && !rel.equals("advmod") && !own.equals("advmod") && !own.equals("case")) return false;
        }
        return true;
    }

    private static IndexedWord activeSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("nsubj")) return e.getDependent();
        }
        return null;
    }
}
