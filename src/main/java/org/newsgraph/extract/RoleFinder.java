package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the dependents of a trigger into entities: the subject, object, passive agent,
 * possessor of a nominalisation ("Trump's invitation"), prepositional targets ("talks with
 * Beijing"), conjoined agents, and "both leaders"-style references to two entities.
 */
final class RoleFinder {
    private final ResolvedEntities entities;
    private final Lexicon lexicon;
    private final Discourse discourse;
    /** Binds "we", "I", "our" in a direct quote to its speaker; null where quotes are not read (relations). */
    private final QuotedFirstPerson firstPerson;

    RoleFinder(ResolvedEntities entities, Lexicon lexicon, Discourse discourse) {
        this(entities, lexicon, discourse, null);
    }

    RoleFinder(ResolvedEntities entities, Lexicon lexicon, Discourse discourse, QuotedFirstPerson firstPerson) {
        this.entities = entities;
        this.lexicon = lexicon;
        this.discourse = discourse;
        this.firstPerson = firstPerson;
    }

    /** The agents a noun phrase headed by token {@code head} refers to (several when conjoined). */
    List<String> agents(SentenceView s, int head) {
        List<String> out = new ArrayList<>();
        addAgent(s, head, out);
        for (SentenceView.Arc c : s.children(head, "conj")) addAgent(s, c.token(), out);
        return out;
    }

    /** The first entity apposed to the noun whose type {@code accepts}, or null. */
    private String apposed(SentenceView s, int head, java.util.function.Predicate<EntityType> accepts) {
        for (SentenceView.Arc a : s.children(head, "appos")) {
            String named = entities.entityAt(s.index(), a.token());
            EntityType type = entities.typeOf(named);
            if (type != null && accepts.test(type)) return named;
        }
        return null;
    }

    /** The distinct agents named by the noun's dependents over {@code relation}, in order. */
    private List<String> agentsNamedOn(SentenceView s, int head, String relation) {
        List<String> named = new ArrayList<>();
        for (SentenceView.Arc c : s.children(head, relation)) {
            String k = entities.entityAt(s.index(), c.token());
            EntityType t = entities.typeOf(k);
            if (t != null && t.isAgent() && !named.contains(k)) named.add(k);
        }
        return named;
    }

    /** Words that take a part of what their "of" phrase names ("some of its members"). */
    private static final java.util.Set<String> PARTITIVES = java.util.Set.of("some", "many", "several", "most", "dozens", "hundreds", "thousands", "one");

    private void addAgent(SentenceView s, int head, List<String> out) {
        // A quoted "we" is the speaker's side, whatever coreference joined it to.
        String quoted = firstPerson == null ? null : firstPerson.referent(s, head);
        String key = quoted != null ? quoted : entities.entityAt(s.index(), head);
        if (key == null && s.tag(head).equals("NNS")) {
            // "the three largest platforms, Eternal's Blinkit, Swiggy's Instamart and Zepto": a plural is each name apposed to it.
            List<String> each = agentsNamedOn(s, head, "appos");
            if (each.size() >= 2) {
                addEach(out, each);
                return;
            }
        }
        if (key == null && s.isNoun(head) && !s.isProperNoun(head)) {
            // "Lagune's parent, the Abidjan-based Sassandra Group, condemned ...": the apposed name is who.
            String named = apposed(s, head, EntityType::isAgent);
            if (named != null) key = named;
        }
        if (quoted == null && (key == null || entities.typeOf(key) != EntityType.Person) && s.isNoun(head) && isTitle(s, head)) {
            // "Kenya's Treasury Cabinet Secretary, John Mbadi, rejected ...": the title's apposed person acts.
            String named = apposed(s, head, t -> t == EntityType.Person);
            if (named != null) key = named;
        }
        if (quoted == null && s.isPronoun(head) && (s.word(head).equalsIgnoreCase("it") || s.word(head).equalsIgnoreCase("its"))) {
            // "The authority said it would examine the deal": "it" is the one reporting its own plan;
            // "the defence ministry said its troops had ...": "its" owns the reported clause's subject.
            String reporter = reportingSubject(s, head);
            if (reporter != null) key = reporter;
        }
        if (quoted == null && s.isNoun(head) && (key == null || entities.typeOf(key) != EntityType.Person) && isTitle(s, head)) {
            // "Saudi Arabia said its foreign minister had spoken with Abiy": the reporter's own office.
            int owner = dependent(s, head, "nmod:poss");
            String reporter = owner >= 0 && s.word(owner).equalsIgnoreCase("its") ? reportingSubject(s, owner) : null;
            if (reporter != null) key = reporter;
        }
        if (quoted == null && s.isPronoun(head) && (s.word(head).equalsIgnoreCase("he") || s.word(head).equalsIgnoreCase("she"))) {
            // "Wendt's lawyer, Svetlana Moroz, said she would appeal": the one who says "he/she would"
            // speaks of themselves; coreference often picks the client or rival named before.
            String reporter = reportingPerson(s, head);
            if (reporter != null) key = reporter;
        }
        if (quoted == null && s.isPronoun(head) && (s.word(head).equalsIgnoreCase("them") || s.word(head).equalsIgnoreCase("they"))) {
            // "offered to mediate between the two governments and urged them to cease hostilities":
            // a plural pronoun after a pair reference in its own sentence is that pair.
            List<String> sides = earlierPair(s, head);
            // "the Danish and the Swedish pilots' associations said they would call strikes": those who say it.
            if (sides.isEmpty() && s.word(head).equalsIgnoreCase("they")) sides = reportingSubjects(s, head);
            if (sides.size() >= 2) {
                addEach(out, sides);
                return;
            }
        }
        if (key == null && (s.tag(head).equals("CD") || PARTITIVES.contains(s.word(head).toLowerCase()))) {
            // "Two of its directors were arrested": the part stands for the whole it is taken from.
            int whole = dependent(s, head, "nmod:of");
            if (whole >= 0) {
                List<String> wholes = agents(s, whole);
                // "two of its managers": the managers are the company's.
                String owner = wholes.isEmpty() ? possessor(s, whole) : null;
                addEach(out, owner != null ? List.of(owner) : wholes);
                return;
            }
        }
        if (s.isNoun(head) && !s.isProperNoun(head) && (lexicon.isAgentNoun(s.lemma(head)) || isTitle(s, head))) {
            // "the ambassadors of Germany, France and Poland": one for each state of the list.
            List<String> owners = agentsNamedOn(s, head, "nmod:of");
            if (owners.size() >= 2) {
                addEach(out, owners);
                return;
            }
            // "Leaders of the 12-member bloc demanded ...": they act for the organisation the noun means.
            for (SentenceView.Arc of : s.children(head, "nmod:of")) {
                if (!owners.isEmpty() || !lexicon.isNameWord("organisation-nominal", s.lemma(of.token()))) continue;
                List<String> body = agents(s, of.token());
                if (body.size() == 1 && entities.typeOf(body.get(0)) != EntityType.Person) {
                    addEach(out, body);
                    return;
                }
            }
        }
        if (key == null && s.isNoun(head) && !s.isProperNoun(head)) {
            // "urged members, including Kiribati, to consult": the ones named stand for the unnamed many.
            List<String> included = new ArrayList<>();
            for (SentenceView.Arc inc : s.children(head, "nmod:including")) included.addAll(agents(s, inc.token()));
            if (!included.isEmpty()) {
                addEach(out, included);
                return;
            }
        }
        List<String> namedPair = key == null ? pairNamedBy(s, head) : List.of();
        if (key == null && namedPair.isEmpty() && s.isNoun(head) && lexicon.isAgentNoun(s.lemma(head))) {
            // "would sanction commanders on either side": each side's.
            int side = sidePhraseOf(s, head);
            if (side >= 0) namedPair = pairNamedBy(s, side);
        }
        if (key == null && s.word(head).equalsIgnoreCase("both") && s.children(head).isEmpty()) {
            // "spoke with Jaishankar and with Dar, urging both to avoid war": the pair coordinated before.
            namedPair = coordinatedBefore(s, head);
        }
        if (!namedPair.isEmpty()) {
            // "the two governments" is a pair before it is any one government.
            addEach(out, namedPair);
            return;
        }
        if (s.isNoun(head) && lexicon.isAgentNoun(s.lemma(head))) {
            // "US and Chinese negotiators": each country named on the noun sends its own.
            List<String> countries = modifierEntities(s, head, java.util.EnumSet.of(EntityType.Country));
            if (countries.size() >= 2) {
                addEach(out, countries);
                return;
            }
        }
        if (s.isNoun(head) && s.tag(head).equals("NNS") && lexicon.isNameWord("organisation-nominal", s.lemma(head))) {
            // "the FIM-CISL and UILM unions": each organisation the plural noun names.
            List<String> named = new ArrayList<>();
            for (SentenceView.Arc c : s.children(head, "compound")) {
                List<Integer> tokens = new ArrayList<>(List.of(c.token()));
                for (SentenceView.Arc conj : s.children(c.token(), "conj")) tokens.add(conj.token());
                for (int t : tokens) {
                    String k = entities.entityAt(s.index(), t);
                    EntityType type = entities.typeOf(k);
                    if (type != null && type.isCollective() && type != EntityType.Country && !named.contains(k)) named.add(k);
                }
            }
            if (named.size() >= 2) {
                addEach(out, named);
                return;
            }
        }
        if (s.isNoun(head) && !s.isProperNoun(head)) {
            // "his Greek counterpart, George Gerapetritis", "Turkey's state energy firm BOTAS": the
            // name in apposition says who, whatever the common noun was resolved to (Turkey).
            // CoreNLP hangs a name that directly follows its noun ("the reporter Jan Novak") as "dep".
            List<SentenceView.Arc> namings = new ArrayList<>(s.children(head, "appos"));
            for (SentenceView.Arc c : s.children(head, "dep")) {
                if (c.token() > head && java.util.Collections.min(s.subtree(c.token())) == head + 1) namings.add(c);
            }
            for (SentenceView.Arc c : namings) {
                String name = entities.entityAt(s.index(), c.token());
                EntityType named = entities.typeOf(name);
                // "The UN peacekeeping mission in Congo, MONUSCO": the body the noun's name says.
                boolean bodyNoun = lexicon.collectiveHead(s.lemma(head)) != null || lexicon.isAgentNoun(s.lemma(head))
                        || lexicon.isNameWord("organisation-nominal", s.lemma(head));
                if (named == EntityType.Person || named != null && named.isAgent() && named != EntityType.Country && bodyNoun) {
                    key = name;
                    break;
                }
            }
            if (key == null && (lexicon.isAgentNoun(s.lemma(head)) || lexicon.isNameWord("organisation-nominal", s.lemma(head)))) {
                // "the KGB security service", "Hamas fighters": the organisation named on the noun acts.
                key = collectiveBy(s, head, "compound", true);
                // "the US company" is a company described by its country, not the country.
                if (key != null && entities.typeOf(key) == EntityType.Country && !lexicon.isAgentNoun(s.lemma(head))) key = null;
            }
            // "the TTP, a militant group that Islamabad blames": the name the noun describes.
            SentenceView.Arc up = s.parent(head);
            if (up != null && up.token() >= 0 && up.relation().equals("appos") && s.isProperNoun(up.token())) {
                String named = entities.entityAt(s.index(), up.token());
                EntityType t = named == null ? null : entities.typeOf(named);
                if (t != null && t.isAgent()) key = named;
            }
        }
        if (key == null && s.isNoun(head)) {
            // "A group calling itself the Kashmir Front claimed the attack": the name it gives itself.
            for (SentenceView.Arc acl : s.children(head)) {
                if (!(acl.relation().startsWith("acl") || acl.relation().equals("dep"))) continue;
                int name = "name".equals(lexicon.speechKind(s.lemma(acl.token()))) ? dependent(s, acl.token(), "xcomp") : -1;
                String named = name < 0 ? null : entities.entityAt(s.index(), name);
                if (named != null && entities.typeOf(named).isAgent()) key = named;
            }
        }
        if (key == null && s.isPronoun(head) && s.word(head).equalsIgnoreCase("they")) {
            List<String> pair = discourse.recentPersonPair(s.index());
            if (!pair.isEmpty()) {
                addEach(out, pair);
                return;
            }
        }
        if (key == null && s.isPronoun(head)) key = unresolvedPronoun(s, head);
        if (key == null && s.isNoun(head) && lexicon.isNameWord("organisation-nominal", s.lemma(head))) {
            // "the board of Groupe Salvère", "the parent company of TikTok", "Kelmscott's board": the organisation it names.
            key = collectiveBy(s, head, "nmod:of", false);
            // "the biotech's board": the possessor is read as any agent noun is.
            int owner = lexicon.isNameWord("company-organ", s.lemma(head)) ? dependent(s, head, "nmod:poss") : -1;
            if (key == null && owner >= 0) key = agents(s, owner).stream().filter(k -> entities.typeOf(k).isCollective()).findFirst().orElse(null);
        }
        if (key == null && s.tag(head).equals("NN") && isDefinite(s, head)
                && lexicon.isNameWord("organisation-nominal", s.lemma(head))) {
            // "the bloc", "the company": the organisation named last before; a company word
            // ("the company", "the carmaker") prefers the last company.
            if (lexicon.isNameWord("company-descriptor", s.lemma(head)) || lexicon.isNameWord("company-organ", s.lemma(head))) {
                key = entities.lastMentionedBefore(s.begin(head), t -> t == EntityType.Company);
            }
            // "the bloc": a union of states, not one of its bodies.
            if (lexicon.isNameWord("bloc-descriptor", s.lemma(head))) {
                key = entities.lastMentionedBefore(s.begin(head), t -> t == EntityType.Organization);
            }
            if (key == null) key = entities.lastMentionedBefore(s.begin(head), t -> t != null && t.isCollective());
            if (key != null && PlacedDescriptions.elsewhere(s, head, key, entities)) key = null;
        }
        if (key != null && s.tag(head).equals("NN") && isDefinite(s, head) && lexicon.isNameWord("organisation-nominal", s.lemma(head))
                && key.equals(subjectOfClauseWithObject(s, head))) {
            // "Glencore accused the board of refusing to engage": no one accuses its own board.
            String subject = key;
            EntityType kind = entities.typeOf(key);
            key = entities.lastMentionedBefore(s.begin(head), t -> t == kind, k -> !k.equals(subject));
        }
        if (key == null && s.tag(head).equals("NN") && isDefinite(s, head) && !lexicon.isAgentNoun(s.lemma(head))) {
            // "the Electoral Commission ... a complaint with the commission", "the Tonse Alliance ... the
            // alliance": the organisation named last whose own name has the noun as a word.
            String word = s.lemma(head).toLowerCase(java.util.Locale.ROOT);
            key = entities.lastMentionedBefore(s.begin(head), t -> t != null && t.isCollective(), k -> namesWord(k, word));
        }
        if ((key == null || entities.typeOf(key) != EntityType.Person) && s.tag(head).equals("NN") && isDefinite(s, head)
                && "diplomatic".equals(lexicon.agentArm(s.lemma(head)))) {
            // "summoned China's ambassador ... The envoy rejected the protest": the diplomat named
            // last, whatever coreference chained the noun to.
            String diplomat = entities.entityOfLastMentionWord(s.begin(head), w -> "diplomatic".equals(lexicon.agentArm(w)));
            if (diplomat != null) key = diplomat;
        }
        if (key == null && s.isNoun(head) && lexicon.isAgentNoun(s.lemma(head)) && !isDefinite(s, head)) {
            // "Beijing hit back, with a foreign ministry spokesman accusing Manila ...": the spokesman
            // of a clause set on the main one speaks for that clause's subject.
            key = mainSubjectStateOfWithClause(s, head);
        }
        if (key == null && s.isNoun(head) && (isDefinite(s, head) || isBarePlural(s, head)) && lexicon.isAgentNoun(s.lemma(head))) {
            // "the government", "riot police in Tbilisi" with no other owner: the country of the place
            // they are in, else the country the article is about.
            key = countryOfUnownedAgentNoun(s, head);
        }
        if (key == null && s.isNoun(head) && lexicon.isAgentNoun(s.lemma(head))) {
            // "a spokesman in Quito": whoever they are, they speak where their place's state governs.
            key = placeCountry(s, head, "nmod:in");
        }
        if (key == null && s.isNoun(head) && lexicon.isSpeakerTitle(s.lemma(head)) && !isDefinite(s, head)) {
            // "A ministry spokeswoman denounced the duties", "a Commission spokesman replied": the body
            // of that word named last speaks.
            key = bodyNamedBefore(s, head);
        }
        if (key == null && s.isNoun(head) && lexicon.isNameWord("organisation-nominal", s.lemma(head))) {
            // "Russian energy companies", "American firms": a sector of the country acts.
            key = demonymCountry(s, head);
        }
        if (key == null && isTitle(s, head)) {
            // "Japan's prime minister" whose holder the gazetteer does not know: the office acts for the state.
            key = SentenceScope.organisationOfTitle(s, head, entities);
            // "the president": the last person named who holds that title.
            if (key == null) key = entities.lastTitleHolderBefore(s.begin(head), SentenceScope.titleText(lexicon, s, head));
        }
        if (key == null && s.isNoun(head) && lexicon.isAgentNoun(s.lemma(head)) && !ownsByPronounAsObject(s, head)) {
            // "attacks on its soldiers", "Pakistan's army": a state's or body's own people stand for it;
            // a state body's ("the defence ministry said its troops") stand for its state.
            String owner = possessor(s, head);
            EntityType t = owner == null ? null : entities.typeOf(owner);
            if (t == EntityType.GovernmentBody && entities.countryOf(owner) != null) key = entities.countryOf(owner);
            else if (t != null && t != EntityType.Person) key = owner;
        }
        if (key == null && s.isNoun(head) && lexicon.isAttributeNoun(s.lemma(head))) {
            // "support for Kazakhstan's sovereignty", "the integrity of Mexico": what a state has stands for it.
            key = possessor(s, head);
            if (key == null) key = agentsBy(s, head, "nmod:of").stream().findFirst().orElse(null);
        }
        if (key != null) {
            EntityType t = entities.typeOf(key);
            if (t != null && t.isAgent() && !out.contains(key)) out.add(key);
            return;
        }
        if (lexicon.isAgentNoun(s.lemma(head))) {
            // "delegations from both countries", "a spokesman for the ministry": they act for whom they come from.
            List<SentenceView.Arc> origins = new ArrayList<>(s.children(head, "nmod:from"));
            origins.addAll(s.children(head, "nmod:for"));
            // "troops of the Gang Suppression Force": armed men are the force's they belong to.
            if ("military".equals(lexicon.agentArm(s.lemma(head)))) origins.addAll(s.children(head, "nmod:of"));
            // "summoned a senior official from the Chinese Embassy": CoreNLP hangs the origin on the verb.
            SentenceView.Arc up = s.parent(head);
            if (up != null && up.token() >= 0 && up.relation().equals("obj")) {
                for (SentenceView.Arc from : s.children(up.token(), "obl:from")) if (from.token() > head) origins.add(from);
            }
            for (SentenceView.Arc from : origins) {
                addEach(out, agents(s, from.token()));
            }
            if (!out.isEmpty()) return;
        }
    }

    /** The country subject of the clause a "with" clause whose subject is {@code noun} is set on, or null. */
    private String mainSubjectStateOfWithClause(SentenceView s, int noun) {
        SentenceView.Arc clause = s.parent(noun);
        if (clause == null || clause.token() < 0 || !clause.relation().equals("nsubj")) return null;
        SentenceView.Arc main = s.parent(clause.token());
        if (main == null || main.token() < 0 || !main.relation().startsWith("advcl") || !marker(s, clause.token()).equals("with")) return null;
        for (String k : agentsBy(s, main.token(), "nsubj")) if (entities.typeOf(k) == EntityType.Country) return k;
        return null;
    }

    /** Adds each of {@code keys} that {@code out} does not hold yet, in order. */
    private static void addEach(List<String> out, List<String> keys) {
        for (String k : keys) if (!out.contains(k)) out.add(k);
    }

    private boolean isUnplacedOrganisation(String key) {
        return entities.typeOf(key) == EntityType.Organization && entities.wikidataOf(key) == null && entities.countryOf(key) == null;
    }

    /**
     * "both countries", "the two sides": the article's main pair when it has one, else the last two
     * named. "all sides", "both parties" of a dispute are the two its lead act set against each
     * other. Empty when the noun is no such reference.
     */
    private List<String> pairNamedBy(SentenceView s, int head) {
        EntityType collective = lexicon.collectiveHead(s.lemma(head));
        if (collective == null || !(s.tag(head).endsWith("S") || hasDeterminer(s, head, "either")) || !isPairReference(s, head)) return List.of();
        List<String> pair = isDisputeSide(s.lemma(head)) ? discourse.leadPair() : List.of();
        // "the two delegations agreed ...": those who were holding the talks.
        if (isTalksSide(s.lemma(head))) pair = discourse.lastTalksPair().isEmpty() ? discourse.mainCountries() : discourse.lastTalksPair();
        // A lead act between two ships ("fired a water cannon at the BRP Teresa Magbanua") sets their
        // states against each other: an unknown organisation no state owns is no side of the dispute.
        if (pair.stream().anyMatch(this::isUnplacedOrganisation) && !discourse.mainCountries().isEmpty()) pair = discourse.mainCountries();
        if (pair.isEmpty() && (collective == EntityType.Country || collective == EntityType.Group)) pair = discourse.mainCountries();
        if (pair.isEmpty() && collective == EntityType.Person) {
            // "the two presidents" are the last two presidents, not the last two people.
            // Of those, the article's two countries' first ("the two presidents" of a Brazil-Argentina row).
            String title = s.lemma(head).toLowerCase(java.util.Locale.ROOT);
            List<String> sides = discourse.mainCountries();
            if (!sides.isEmpty()) {
                pair = discourse.lastTwo(collective, s.index(), key -> entities.holdsTitle(key, title) && isOneOf(entities.countryOf(key), sides));
                if (pair.size() == 2 && entities.countryOf(pair.get(0)).equals(entities.countryOf(pair.get(1)))) pair = List.of();
            }
            if (pair.isEmpty()) pair = discourse.lastTwo(collective, s.index(), key -> entities.holdsTitle(key, title));
        }
        if (pair.isEmpty()) pair = discourse.lastTwo(collective, s.index());
        return pair;
    }

    /**
     * The first organisation, company, body or group a dependent of {@code noun} by {@code relation}
     * names ({@code before}: only one standing before the noun), or null.
     */
    private String collectiveBy(SentenceView s, int noun, String relation, boolean before) {
        for (SentenceView.Arc c : s.children(noun, relation)) {
            if (before && c.token() > noun) continue;
            String key = entities.entityAt(s.index(), c.token());
            EntityType t = entities.typeOf(key);
            if (t != null && t.isCollective()) return key;
        }
        return null;
    }

    /**
     * "would withdraw its troops", "sent their soldiers": a verb's object owned by a pronoun is
     * nearly always the subject's own people, whatever coreference bound the pronoun to.
     */
    private static boolean ownsByPronounAsObject(SentenceView s, int noun) {
        int owner = dependent(s, noun, "nmod:poss");
        SentenceView.Arc up = s.parent(noun);
        return owner >= 0 && s.isPronoun(owner) && up != null && up.token() >= 0 && up.relation().equals("obj");
    }

    /** "Police fired", "authorities said": a plural with no determiner at all. */
    private static boolean isBarePlural(SentenceView s, int noun) {
        // "police" is plural in English ("police have detained"), though the tagger reads it NN.
        boolean plural = s.tag(noun).equals("NNS") || s.word(noun).equalsIgnoreCase("police");
        return plural && s.children(noun, "det").isEmpty() && s.children(noun, "nummod").isEmpty();
    }

    /**
     * The country an agent noun acts for when no demonym or owner says so: that of a place named
     * in its modifiers ("police in Tbilisi"), else that of whoever reports its act, else the
     * article's main country. A modifier naming
     * another agent ("Meta's lawyers") means it is not the state's, and gives null.
     */
    private String countryOfUnownedAgentNoun(SentenceView s, int noun) {
        String placeCountry = null;
        for (SentenceView.Arc c : s.children(noun)) {
            String rel = c.relation();
            // An owner ("its troops") or an origin ("delegations from both countries") says whose they are.
            if (rel.equals("nmod:poss") || rel.equals("nmod:from") || rel.equals("nmod:for")) return null;
            if (!(rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod"))) continue;
            String key = entities.entityAt(s.index(), c.token());
            if (key == null) continue;
            EntityType t = entities.typeOf(key);
            if (t == null || t.isAgent() && t != EntityType.Country) return null;
            String country = entities.countryOfPlace(key);
            if (country != null) placeCountry = country;
        }
        if (placeCountry != null) return placeCountry;
        // "Ethiopia's military spokesman said troops had captured 14 soldiers": the reporter's own.
        // "Mexico's farm council urged the government to ...": the subject's own.
        int reporter = reporterOf(s, noun);
        SentenceView.Arc governor = s.parent(noun);
        if (reporter < 0 && governor != null && governor.token() >= 0 && governor.relation().equals("obj")) {
            int subject = dependent(s, governor.token(), "nsubj");
            // A state naming "the government" means another's ("Russia accused the government of ...").
            String subjectKey = subject < 0 ? null : entities.entityAt(s.index(), subject);
            if (subject >= 0 && subject != noun && !s.isPronoun(subject) && subjectKey != null && entities.typeOf(subjectKey) != EntityType.Country) reporter = subject;
        }
        if (reporter >= 0) {
            List<String> speakers = new ArrayList<>();
            addAgent(s, reporter, speakers);
            String state = speakers.size() == 1 ? entities.countryOf(speakers.get(0)) : null;
            // "The opposition PTI accused the government of ...": a party's own country's.
            if (state == null && speakers.size() == 1) state = entities.homeCountryOf(speakers.get(0));
            if (state != null) return state;
        }
        // "Foreign ministry spokesman Lin Jian said ... The ministry said": the state of whoever spoke last.
        String last = discourse == null ? null : discourse.lastActor();
        if (lexicon.isNameWord("speaking-body", s.lemma(noun)) && entities.typeOf(last) == EntityType.Person) {
            String side = entities.countryOf(last) != null ? entities.countryOf(last) : entities.titleSideOf(last);
            if (side != null) return side;
        }
        return entities.mainCountry();
    }

    /** The country of a named place in a modifier of the noun with this relation, or null. */
    private String placeCountry(SentenceView s, int noun, String relation) {
        for (SentenceView.Arc c : s.children(noun, relation)) {
            String key = entities.entityAt(s.index(), c.token());
            EntityType t = entities.typeOf(key);
            if (t != null && !t.isAgent()) return entities.countryOfPlace(key);
        }
        return null;
    }

    /**
     * The entities of the given types that a noun's demonym or name modifiers (amod, compound) name,
     * in order, each once. Enhanced arcs spread a conjunct to the noun ("US and Chinese negotiators").
     */
    private List<String> modifierEntities(SentenceView s, int noun, java.util.Set<EntityType> types) {
        List<String> out = new ArrayList<>();
        for (SentenceView.Arc c : s.children(noun)) {
            if (!(c.relation().equals("amod") || c.relation().equals("compound"))) continue;
            String key = entities.entityAt(s.index(), c.token());
            if (key != null && types.contains(entities.typeOf(key)) && !out.contains(key)) out.add(key);
        }
        return out;
    }

    /** The country or union a demonym modifier names ("European wine", "Ukrainian cities"), or null. */
    private String demonymOwner(SentenceView s, int noun) {
        java.util.Set<EntityType> owning = java.util.EnumSet.of(EntityType.Country, EntityType.Organization);
        List<String> owners = modifierEntities(s, noun, owning);
        // "steel from Indonesian mills", "wine from France": the goods belong to where they come from.
        for (SentenceView.Arc from : s.children(noun, "nmod:from")) {
            if (!owners.isEmpty()) break;
            String key = entities.entityAt(s.index(), from.token());
            if (key != null && owning.contains(entities.typeOf(key))) owners.add(key);
            else owners.addAll(modifierEntities(s, from.token(), owning));
        }
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** The country of a demonym or country-name modifier of a noun ("Russian", "US"), or null. */
    private String demonymCountry(SentenceView s, int noun) {
        List<String> countries = modifierEntities(s, noun, java.util.EnumSet.of(EntityType.Country));
        return countries.isEmpty() ? null : countries.get(0);
    }

    private boolean isTitle(SentenceView s, int i) {
        return SentenceScope.isTitle(lexicon, s, i);
    }

    /**
     * The subject of the reporting verb whose complement clause has {@code pronoun} as its subject,
     * or as the owner of its subject, when that subject is a body or a state rather than a person
     * ("The ministry said it ...", "... said its troops ..."); else null.
     */
    private String reportingSubject(SentenceView s, int pronoun) {
        int subject = pronoun;
        SentenceView.Arc owned = s.parent(pronoun);
        if (owned != null && owned.token() >= 0 && owned.relation().equals("nmod:poss")) subject = owned.token();
        int reporter = reporterOf(s, subject);
        if (reporter < 0) return null;
        List<String> found = new ArrayList<>();
        addAgent(s, reporter, found);
        if (found.size() != 1) return null;
        EntityType t = entities.typeOf(found.get(0));
        return t != null && t != EntityType.Person ? found.get(0) : null;
    }

    /** The parties, two or more, that a reporting verb has as subject when {@code pronoun} is the subject of its complement. */
    private List<String> reportingSubjects(SentenceView s, int pronoun) {
        int reporter = reporterOf(s, pronoun);
        if (reporter < 0) return List.of();
        List<String> found = new ArrayList<>();
        addAgent(s, reporter, found);
        for (SentenceView.Arc c : s.children(reporter)) if (c.relation().startsWith("conj")) addAgent(s, c.token(), found);
        return found.size() >= 2 ? found : List.of();
    }

    /** The person whose reporting verb has {@code pronoun} as the subject of its complement clause, or null. */
    private String reportingPerson(SentenceView s, int pronoun) {
        int reporter = reporterOf(s, pronoun);
        if (reporter < 0) return null;
        List<String> found = new ArrayList<>();
        addAgent(s, reporter, found);
        for (SentenceView.Arc a : s.children(reporter, "appos")) addAgent(s, a.token(), found);
        found.removeIf(k -> entities.typeOf(k) != EntityType.Person);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The subject token of the reporting verb whose complement clause has {@code subject} as its subject, or -1. */
    private int reporterOf(SentenceView s, int subject) {
        SentenceView.Arc subjectOf = s.parent(subject);
        if (subjectOf == null || subjectOf.token() < 0 || !subjectOf.relation().startsWith("nsubj")) return -1;
        SentenceView.Arc clause = s.parent(subjectOf.token());
        if (clause == null || clause.token() < 0 || !clause.relation().equals("ccomp")
                || !lexicon.isReportingVerb(s.lemma(clause.token()))) return -1;
        int reporter = dependent(s, clause.token(), "nsubj");
        return reporter < 0 || s.isPronoun(reporter) ? -1 : reporter;
    }

    /**
     * "launched proceedings against Jumia, accusing it of ...": an object pronoun is never bound by
     * its own clause's subject (that is "itself"), so where coreference joined it to the actor, it is
     * the last compatible entity named before it that is not an actor; null when there is none.
     */
    String objectPronounBesides(SentenceView s, int i, List<String> actors) {
        String w = s.word(i).toLowerCase();
        if (w.equals("him") || w.equals("her")) {
            String gender = ResolvedEntities.pronounGender(w);
            return entities.lastMentionedBefore(s.begin(i), t -> t == EntityType.Person,
                    k -> !actors.contains(k) && ResolvedEntities.agrees(entities.genderOf(k), gender));
        }
        if (!w.equals("it") && !w.equals("them")) return null;
        return entities.lastMentionedBefore(s.begin(i), t -> t != null && t.isAgent() && t != EntityType.Person, k -> !actors.contains(k));
    }

    /** A pronoun coreference left alone: the last compatible entity named before it. */
    private String unresolvedPronoun(SentenceView s, int i) {
        String w = s.word(i).toLowerCase();
        java.util.function.Predicate<EntityType> accepts;
        if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("his")) {
            return entities.lastPersonBefore(s.begin(i), w);
        } else if (w.equals("it") || w.equals("its") || w.equals("they") || w.equals("them") || w.equals("their")) {
            accepts = t -> t != null && t.isAgent() && t != EntityType.Person;
        } else {
            return null;
        }
        return entities.lastMentionedBefore(s.begin(i), accepts);
    }

    /** "travel to Tokyo": the destination's country is the one visited. */
    List<String> destinationHosts(SentenceView s, int i, boolean visit) {
        List<String> out = new ArrayList<>();
        for (SentenceView.Arc c : s.children(i)) {
            boolean to = c.relation().equals("obl:to") || c.relation().equals("nmod:to");
            // A visit is hosted where the visitor arrives too ("arrived in Lusaka").
            if (!to && !(visit && c.relation().equals("obl:in"))) continue;
            if (visit && isTheCapital(s, c.token()) && entities.mainCountry() != null) {
                // "would travel to the capital": the capital of the state the article is about.
                out.add(entities.mainCountry());
                return out;
            }
            // "would travel to Addis Ababa and Asmara": each destination's state hosts.
            List<Integer> places = new ArrayList<>(List.of(c.token()));
            for (SentenceView.Arc conj : s.children(c.token())) if (conj.relation().startsWith("conj")) places.add(conj.token());
            for (int p : places) {
                String key = entities.entityAt(s.index(), p);
                EntityType t = entities.typeOf(key);
                String host = t != null && !t.isAgent() ? entities.hostOf(key) : null;
                if (host != null && !out.contains(host)) out.add(host);
            }
            if (!out.isEmpty()) return out;
        }
        return out;
    }

    /** A null-safe membership test: the lists of main countries are immutable and refuse null. */
    private static boolean isOneOf(String key, List<String> keys) {
        return key != null && keys.contains(key);
    }

    /** "the capital", unnamed: no entity, no "of" phrase saying whose. */
    private boolean isTheCapital(SentenceView s, int token) {
        return s.lemma(token).equals("capital") && isDefinite(s, token) && entities.entityAt(s.index(), token) == null
                && s.children(token, "nmod:of").isEmpty() && s.children(token, "nmod:poss").isEmpty();
    }

    /** The country an act took place in: that of its place ("in Tbilisi"), else the article's. */
    String stateWhere(SentenceView s, int i) {
        return stateWhere(s, i, null);
    }

    /**
     * The country an act took place in: that of its place, else the country that reports it
     * ("was granted asylum, Ecuadorean officials said"; "the Russian Foreign Ministry announced that
     * five German diplomats had been ordered to leave"), else the article's.
     */
    String stateWhere(SentenceView s, int i, String reporter) {
        String country = entities.countryOfPlace(place(s, i));
        if (country == null) country = entities.countryOf(reporter);
        return country != null ? country : entities.mainCountry();
    }

    /** The body or organisation last named by the word a spokesperson's noun is compounded with ("ministry"), or null. */
    private String bodyNamedBefore(SentenceView s, int speaker) {
        for (SentenceView.Arc c : s.children(speaker, "compound")) {
            if (!s.isNoun(c.token())) continue;
            String word = s.lemma(c.token()).toLowerCase(java.util.Locale.ROOT);
            String body = entities.entityOfLastMentionWord(s.begin(speaker), w -> w.equals(word));
            EntityType t = entities.typeOf(body);
            // "a foreign ministry spokesman" is no spokesman of the defence ministry named before.
            String label = body == null ? "" : entities.labelOf(body).toLowerCase(java.util.Locale.ROOT);
            boolean sameBody = true;
            for (SentenceView.Arc m : s.children(c.token())) {
                if (m.relation().equals("amod") || m.relation().equals("compound")) sameBody &= label.contains(s.word(m.token()).toLowerCase(java.util.Locale.ROOT));
            }
            if (sameBody && (t == EntityType.GovernmentBody || t == EntityType.Organization)) return body;
        }
        return null;
    }

    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "that", "this", "these", "those");

    /** Whether the entity's label has {@code word} as one of its words ("commission" in "Electoral Commission"). */
    private boolean namesWord(String key, String word) {
        String label = entities.labelOf(key);
        if (label == null) return false;
        for (String w : label.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-]+")) if (w.equals(word)) return true;
        return false;
    }

    static boolean isDefinite(SentenceView s, int noun) {
        // "that appeal", "this decision": a demonstrative points back as the article does (the
        // tagger may read "that" as a preposition, and the parser hang it as a modifier).
        for (SentenceView.Arc c : s.children(noun)) {
            boolean determiner = c.relation().equals("det") || c.relation().equals("amod") && c.token() == noun - 1;
            if (determiner && DEFINITE_DETERMINERS.contains(s.word(c.token()).toLowerCase())) return true;
        }
        // "today's decision", "Monday's ruling": a day as possessor makes it definite too.
        for (SentenceView.Arc c : s.children(noun, "nmod:poss")) {
            if (s.ner(c.token()).equals("DATE")) return true;
        }
        return false;
    }

    /** Those who hold talks for a side ("the two delegations"); plurals listed as they may reach here unlemmatised. */
    private static boolean isTalksSide(String lemma) {
        return lemma.equals("delegation") || lemma.equals("negotiator") || lemma.equals("delegations") || lemma.equals("negotiators");
    }

    /** A side or party to a dispute, which "all" and "warring" also pick out as a pair. */
    private static boolean isDisputeSide(String lemma) {
        return lemma.equals("side") || lemma.equals("party");
    }

    /** The pair the last "both leaders"-like reference before token {@code before} in its sentence names, or none. */
    private List<String> earlierPair(SentenceView s, int before) {
        for (int t = before - 1; t >= 0; t--) {
            List<String> pair = pairNamedBy(s, t);
            if (!pair.isEmpty()) return pair;
        }
        return List.of();
    }

    /** The entity of the subject of the verb whose object or oblique {@code noun} is, or null. */
    private String subjectOfClauseWithObject(SentenceView s, int noun) {
        int verb = s.governorOfObject(noun);
        int subject = verb < 0 ? -1 : dependent(s, verb, "nsubj");
        return subject < 0 ? null : entities.entityAt(s.index(), subject);
    }

    /** The "side" of an "on either side" phrase on the noun, or on the verb whose object it is; -1 if none. */
    private static int sidePhraseOf(SentenceView s, int noun) {
        List<SentenceView.Arc> phrases = new ArrayList<>(s.children(noun, "nmod:on"));
        SentenceView.Arc up = s.parent(noun);
        if (up != null && up.token() >= 0 && up.relation().equals("obj")) {
            // The verb's phrase counts when it follows the noun closely ("commanders on either side").
            for (SentenceView.Arc on : s.children(up.token(), "obl:on")) if (on.token() > noun && on.token() - noun <= 3) phrases.add(on);
        }
        for (SentenceView.Arc on : phrases) if (isDisputeSide(s.lemma(on.token())) && isPairReference(s, on.token())) return on.token();
        return -1;
    }

    /** Does the noun have this determiner ("either side", "any seizure")? */
    static boolean hasDeterminer(SentenceView s, int noun, String word) {
        for (SentenceView.Arc d : s.children(noun, "det")) if (s.word(d.token()).equalsIgnoreCase(word)) return true;
        return false;
    }

    /** The two or more agents the last coordination of nouns before token {@code before} names, or none. */
    private List<String> coordinatedBefore(SentenceView s, int before) {
        for (int t = before - 1; t >= 0; t--) {
            if (!s.isNoun(t) || s.children(t, "conj").isEmpty()) continue;
            List<String> found = agents(s, t);
            if (found.size() >= 2) return found;
        }
        return List.of();
    }

    /** "both leaders", "the two countries", "either side". */
    private static boolean isPairReference(SentenceView s, int head) {
        for (SentenceView.Arc c : s.children(head)) {
            String w = s.word(c.token()).toLowerCase();
            if (w.equals("both") || w.equals("two") || w.equals("either")) return true;
            // "all sides", "the warring parties": a dispute's parties, not "all countries".
            if (isDisputeSide(s.lemma(head)) && (w.equals("all") || w.equals("warring"))) return true;
        }
        return false;
    }

    /**
     * Those who take part in the act a noun names, read from the sentence around it: "talks between
     * X and Y", "the accord that X and Y signed", "X and Y resumed talks (in a process ...)". Used
     * for whoever mediates it; empty when the sentence names no such parties.
     */
    List<String> partiesOf(SentenceView s, int noun) {
        List<String> between = agentsBy(s, noun, "nmod:between");
        if (!between.isEmpty()) return between;
        for (SentenceView.Arc clause : s.children(noun, "acl:relcl")) {
            List<String> signers = agentsBy(s, clause.token(), "nsubj");
            if (!signers.isEmpty()) return signers;
        }
        // Up through the nouns it is a phrase of to the verb whose object that phrase is.
        int at = noun;
        for (int step = 0; step < 3; step++) {
            SentenceView.Arc up = s.parent(at);
            if (up == null || up.token() < 0) break;
            if (up.relation().equals("obj") && s.isVerb(up.token())) return agentsBy(s, up.token(), "nsubj");
            if (!up.relation().equals("nmod") || !s.isNoun(up.token())) break;
            at = up.token();
        }
        return List.of();
    }

    /** First agent among the dependents of {@code i} by any of {@code relations}, in that order. */
    List<String> agentsBy(SentenceView s, int i, String... relations) {
        for (String rel : relations) {
            for (SentenceView.Arc c : s.children(i)) {
                if (c.relation().equals(rel)) {
                    List<String> found = agents(s, c.token());
                    if (!found.isEmpty()) return found;
                }
            }
        }
        return List.of();
    }

    /**
     * "a ruling his lawyer said she would appeal", "a demand Turkish officials dismissed": a verb with
     * a subject but no object, in a clause that describes a noun before it (perhaps through one
     * reported clause), has that noun as its object, which the relative clause leaves out. Returns
     * the noun, or -1.
     */
    static int gappedObject(SentenceView s, int verb) {
        if (!s.isVerb(verb) || dependent(s, verb, "obj", "nsubj:pass", "ccomp", "xcomp") >= 0) return -1;
        // "..., a penalty the trader is contesting": the parser may hang the noun on the verb as a stray "dep".
        for (SentenceView.Arc c : s.children(verb, "dep")) {
            int noun = c.token();
            if (noun < verb && s.isNoun(noun) && noun >= 2 && s.word(noun - 1).matches("(?i)an?|the|that")
                    && s.word(noun - 2).equals(",") && dependent(s, verb, "nsubj") > noun) return noun;
        }
        int cur = verb;
        for (int step = 0; step < 2; step++) {
            int subject = dependent(s, cur, "nsubj");
            // "a ruling that angered Sofia": the relative word is the subject, so nothing is left out.
            if (subject < 0 || s.tag(subject).startsWith("W")) return -1;
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0 || up.token() > cur) return -1;
            String rel = up.relation();
            if (s.isNoun(up.token())) {
                // The enhanced graph makes the noun itself the subject of a subject relative ("comments that had hinted").
                if (subject == up.token()) return -1;
                // "reopen three border posts, the ministry said": a comma before the subject ends the noun's
                // phrase, unless a relative word opened the clause ("a ruling that his lawyer, X, said").
                boolean relativeWord = s.word(up.token() + 1).matches("(?i)that|which|whom");
                for (int k = up.token() + 1; k < subject && !relativeWord; k++) if (s.word(k).equals(",")) return -1;
                return rel.startsWith("acl:relcl") || rel.equals("parataxis") || rel.equals("dep") ? up.token() : -1;
            }
            if (!rel.startsWith("ccomp") || !s.isVerb(up.token())) return -1;
            cur = up.token();
        }
        return -1;
    }

    /** The head token of the first dependent by one of {@code relations}, or -1. */
    static int dependent(SentenceView s, int i, String... relations) {
        for (String rel : relations) {
            for (SentenceView.Arc c : s.children(i)) if (c.relation().equals(rel)) return c.token();
        }
        return -1;
    }

    /** Targets introduced by the trigger's preferred prepositions ("with", "against"). */
    List<String> prepositionalTargets(SentenceView s, int i, List<String> preps, boolean noun) {
        return prepositionalTargets(s, i, preps, noun, AIMING);
    }

    /** As above, with {@code aiming} the prepositions whose object's demonym names the target. */
    List<String> prepositionalTargets(SentenceView s, int i, List<String> preps, boolean noun, java.util.Set<String> aiming) {
        for (String prep : preps) {
            String rel = (noun ? "nmod:" : "obl:") + prep.replace(' ', '_');
            List<String> found = agentsBy(s, i, rel, (noun ? "obl:" : "nmod:") + prep.replace(' ', '_'));
            if (!found.isEmpty()) return found;
            // "tariffs on European wine", "strikes against Ukrainian cities", "a complaint over Indian
            // duties": what is hit belongs to the country its modifier names.
            if (!aiming.contains(prep)) continue;
            for (String r : List.of("nmod:" + prep, "obl:" + prep)) {
                for (SentenceView.Arc c : s.children(i, r)) {
                    String owner = demonymOwner(s, c.token());
                    // "complained about Google's billing rules": whose they are (not "its", the subject's own).
                    int possessive = owner == null ? dependent(s, c.token(), "nmod:poss") : -1;
                    if (possessive >= 0 && !s.isPronoun(possessive)) owner = possessor(s, c.token());
                    if (owner != null) return List.of(owner);
                }
            }
        }
        return List.of();
    }

    /**
     * Prepositions that aim an act at what they introduce ("on", "against", "invest in", "a probe
     * into Google's practices", "a missile into Japan's waters"), not at a recipient.
     */
    private static final java.util.Set<String> AIMING = java.util.Set.of("on", "against", "in", "over", "about", "into");

    /**
     * "granted Georgia candidate status", "gave Kyiv air-defence systems": CoreNLP reads a
     * recipient named before a bare object as the first word of one compound noun. For a verb
     * that takes its recipient with "to", a named agent opening the object (no determiner or
     * possessive before it) is that recipient.
     */
    String dativeReadAsCompound(SentenceView s, int object) {
        if (object < 0 || !s.isNoun(object) || s.isProperNoun(object)) return null;
        if (dependent(s, object, "det") >= 0 || dependent(s, object, "nmod:poss") >= 0) return null;
        // Follow the leftmost compound down: "Georgia candidate status" = compound(candidate, Georgia).
        int first = object;
        for (int next = leftmostCompound(s, first); next >= 0; next = leftmostCompound(s, first)) first = next;
        for (SentenceView.Arc c : s.children(object)) if (c.token() < first) return null;
        if (!s.isProperNoun(first)) return null;
        String key = entities.entityAt(s.index(), first);
        EntityType t = entities.typeOf(key);
        return t != null && t.isAgent() ? key : null;
    }

    private static int leftmostCompound(SentenceView s, int head) {
        int best = -1;
        for (SentenceView.Arc c : s.children(head, "compound")) if (c.token() < head && (best < 0 || c.token() < best)) best = c.token();
        return best;
    }

    /** The place among in/at/to/into phrases of the trigger, if it is a place entity (not a government). */
    String place(SentenceView s, int i) {
        for (SentenceView.Arc c : s.children(i)) {
            String rel = c.relation();
            if (!(rel.endsWith(":in") || rel.endsWith(":at") || rel.endsWith(":to") || rel.endsWith(":into") || rel.endsWith(":during"))) continue;
            String key = entities.entityAt(s.index(), c.token());
            EntityType t = entities.typeOf(key);
            if (t != null && t.isPlace()) return key;
        }
        return null;
    }

    /** Does token {@code i} head a noun phrase that names no entity at all ("the tone", "the relationship")? */
    boolean isNonEntityPhrase(SentenceView s, int i) {
        return i >= 0 && entities.entityAt(s.index(), i) == null && agents(s, i).isEmpty()
                && (s.isNoun(i) || s.tag(i).startsWith("JJ"));
    }

    /** Agent possessing a non-entity noun: "Trump's comments" → Trump. */
    String possessor(SentenceView s, int noun) {
        List<String> p = agentsBy(s, noun, "nmod:poss");
        return p.isEmpty() ? null : p.get(0);
    }

    /** A gerund after a verb's object and one of these prepositions is the object's act. */
    private static final java.util.Set<String> OBJECT_CONTROLLED = java.util.Set.of("of", "for", "from");

    /**
     * The noun a nominal act hangs in that stands where the act itself would, or -1: a container
     * ("adopted a package of sanctions", container-nouns.tsv) or a sum ("announced 45 million euros
     * in humanitarian aid"). Whoever adopts or announces it does the act, when the verb is done.
     */
    static int standIn(SentenceView s, int noun, Lexicon lexicon) {
        SentenceView.Arc up = s.parent(noun);
        if (up == null || up.token() < 0 || !up.relation().startsWith("nmod")) return -1;
        String marker = marker(s, noun);
        if (marker.equals("of") && lexicon.isContainerNoun(s.lemma(up.token()))) return up.token();
        if (marker.equals("in") && s.ner(up.token()).equals("MONEY")) return up.token();
        return -1;
    }

    /** The preposition or conjunction that introduces clause {@code i} ("of" in "of carrying out"), lower case, or "". */
    static String marker(SentenceView s, int i) {
        for (SentenceView.Arc c : s.children(i, "mark")) return s.word(c.token()).toLowerCase();
        for (SentenceView.Arc c : s.children(i, "case")) return s.word(c.token()).toLowerCase();
        return "";
    }

    /**
     * The one accused of a nominal act: "blames the TTP for a surge of attacks", "accused Kabul of
     * the bombing". The act may sit under a quantity noun ("a surge of", "a series of").
     */
    List<String> accusedDoer(SentenceView s, int noun) {
        int verb = accusingVerb(s, noun);
        return verb < 0 ? List.of() : agentsBy(s, verb, "obj");
    }

    /** The accusing verb ("accuse", "blame", "suspect") whose of/for phrase names nominal act {@code noun}, or -1. */
    int accusingVerb(SentenceView s, int noun) {
        int cur = noun;
        for (int hop = 0; hop < 3; hop++) {
            // Enhanced arcs see through "a series of", which the basic tree makes the head.
            for (SentenceView.Arc up : s.parents(cur)) {
                if (up.relation().startsWith("obl") && OBJECT_CONTROLLED.contains(marker(s, cur))
                        && "accuse".equals(lexicon.speechKind(s.lemma(up.token())))) return up.token();
            }
            SentenceView.Arc up = s.parent(cur);
            if (up == null || up.token() < 0 || !up.relation().startsWith("nmod") || !s.isNoun(up.token())) return -1;
            cur = up.token();
        }
        return -1;
    }

    /** Participles and controlled verbs share the subject of the verb they hang on. */
    List<String> inheritedSubject(SentenceView s, int i) {
        SentenceView.Arc up = s.parent(i);
        if (up == null || up.token() < 0) return List.of();
        String rel = up.relation();
        // "Siemens said ..., but analysts warned ...": a clause with a subject of its own inherits none.
        int subject = dependent(s, i, "nsubj");
        // "it maintained that the drone had been flying ... and accused Algeria": the enhanced graph copies
        // the first conjunct's subject onto the second; one that is no party says nothing of who accused.
        boolean copiedNonParty = subject >= 0 && rel.startsWith("conj") && subject < up.token() && agents(s, subject).isEmpty();
        if (subject >= 0 && !copiedNonParty) return List.of();
        if (copiedNonParty && s.tag(i).matches("VB[DN]") && dependent(s, i, "aux") < 0) {
            SentenceView.Arc above = s.parent(up.token());
            if (above != null && above.token() >= 0 && above.token() < up.token() && above.relation().startsWith("ccomp")) {
                return agentsBy(s, above.token(), "nsubj");
            }
            return List.of();
        }
        if ((rel.startsWith("advcl") || rel.startsWith("obl") && s.isVerb(i)) && OBJECT_CONTROLLED.contains(marker(s, i))) {
            // "accused Pakistan of carrying out strikes", "thanked Japan for sending aid": the
            // one accused or thanked does the act, when it is a party.
            List<String> object = agentsBy(s, up.token(), "obj");
            if (!object.isEmpty()) return object;
        }
        // "he is due to hold talks", "is ready to sign": an infinitive on a predicative adjective is
        // the adjective's subject's act (the parser may call it ccomp).
        boolean onAdjective = rel.startsWith("ccomp") && s.tag(up.token()).startsWith("JJ") && marker(s, i).equals("to");
        // "responded by summoning the envoy": the means is the responder's act.
        boolean means = rel.startsWith("obl") && marker(s, i).equals("by") && s.tag(i).equals("VBG") && s.isVerb(up.token());
        if (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj") || onAdjective || means) {
            List<String> shared = agentsBy(s, up.token(), "nsubj", "nsubj:xsubj");
            if (shared.isEmpty() && rel.startsWith("conj") && s.isVerb(i) && dependent(s, up.token(), "nsubj:pass") >= 0) {
                // "X said 60 people had been killed ... and urged the authorities": an active verb
                // cannot share a passive subject; the parser joined it to the wrong clause, so it
                // takes the subject of the clause above.
                SentenceView.Arc above = s.parent(up.token());
                return above == null || above.token() < 0 ? List.of() : agentsBy(s, above.token(), "nsubj");
            }
            // "responded by summoning the envoy and rejecting ...": a conjunct shares what its first inherited.
            if (shared.isEmpty() && rel.startsWith("conj") && s.tag(i).equals("VBG") && s.tag(up.token()).equals("VBG")) {
                return inheritedSubject(s, up.token());
            }
            return shared;
        }
        if (rel.startsWith("acl")) {
            // "Air France-KLM's plan to take control of SAS", "a bid by Ostheim to buy Norvane": an
            // infinitive on an act noun is done by whoever owns the noun.
            if (marker(s, i).equals("to") && s.isNoun(up.token())) {
                List<String> owner = agentsBy(s, up.token(), "nmod:poss", "nmod:by");
                if (!owner.isEmpty()) return owner;
            }
            // "comments hinting at ..." modify their agent; "X has been a partner, receiving ..."
            // hangs on a copular predicate whose subject is the agent.
            List<String> modified = agents(s, up.token());
            if (modified.isEmpty() && s.tag(i).equals("VBG") && lexicon.isUtteranceNoun(s.lemma(up.token()))) {
                // "issued a joint statement urging all sides to ...": what was said is its author's act.
                SentenceView.Arc saying = s.parent(up.token());
                if (saying != null && saying.token() >= 0 && saying.relation().equals("obj")) return agentsBy(s, saying.token(), "nsubj");
            }
            return modified.isEmpty() ? agentsBy(s, up.token(), "nsubj") : modified;
        }
        return List.of();
    }
}
