package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Mends "The party said the plan would impose austerity and accused the prime minister of ...":
 * CoreNLP coordinates "accused" with "impose", inside what the party said, so the plan becomes
 * the accuser. Two verbs cannot share one modal when one of them is in the past tense ("would
 * impose and accused"), nor an infinitive's "to" ("told reporters Russia had nothing to do with
 * it and warned ..."), so a past-tense conjunct of such a bare verb belongs to the reporting verb
 * above it, at the top of the chain of reported clauses: it is rewritten as that verb's conjunct,
 * sharing its subject.
 * A gerund a verb governs shares no tense with a past form either ("denied starting the clashes
 * and accused government troops of ...", "accused Washington of hunting Russian citizens and demanded
 * consular access"): the accusation is the group's, not part of what it denied.
 * Nor can a simple past that reports a clause of its own share a perfect's "had" ("insisted that
 * the dam had burst after a landslide and denied that its engineers ...").
 * Nor can it share it when it judges someone for a deed ("said drones had struck its positions and
 * blamed Ankara for trying to derail the talks") or asks someone to act ("said police had fired rubber
 * bullets at the crowd and urged the authorities to investigate").
 * Nor can a past share a subject with a present in a reported clause ("told a briefing that the
 * ruling harms its interests and urged Panama to ...").
 * Passives and copulas are left alone ("would cut costs and was expected to ..." is ambiguous).
 */
final class MixedTenseCoordinationRepair {
    private MixedTenseCoordinationRepair() {}

    /** Repairs the graph in place; returns how many conjuncts it moved. */
    static int repair(SemanticGraph g, boolean enhanced) {
        if (g == null || g.isEmpty()) return 0;
        int repaired = 0;
        for (SemanticGraphEdge conj : List.copyOf(g.edgeListSorted())) {
            if (!conj.getRelation().getShortName().equals("conj")) continue;
            IndexedWord bare = conj.getGovernor(), past = conj.getDependent();
            // The tagger may call the stranded verb a participle ("accused"/VBN) for the modal's sake.
            // So can a gerund governed by another verb ("denied starting the clashes and accused ...").
            SemanticGraphEdge gerundEdge = !bare.tag().equals("VBG") ? null
                    : incoming(g, bare, "xcomp") != null ? incoming(g, bare, "xcomp") : prepositionalGerund(g, bare);
            boolean gerund = gerundEdge != null;
            // "insisted that the dam had burst after a landslide and denied that ...": a simple past that reports
            // a clause of its own does not share a perfect's "had".
            // Nor does a judgement of someone for a deed ("said Turkish drones had struck its positions and
            // blamed Ankara for trying to derail the talks"): the drones blame no one.
            boolean perfect = bare.tag().equals("VBN") && hasPerfectAux(g, bare) && past.tag().equals("VBD")
                    && (GraphEdges.hasOutgoing(g, past, r -> r.startsWith("ccomp")) || judgesForADeed(g, past) || urgesToAct(g, past));
            // "told a briefing that the ruling harms its interests and urged Panama to ...": one subject does
            // not take a present and a past at once.
            SemanticGraphEdge reported = incoming(g, bare, "ccomp");
            boolean present = bare.tag().matches("VB[ZP]") && past.tag().equals("VBD") && reported != null
                    && reported.getGovernor().tag().equals("VBD");
            if (!(bare.tag().equals("VB") && (hasModal(g, bare) || hasInfinitiveTo(g, bare)) || gerund || perfect || present)
                    || !past.tag().matches("VB[DN]") || GraphEdges.hasOutgoing(g, past, "aux"::equals)) continue;
            if (GraphEdges.hasOutgoing(g, past, r -> r.equals("aux:pass") || r.equals("cop")) || past.lemma().equals("be")
                    || hasOwnSubjectBefore(g, past, bare)) continue;
            SemanticGraphEdge report = gerund ? gerundEdge : incoming(g, bare, "ccomp");
            if (report == null) continue;
            // "told reporters that Russia had nothing to do with it and warned": up the chain of
            // reported clauses to the report itself.
            List<IndexedWord> chain = new java.util.ArrayList<>(List.of(report.getGovernor()));
            for (SemanticGraphEdge up = incoming(g, chain.get(chain.size() - 1), "ccomp");
                 up != null && up.getGovernor().index() < chain.get(chain.size() - 1).index() && chain.size() < 4;
                 up = incoming(g, chain.get(chain.size() - 1), "ccomp")) {
                chain.add(up.getGovernor());
            }
            IndexedWord reporting = chain.get(chain.size() - 1);
            // The tagger may call a past verb of a list a participle ("called the ruling ..., accused/VBN Washington of").
            boolean pastParticiple = reporting.tag().equals("VBN") && !GraphEdges.hasOutgoing(g, reporting, r -> r.startsWith("aux"));
            if (!(reporting.tag().matches("VB[DZP]") || pastParticiple && gerund) || reporting.index() > bare.index()) continue;

            g.removeEdge(conj);
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(past))) {
                // The enhanced graph copied the complement's relations onto the conjunct: undo them.
                String copied = e.getRelation().getShortName();
                if (chain.contains(e.getGovernor()) && (copied.equals("ccomp") || copied.equals("xcomp") || copied.equals("dep") || copied.equals("advcl"))) g.removeEdge(e);
            }
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(past))) {
                if (e.getRelation().getShortName().startsWith("nsubj") && e.getDependent().index() < bare.index()) g.removeEdge(e);
            }
            g.addEdge(reporting, past, conj.getRelation(), Double.NEGATIVE_INFINITY, false);
            if (enhanced) GraphEdges.shareSubjects(g, reporting, past);
            repaired++;
        }
        return repaired;
    }

    /**
     * The edge from the verb to a gerund it takes through "of" or "for" ("accused Washington of hunting
     * Russian citizens and demanded ...", "criticised Paris for delaying the vote and said ..."), or null.
     */
    private static SemanticGraphEdge prepositionalGerund(SemanticGraph g, IndexedWord gerund) {
        SemanticGraphEdge in = incoming(g, gerund, "advcl");
        if (in == null || !in.getGovernor().tag().startsWith("VB")) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(gerund)) {
            String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            if (e.getRelation().getShortName().equals("mark") && (word.equals("of") || word.equals("for"))) return in;
        }
        return null;
    }

    /**
     * "blamed Ankara for trying ...", "accused the army of shelling ...": the verb's object is followed
     * at once by "for" or "of" and a gerund, the frame of judging someone for a deed.
     */
    private static boolean judgesForADeed(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (!e.getRelation().getShortName().equals("obj")) continue;
            int end = e.getDependent().index();
            for (IndexedWord d : g.descendants(e.getDependent())) end = Math.max(end, d.index());
            IndexedWord preposition = g.getNodeByIndexSafe(end + 1), gerund = g.getNodeByIndexSafe(end + 2);
            if (preposition != null && gerund != null && preposition.word().toLowerCase(java.util.Locale.ROOT).matches("for|of")
                    && gerund.tag().equals("VBG")) return true;
        }
        return false;
    }

    /** Verbs that ask someone to act ("urged the authorities to investigate"): a speaker's act, seldom a reported doer's. */
    private static final java.util.Set<String> URGING = java.util.Set.of("urge", "call", "ask", "appeal", "press", "implore", "exhort");

    /** "urged the authorities to investigate": an asking verb with an object and an infinitive. */
    private static boolean urgesToAct(SemanticGraph g, IndexedWord verb) {
        return URGING.contains(verb.lemma()) && GraphEdges.hasOutgoing(g, verb, r -> r.equals("xcomp"))
                && (GraphEdges.hasOutgoing(g, verb, r -> r.equals("obj")) || verb.lemma().equals("call"));
    }


    /** "nothing to do with it": an infinitive, which no past tense can share a subject and tense with either. */
    private static boolean hasInfinitiveTo(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().getShortName().equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) return true;
        }
        return false;
    }

    private static boolean hasPerfectAux(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("aux") && e.getDependent().lemma().equals("have")) return true;
        }
        return false;
    }

    private static boolean hasModal(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().getShortName().equals("aux") && e.getDependent().tag().equals("MD")) return true;
        }
        return false;
    }

    /** A subject of its own between the two verbs makes the conjunct a clause, not a shared predicate. */
    private static boolean hasOwnSubjectBefore(SemanticGraph g, IndexedWord past, IndexedWord bare) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(past)) {
            if (e.getRelation().getShortName().startsWith("nsubj") && e.getDependent().index() > bare.index()) return true;
        }
        return false;
    }

    private static SemanticGraphEdge incoming(SemanticGraph g, IndexedWord w, String relation) {
        return GraphEdges.incomingEdge(g, w, relation);
    }
}
