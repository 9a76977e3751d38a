package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collective actors that are not the state: "thousands of protesters marched", "the opposition
 * said", "opposition leaders would call a strike", "militants attacked a post". Each becomes one
 * Group node per group and country ("protesters in Kenya", group-nouns.tsv), like CAMEO's sector
 * actors (KENOPP, PAKREB), so that events whose actor is a crowd or a movement are not lost.
 *
 * <p>The country is the one the noun's own words give ("Kenyan protesters", "protesters in
 * Nairobi"), else the country the article is about; without either there is no node, since
 * "protesters" alone would merge every crowd in the store.
 */
final class CollectiveActors {
    private final Lexicon lexicon;
    /** The group nodes made here of nouns ("rebels in Sudan"), as against groups the article names. */
    private final Set<String> made = new HashSet<>();

    CollectiveActors(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void resolve(List<SentenceView> sentences, ResolvedEntities out) {
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.isNoun(i) || s.isProperNoun(i) || out.entityAt(s.index(), i) != null) continue;
                String party = crowdOfNamedBody(s, i, out);
                if (party != null) {
                    // "several hundred supporters of the National Dignity party rallied": the party's crowd is the party.
                    EntityResolver.addMention(out, out.drafts.get(party), s, i, i, true);
                    continue;
                }
                String group = groupOfHead(s, i, out);
                if (group != null) {
                    addGroupMention(s, i, group, out);
                    continue;
                }
                for (SentenceView.Arc c : s.children(i)) {
                    String rel = c.relation();
                    if (!(rel.equals("compound") || rel.equals("amod"))) continue;
                    group = lexicon.groupNamedBy(s.lemma(c.token()), "modifier");
                    if (group == null || out.entityAt(s.index(), c.token()) != null) continue;
                    // "opposition leaders": the leaders are the group; "opposition protests": the
                    // modifier is, and the protest noun stays an event.
                    boolean headIsActor = lexicon.triggers(s.lemma(i), 'N').isEmpty();
                    addGroupMention(s, headIsActor ? i : c.token(), group, out);
                    break;
                }
            }
        }
    }

    private String groupOfHead(SentenceView s, int i, ResolvedEntities out) {
        boolean plural = s.tag(i).equals("NNS");
        String group = plural ? lexicon.groupNamedBy(s.lemma(i), "head") : null;
        // "the FIM-CISL and UILM unions", "M23 rebels": the names say who; only unnamed ones make a group node.
        if (plural && group != null && namesOrganisations(s, i, out) && !lexicon.isArmedGroup(group)) return null;
        if (group == null && !plural && isHeadOfPhrase(s, i)) group = lexicon.groupNamedBy(s.lemma(i), "head-singular");
        // "opposition supporters rallied": a modifier that names a group says whose crowd it is.
        if (group == null && !namedByModifier(s, i)) group = crowdActing(s, i);
        return group;
    }

    /**
     * The organisation a crowd or group word's "of" or "from" phrase names ("supporters of the X
     * party", "gunmen from the Viv Ansanm gang coalition"), or null.
     */
    private String crowdOfNamedBody(SentenceView s, int i, ResolvedEntities out) {
        if (!s.tag(i).equals("NNS") || out.entityAt(s.index(), i) != null) return null;
        if (lexicon.groupNamedBy(s.lemma(i), "crowd") == null && lexicon.groupNamedBy(s.lemma(i), "head") == null) return null;
        List<SentenceView.Arc> phrases = new java.util.ArrayList<>(s.children(i, "nmod:of"));
        phrases.addAll(s.children(i, "nmod:from"));
        for (SentenceView.Arc of : phrases) {
            String k = out.entityAt(s.index(), of.token());
            // "the Latvian Unity party": the name sits on the noun "party".
            // "the Jean Ansel gang coalition": one compound deeper.
            for (SentenceView.Arc c : s.children(of.token(), "compound")) {
                if (k == null) k = out.entityAt(s.index(), c.token());
                for (SentenceView.Arc cc : s.children(c.token(), "compound")) if (k == null) k = out.entityAt(s.index(), cc.token());
            }
            EntityType t = out.typeOf(k);
            if (t != null && t.isCollective() && t != EntityType.Country && out.drafts.containsKey(k)) return k;
        }
        return null;
    }

    private boolean namedByModifier(SentenceView s, int i) {
        for (SentenceView.Arc c : s.children(i)) {
            if ((c.relation().equals("compound") || c.relation().equals("amod")) && lexicon.groupNamedBy(s.lemma(c.token()), "modifier") != null) return true;
        }
        return false;
    }

    private static boolean namesOrganisations(SentenceView s, int noun, ResolvedEntities out) {
        for (SentenceView.Arc c : s.children(noun, "compound")) {
            EntityType t = out.typeOf(out.entityAt(s.index(), c.token()));
            // "Stellantis workers" are not Stellantis: a company on the noun is their employer, not their name.
            if (t != null && t.isCollective() && t != EntityType.Country && t != EntityType.Company) return true;
        }
        return false;
    }

    /** "tens of thousands of people protesting", "a crowd marching on parliament": protesters. */
    private String crowdActing(SentenceView s, int i) {
        String group = lexicon.groupNamedBy(s.lemma(i), "crowd");
        if (group == null) return null;
        for (SentenceView.Arc acl : s.children(i)) {
            // "people protesting", "youths who threw stones": a participle or a relative clause of a crowd's act.
            if (!acl.relation().startsWith("acl") || !s.tag(acl.token()).equals("VBG") && !acl.relation().equals("acl:relcl")) continue;
            for (TriggerEntry t : lexicon.triggers(s.lemma(acl.token()), 'V')) if (lexicon.codeHas(t.cameo(), "crowd-act")) return group;
        }
        // "tens of thousands of people rallied against the result": so does the subject of such a verb.
        // "tens of thousands of people": the quantity nouns are the subject in the basic tree.
        SentenceView.Arc up = s.parent(i);
        for (int step = 0; step < 2 && up != null && up.token() >= 0 && up.relation().startsWith("nmod"); step++) up = s.parent(up.token());
        if (up != null && up.token() >= 0 && up.relation().equals("nsubj") && s.isVerb(up.token())) {
            for (TriggerEntry t : lexicon.triggers(s.lemma(up.token()), 'V')) if (lexicon.codeHas(t.cameo(), "crowd-act")) return group;
        }
        return null;
    }

    /**
     * The armed group an unnamed "fighters", "insurgents" stands for: one its own modifier names
     * ("ISWAP fighters"), else the one the article names, else, of several, the one named last
     * before it; null when none was named.
     */
    private String namedArmedGroup(SentenceView s, int token, ResolvedEntities out) {
        for (SentenceView.Arc c : s.children(token)) {
            if (!(c.relation().equals("compound") || c.relation().startsWith("nmod"))) continue;
            String key = out.entityAt(s.index(), c.token());
            // "SDF fighters": a named organisation's fighters are that organisation in arms.
            if (key != null && (out.typeOf(key) == EntityType.Group || out.typeOf(key) == EntityType.Organization) && !made.contains(key)) return key;
        }
        String only = onlyNamedGroup(out);
        if (only != null) return only;
        return out.lastMentionedBefore(s.begin(token), t -> t == EntityType.Group, key -> !made.contains(key));
    }

    /** The one non-state group the article names (not one this class made of a noun), or null. */
    private String onlyNamedGroup(ResolvedEntities out) {
        String only = null;
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type != EntityType.Group || made.contains(d.key)) continue;
            if (only != null) return null;
            only = d.key;
        }
        return only;
    }

    /** A group node's label: the group word and its country ("protesters in Kenya"). */
    private static String labelOf(String group, String country) {
        return group + " in " + country;
    }

    /** The group word of a group node's label ("protesters" of "protesters in Kenya"). */
    static String groupOfLabel(String label) {
        int in = label.indexOf(" in ");
        return in < 0 ? label : label.substring(0, in);
    }

    /** "the opposition said", not the "opposition" of "opposition leaders". */
    private static boolean isHeadOfPhrase(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        return up == null || !(up.relation().equals("compound") || up.relation().equals("amod"));
    }

    private void addGroupMention(SentenceView s, int token, String group, ResolvedEntities out) {
        String named = lexicon.isArmedGroup(group) ? namedArmedGroup(s, token, out) : null;
        if (named != null) {
            // "M23 rebels ... the rebels", "a rebel spokesman": the one armed group the article names.
            EntityResolver.addMention(out, out.drafts.get(named), s, token, token, true);
            return;
        }
        String country = countryOf(s, token, out);
        if (country == null) return;
        String label = labelOf(group, out.labelOf(country));
        ResolvedEntities.Draft d = out.draftOf(NameKey.unlinkedKey(EntityType.Group, label), EntityType.Group, label);
        made.add(d.key);
        EntityResolver.addMention(out, d, s, token, token, true);
        // "dockworkers", "opposition supporters": the words that named the group here are among its names.
        if (Character.isLowerCase(s.word(token).charAt(0))) d.surfaceForms.add(s.word(token));
        out.affiliation.putIfAbsent(d.key, country);
    }

    /** The country a group noun's modifiers name ("Kenyan", "in Nairobi"), else where it acts, else the article's. */
    private String countryOf(SentenceView s, int noun, ResolvedEntities out) {
        for (SentenceView.Arc c : s.children(noun)) {
            String rel = c.relation();
            String key = out.entityAt(s.index(), c.token());
            if (key == null) continue;
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
                String country = out.countryOf(key);
                if (country != null) return country;
            }
            if (rel.equals("nmod:in") || rel.equals("nmod:from")) {
                String country = out.countryOfPlace(key);
                if (country != null) return country;
            }
        }
        // "protesters marched in Lilongwe": where the group acts, when its noun does not say.
        SentenceView.Arc up = s.parent(noun);
        // "thousands of protesters marched": the quantity noun is the subject.
        if (up != null && up.token() >= 0 && up.relation().startsWith("nmod")) up = s.parent(up.token());
        // "police detained 20 activists in Antalya": where it is acted on, likewise.
        if (up != null && up.token() >= 0 && (up.relation().startsWith("nsubj") || up.relation().equals("obj"))) {
            for (SentenceView.Arc c : s.children(up.token())) {
                if (!(c.relation().equals("obl:in") || c.relation().equals("obl:at"))) continue;
                String country = out.countryOfPlace(out.entityAt(s.index(), c.token()));
                if (country != null) return country;
            }
        }
        return out.mainCountry();
    }
}
