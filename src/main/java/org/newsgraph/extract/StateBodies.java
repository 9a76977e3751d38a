package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "the Turkish parliament", "Azerbaijan's foreign ministry", "the central bank" in a story about
 * Brazil: a state-body phrase (state-bodies.tsv) that no name covers refers to one country's
 * body, a government body of its own and part of its state. A parliament or a court acts for
 * itself; a ministry's acts are its state's ({@link StateActors}). The country is the one a demonym, possessive or "of" modifier
 * names; else, for a bare "the foreign ministry", the body of that kind the article named last
 * (it is the same ministry again); else the country the article is about
 * ({@link ResolvedEntities#mainCountry}, the same reading RoleFinder gives "the government").
 * The gazetteer's body of that country with that name is used when it has one ("Parliament" in
 * a British story is the Parliament of the United Kingdom); otherwise the body is an unlinked
 * "Parliament of Georgia" or "Ministry of Foreign Affairs of Azerbaijan". The mention spans the
 * modifier that names the country, so "Turkish parliament" reads as one name of the body, while
 * "Turkish" stays a mention of Turkey.
 *
 * <p>A phrase that modifies a person's noun ("a foreign ministry spokesman") makes no body: the
 * person works for the country (OfficeRelations reads which from the title's words or the scene).
 * One that modifies a thing that acts ("a Chinese coast guard ship") makes the body, and the
 * thing acts for it.
 */
final class StateBodies {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    StateBodies(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * Words NameFinder leaves to this class rather than to the gazetteer or NER: a body noun alone
     * ("Parliament", "Foreign Ministry", "Foreign Office"). Capitals make it no name: every country
     * has a foreign ministry, and which one this is depends on the words around it ("the Russian
     * Foreign Ministry", "Moscow reacted. Foreign Ministry spokeswoman ..."). A name with its
     * country in it ("Philippine Coast Guard") stays NER's.
     */
    static boolean isBodyReference(Lexicon lexicon, SentenceView s, int from, int to) {
        return lexicon.stateBodyLabel(s.textOf(from, to)) != null;
    }

    void resolve(List<SentenceView> sentences, ResolvedEntities out) {
        String main = out.mainCountry();
        Map<String, String> lastBodyOfPhrase = new HashMap<>();
        Map<String, String> namedBody = namedBodies(sentences, out);
        for (int n = 0; n < sentences.size(); n++) {
            SentenceView s = sentences.get(n);
            for (int i = 0; i < s.size(); i++) {
                int first = phraseStart(s, i);
                if (first < 0) continue;
                String phrase = s.textOf(first, i).toLowerCase();
                String here = out.entityAt(s.index(), i);
                // "European Parliament", "Parliament Square": a name, not a reference. A named body
                // ("the Philippine Coast Guard") is what a later bare "the coast guard" refers to.
                if (here != null && out.typeOf(here) != EntityType.Country) {
                    if (out.typeOf(here).isCollective()) lastBodyOfPhrase.put(phrase, here);
                    continue;
                }
                int modified = modifiedNoun(s, i);
                if (modified >= 0 && speaksFor(s, modified)) continue;
                int[] from = {first};
                String country = ownerCountry(s, i, first, from, n == 0 ? null : sentences.get(n - 1), out);
                // "a Chinese coast guard ship": the demonym may sit on the noun the phrase modifies.
                if (country == null && modified >= 0) country = ownerCountry(s, modified, first, from, null, out);
                if (country == null) country = here;
                boolean unowned = country == null && !possessedByAnother(s, i);
                String key;
                if (unowned && lastBodyOfPhrase.containsKey(phrase)) {
                    key = lastBodyOfPhrase.get(phrase);
                } else {
                    // A court or parliament is the story's own unless the sentence places it: the
                    // previous sentence's state speaks through ministries, not through courts.
                    SentenceView before = n == 0 || !lexicon.isExecutiveBody(lexicon.stateBodyLabel(phrase)) ? null : sentences.get(n - 1);
                    if (unowned) country = sceneCountry(s, i, before, out);
                    if (unowned && country == null) country = main;
                    // "the Philippine Coast Guard ... its coast guard": the body the article named.
                    key = namedBody.get(phrase + "|" + country);
                    if (key == null) key = bodyOf(phrase, country, out);
                }
                // A capital that only opens the sentence or a title-case headline ("Police detained ...") says nothing.
                boolean capitalised = Character.isUpperCase(s.word(i).charAt(0)) && first > 0 && s.number() != 0;
                if (key == null && capitalised) {
                    // "The Interior Ministry said" in a story that names no country: the name as written.
                    String label = s.textOf(first, i);
                    key = out.draftOf(NameKey.unlinkedKey(EntityType.GovernmentBody, label), EntityType.GovernmentBody, label).key;
                }
                if (key == null) continue;
                if (country != null) out.affiliation.putIfAbsent(key, country);
                lastBodyOfPhrase.put(phrase, key);
                mention(out, s, from[0], i, key, phrase);
                // "the Russian Foreign Ministry", "the foreign ministry", "Troms police": each names the body as written.
                out.drafts.get(key).surfaceForms.add(s.textOf(placeBefore(s, i, from[0], out), i));
                // "Gabon's navy" is a name of the body as "Gabonese navy" is; the possessor keeps its own mention.
                if (from[0] == first && first >= 2 && s.tag(first - 1).equals("POS") && out.entityAt(s.index(), first - 2) == country) {
                    int owner = first - 2;
                    while (owner > 0 && out.entityAt(s.index(), owner - 1) == country) owner--;
                    out.drafts.get(key).surfaceForms.add(s.textOf(owner, i));
                }
                // "a Chinese coast guard ship fired": the body's ship acts for the body, not for China.
                if (modified >= 0 && lexicon.isAgentNoun(s.lemma(modified))) mention(out, s, modified, modified, key, phrase);
            }
        }
    }

    /**
     * The state an unowned body belongs to by its scene: "the Foreign Office in Islamabad"; "Islamabad
     * denied any role, with the Foreign Office dismissing the charge" (the sentence's subject);
     * else the city or previous subject {@link SentenceScope#stateOfScene} reads. Null when none says.
     */
    private String sceneCountry(SentenceView s, int body, SentenceView previous, ResolvedEntities out) {
        for (SentenceView.Arc in : s.children(body, "nmod:in")) {
            String state = stateOfPlace(s, in.token(), out);
            if (state != null) return state;
        }
        // "Police fired tear gas at supporters who had gathered in central Lilongwe": the scene of its act.
        SentenceView.Arc act = s.parent(body);
        if (act != null && act.token() >= 0 && act.relation().startsWith("nsubj")) {
            // The act's own "in" phrase first, then any later in the sentence.
            for (int h = act.token(); h < s.size(); h++) {
                for (SentenceView.Arc in : s.children(h)) {
                    if (!(in.relation().equals("obl:in") || in.relation().equals("nmod:in"))) continue;
                    String state = stateOfPlace(s, in.token(), out);
                    if (state != null) return state;
                }
            }
        }
        int root = s.root();
        for (SentenceView.Arc c : root < 0 ? List.<SentenceView.Arc>of() : s.children(root, "nsubj")) {
            String k = c.token() == body ? null : out.entityAt(s.index(), c.token());
            if (k != null && out.typeOf(k) == EntityType.Country) return k;
        }
        return SentenceScope.stateOfScene(s, previous, out);
    }

    /**
     * The state a place named at {@code token} lies in: a known city's by the gazetteer (the article's
     * own reading may not be made yet, and "the Canadian embassy in Lilongwe" does not move Lilongwe).
     */
    private String stateOfPlace(SentenceView s, int token, ResolvedEntities out) {
        String place = out.entityAt(s.index(), token);
        String state = out.typeOf(place) == EntityType.City ? gazetteer.countryOfQid(out.wikidataOf(place)).map(out::ensure).orElse(null) : null;
        return state != null ? state : out.countryOfPlace(place);
    }

    /**
     * "Philippine Coast Guard": the bodies the article names with their state's demonym, by
     * phrase and state, so that "its coast guard" or a headline's "Philippine coast guard ships"
     * is that body rather than an unlinked "Coast Guard of Philippines" beside it.
     */
    private Map<String, String> namedBodies(List<SentenceView> sentences, ResolvedEntities out) {
        Map<String, String> named = new HashMap<>();
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                int first = phraseStart(s, i);
                String here = first > 0 ? out.entityAt(s.index(), i) : null;
                if (here == null || !out.typeOf(here).isCollective() || !out.labelOf(here).startsWith(s.word(first - 1) + " ")) continue;
                String phrase = s.textOf(first, i).toLowerCase();
                gazetteer.countryOfDemonym(s.word(first - 1), out.drafts::containsKey).ifPresent(state -> named.putIfAbsent(phrase + "|" + out.ensure(state), here));
            }
        }
        return named;
    }

    /**
     * The country a demonym, country name or possessive on {@code noun} names (not counting the
     * phrase's own words from {@code first}), or null. A possessive that opens the sentence
     * continues the previous sentence's subject. A demonym or name before the phrase moves
     * {@code from[0]} to it: "Turkish parliament" is a name of the body, while "Austria's justice
     * ministry" names it as "justice ministry" (and is one of its surface forms).
     */
    private String ownerCountry(SentenceView s, int noun, int first, int[] from, SentenceView previous, ResolvedEntities out) {
        for (SentenceView.Arc c : s.children(noun)) {
            String rel = c.relation();
            if (c.token() >= first && c.token() < noun) continue;
            if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of"))) continue;
            String k = out.entityAt(s.index(), c.token());
            if (k == null && rel.equals("nmod:poss") && c.token() == 0 && previous != null) k = subjectOf(previous, out);
            if ((k == null || out.typeOf(k) != EntityType.Country) && !rel.startsWith("nmod")) {
                // a demonym NER took for a name ("Chinese" as an organisation) still names its country
                var demonym = gazetteer.countryOfDemonym(s.word(c.token()), out.drafts::containsKey);
                if (demonym.isPresent()) k = out.ensure(demonym.get());
            }
            if (k == null || out.typeOf(k) != EntityType.Country) continue;
            if (c.token() < from[0] && !rel.startsWith("nmod")) from[0] = c.token();
            return k;
        }
        return null;
    }

    /**
     * The first token of a state-body phrase whose head noun is token i, or -1: a noun (plural only
     * where the table lists the plural: "armed forces"), with the phrase's other words right before
     * it, not the first word of a longer capitalised
     * name ("Parliament Square"; in a title-case headline every next word is capitalised).
     */
    private int phraseStart(SentenceView s, int i) {
        if (!s.isNoun(i)) return -1;
        if (s.number() != 0 && Character.isUpperCase(s.word(i).charAt(0)) && i + 1 < s.size() && s.isProperNoun(i + 1)
                && Character.isUpperCase(s.word(i + 1).charAt(0))) return -1;
        for (int n = Math.min(lexicon.longestStateBody(), i + 1); n >= 1; n--) {
            if (lexicon.stateBodyLabel(s.textOf(i - n + 1, i)) != null) return i - n + 1;
        }
        return -1;
    }

    /**
     * "Azerbaijan reacted angrily. Its foreign ministry summoned ...": a possessive that opens a
     * sentence continues the previous sentence's subject (coreference, which runs later, often
     * picks another country named nearby). The subject's entity, or null.
     */
    private static String subjectOf(SentenceView previous, ResolvedEntities out) {
        int root = previous.root();
        if (root < 0) return null;
        for (SentenceView.Arc c : previous.children(root)) {
            if (c.relation().startsWith("nsubj")) return out.entityAt(previous.index(), c.token());
        }
        return null;
    }

    /** "Troms police": the token of a city or region named right before the phrase, else {@code from}. */
    private static int placeBefore(SentenceView s, int head, int from, ResolvedEntities out) {
        for (SentenceView.Arc c : s.children(head, "compound")) {
            if (c.token() != from - 1) continue;
            EntityType type = out.typeOf(out.entityAt(s.index(), c.token()));
            if (type == EntityType.City || type == EntityType.Region) return c.token();
        }
        return from;
    }

    /** The noun the phrase modifies as a compound ("coast guard ship", "foreign ministry spokesman"), or -1. */
    private static int modifiedNoun(SentenceView s, int head) {
        SentenceView.Arc up = s.parent(head);
        return up != null && up.relation().equals("compound") && up.token() > head ? up.token() : -1;
    }

    /**
     * "a Polish foreign ministry spokesman": a person who speaks for the body works for the
     * country; the phrase makes no body then.
     */
    private boolean speaksFor(SentenceView s, int noun) {
        return !lexicon.titles(s.lemma(noun)).isEmpty() || lexicon.collectiveHead(s.lemma(noun)) == EntityType.Person;
    }

    /** "its parliament", "the party's parliament group": whose it is, the main country may not be. */
    private static boolean possessedByAnother(SentenceView s, int i) {
        return !s.children(i, "nmod:poss").isEmpty() || !s.children(i, "nmod:of").isEmpty();
    }

    /**
     * The body's key: the gazetteer's body of the country with this name, else "&lt;label&gt; of
     * X"; with no country, the gazetteer's one body of that name if the article names its country.
     */
    private String bodyOf(String phrase, String country, ResolvedEntities out) {
        String name = titleCase(phrase);
        List<GazetteerEntry> bodies = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.lookup(name)) if (e.type() == EntityType.GovernmentBody) bodies.add(e);
        if (country == null) {
            return bodies.size() == 1 && bodies.get(0).countryQid() != null && out.contains(bodies.get(0).countryQid())
                    ? out.draftOf(bodies.get(0)).key : null;
        }
        String countryQid = out.wikidataOf(country);
        for (GazetteerEntry e : bodies) if (countryQid != null && countryQid.equals(e.countryQid())) return out.draftOf(e).key;
        String label = lexicon.stateBodyLabel(phrase) + " of " + out.labelOf(country);
        // "the military" after "the Armed Forces of the Philippines": the body the article named.
        for (String named : List.of(label, lexicon.stateBodyLabel(phrase) + " of the " + out.labelOf(country))) {
            String key = out.keyLabelled(named);
            if (key != null && out.typeOf(key).isCollective()) return key;
        }
        String named = namedBodyOfKind(phrase, country, out);
        if (named != null) return named;
        return out.draftOf(NameKey.unlinkedKey(EntityType.GovernmentBody, label), EntityType.GovernmentBody, label).key;
    }

    /**
     * "Australia's competition regulator" in a story that names the "Australian Competition and
     * Consumer Commission": the one body the article names whose name begins with the country's
     * name or demonym and holds the kind's own word ("Competition", "Electoral"). Not for arms that
     * stand for their state ("police", "army"), whose acts are the state's.
     */
    private String namedBodyOfKind(String phrase, String country, ResolvedEntities out) {
        if (lexicon.stateBodyRefersToState(phrase)) return null;
        String kindWord = lexicon.stateBodyLabel(phrase).split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        String found = null;
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (!(d.type == EntityType.GovernmentBody || d.type == EntityType.Organization)) continue;
            String[] words = d.label.split("\\s+");
            if (words.length < 3 || !List.of(words).subList(1, words.length).stream().anyMatch(w -> w.equalsIgnoreCase(kindWord))) continue;
            boolean ofCountry = words[0].equalsIgnoreCase(out.labelOf(country))
                    || gazetteer.countryOfDemonym(words[0], out.drafts::containsKey).map(e -> e.key().equals(country)).orElse(false);
            if (!ofCountry) continue;
            if (found != null && !found.equals(d.key)) return null;
            found = d.key;
        }
        return found;
    }

    private static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /**
     * The noun now points at the body; a country it stood for as an agent noun gives way. A phrase
     * that refers to its state too ("the army", "police": state-bodies.tsv) keeps the country's
     * weight as the story's country: its mention stays where it spans other words than the body's
     * ("Kosovo police"), and is counted where one span would name two entities.
     */
    private void mention(ResolvedEntities out, SentenceView s, int from, int noun, String key, String phrase) {
        int begin = s.begin(noun);
        boolean stateToo = lexicon.stateBodyRefersToState(phrase);
        if (stateToo) out.armsOfState.add(key);
        Span span = s.span(from, noun);
        for (Mention m : List.copyOf(out.mentions)) {
            if (m.span().sentence() != s.number() || m.span().begin() != begin) continue;
            boolean stateMention = stateToo && out.typeOf(m.entityKey()) == EntityType.Country;
            // One span names one entity: a state reference the body's own mention covers is counted instead.
            if (stateMention && !m.span().equals(span)) continue;
            if (stateMention) out.statesReferredByArms.add(m.entityKey());
            out.mentions.remove(m);
        }
        out.tokenEntity.put(ResolvedEntities.at(s.index(), noun), key);
        out.record(out.drafts.get(key), s, span, true);
    }
}
