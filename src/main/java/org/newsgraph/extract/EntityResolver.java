package org.newsgraph.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.QuoteScanner;

/**
 * Finds the entities of an article and decides which token refers to which: gazetteer names
 * (longest match), CoreNLP named entities, office-holder titles without a name ("Colombia's
 * President"), demonym agents ("Colombian officials"), metonymy by syntactic role ("tensions
 * between Washington and Bogotá" are between governments, "a trip to Washington" goes to a city),
 * and coreference chains for pronouns and nominals.
 */
public final class EntityResolver {
    /** Relations under which a capital or seat names a government rather than a place. */
    private static final Set<String> AGENT_RELATIONS = Set.of(
            "nsubj", "nsubj:pass", "nsubj:xsubj", "obl:agent", "nmod:poss", "nmod:between", "obl:between",
            "nmod:with", "obl:with", "nmod:against", "obl:against", "nmod:on", "obl:on", "nmod:toward",
            "obl:toward", "nmod:towards", "obl:towards", "nmod:agent", "obj", "iobj", "nmod:by", "obl:by");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NameFinder nameFinder;
    private final StateBodies stateBodies;
    private final CollectiveActors collectiveActors;
    private final TitleSides titleSides;

    public EntityResolver(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.nameFinder = new NameFinder(gazetteer, lexicon);
        this.stateBodies = new StateBodies(gazetteer, lexicon);
        this.collectiveActors = new CollectiveActors(lexicon);
        this.titleSides = new TitleSides(gazetteer, lexicon);
    }

    /** A name found in the text before it is assigned to an entity (see {@link NameFinder}). */
    record NamedSpan(SentenceView s, int from, int to, String text, String nerType,
                     List<GazetteerEntry> candidates) {}

    public ResolvedEntities resolve(AnalyzedArticle article, List<SentenceView> sentences) {
        ResolvedEntities out = new ResolvedEntities();
        List<NamedSpan> spans = new ArrayList<>();
        for (SentenceView s : sentences) spans.addAll(findNames(article, s));
        spans = joinSplitOrganisationNames(spans);

        Map<String, String> personBySurname = new HashMap<>();
        Map<String, String> organisationByShortName = new HashMap<>();
        Map<String, String> personByFirstName = new HashMap<>();
        Set<String> countries = countriesNamed(article);
        String datelineCountry = datelineCountry(spans);
        out.gazetteerDatelineCountry = datelineCountry;
        // Linked and multi-word names first, so that a bare surname or short name can join them;
        // headline names after body names, so that the body's reading of a name wins.
        // Longer unlinked names before shorter ones, so that "Ben Romdhane" can join "Anis Ben Romdhane".
        spans.sort(java.util.Comparator.comparingInt(EntityResolver::rank).thenComparing(n -> n.s.number() == 0)
                .thenComparingInt(n -> rank(n) == 1 ? n.from - n.to : 0));
        for (NamedSpan span : spans) assign(span, article, out, personBySurname, organisationByShortName, personByFirstName, countries, datelineCountry);
        for (NamedSpan span : spans) if (isDatelineCredit(span)) out.datelineCredits.add(out.entityAt(span.s.index(), span.to));
        for (SentenceView s : sentences) shortNamesMissedByNer(s, sentences, out, personBySurname, organisationByShortName);

        Map<String, String> forcesSeen = new HashMap<>();
        for (SentenceView s : sentences) {
            resolveDemonymModifiers(s, out);
            resolveBodyDescriptors(s, out);
            resolveTitleReferences(s, article, out);
            resolveAgentNouns(s, article, out, forcesSeen);
        }
        stateBodies.resolve(sentences, out);
        for (SentenceView s : sentences) resolveCourtMembers(s, out);
        recordPlaceHosts(out);
        collectiveActors.resolve(sentences, out);
        resolveAffiliations(sentences, article.article().published(), out);
        titleSides.resolve(sentences, article.article().published(), out);
        for (SentenceView s : sentences) resolveTitleReferencesByArticle(s, out);
        HeadNounReferences.resolve(sentences, out, lexicon);
        propagateCoreference(article, sentences, out);
        for (SentenceView s : sentences) resolveBareGovernment(s, out);
        for (SentenceView s : sentences) rebindPossessedAgentNouns(s, out);
        return out;
    }

    /** Linked names, then names of several words, then single words (a PERSON guess last: "Chega's leader"). */
    /**
     * "Zhuhai Skyforge" read as CITY + LOCATION after "Zhuhai Skyforge Propulsion" was found as
     * one organisation: adjacent names NER split, which together are the first words of an
     * organisation's name of the article, are one name (of that organisation; see assign).
     */
    private static List<NamedSpan> joinSplitOrganisationNames(List<NamedSpan> spans) {
        Set<String> prefixes = new java.util.HashSet<>();
        for (NamedSpan n : spans) {
            if (!n.candidates.isEmpty() || !n.nerType.equals("ORGANIZATION") || n.to - n.from < 2) continue;
            for (int k = n.from + 1; k < n.to; k++) prefixes.add(NameKey.of(n.s.textOf(n.from, k)));
        }
        if (prefixes.isEmpty()) return spans;
        List<NamedSpan> joined = new ArrayList<>();
        Set<NamedSpan> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (NamedSpan a : spans) {
            if (taken.contains(a)) continue;
            NamedSpan next = null;
            for (NamedSpan b : spans) {
                if (b.s == a.s && b.from == a.to + 1 && !taken.contains(b)) next = b;
            }
            if (next != null && a.candidates.isEmpty() && next.candidates.isEmpty()
                    && prefixes.contains(NameKey.of(a.s.textOf(a.from, next.to)))) {
                taken.add(next);
                joined.add(new NamedSpan(a.s, a.from, next.to, a.s.textOf(a.from, next.to), "ORGANIZATION", List.of()));
                continue;
            }
            joined.add(a);
        }
        joined.removeIf(taken::contains);
        return joined;
    }

    private static int rank(NamedSpan s) {
        if (!s.candidates.isEmpty()) return 0;
        if (s.to > s.from) return 1;
        return s.nerType.equals("PERSON") ? 3 : 2;
    }

    // ---- finding names ----

    private List<NamedSpan> findNames(AnalyzedArticle article, SentenceView s) {
        return nameFinder.find(article, s);
    }

    // ---- assigning names to entities ----

    private void assign(NamedSpan span, AnalyzedArticle article, ResolvedEntities out, Map<String, String> personBySurname,
                        Map<String, String> organisationByShortName, Map<String, String> personByFirstName,
                        Set<String> countries, String datelineCountry) {
        SentenceView s = span.s;
        int head = span.to;
        if (!span.candidates.isEmpty()) {
            GazetteerEntry entry = choose(span, article);
            GazetteerEntry agent = metonymicAgent(entry, span);
            if (agent != null && (isAgentRole(s, head) || namesAnEmployer(s, head))) entry = agent;
            ResolvedEntities.Draft unlinked = entry.type().isCollective() ? draftNamed(out, span.text) : null;
            if (unlinked != null && unlinked.wikidata == null && unlinked.type == entry.type()) {
                // "the Supreme Court" again, after "Lithuania's Supreme Court" was found to be no gazetteer body.
                if (unlinked.type == EntityType.GovernmentBody) noteOwningState(span, unlinked.key, out);
                addMention(out, unlinked, s, span.from, span.to, false);
                return;
            }
            if (anotherCountrysBody(entry, span, countries) || awayFromHome(entry, span, datelineCountry)) {
                // "Kenya's Supreme Court" is not the gazetteer's US Supreme Court: the name stays, unlinked.
                ResolvedEntities.Draft d = out.draftOf(NameKey.unlinkedKey(entry.type(), span.text), entry.type(), span.text);
                registerShortNames(s, span, d.key, organisationByShortName);
                noteOwningState(span, d.key, out);
                addMention(out, d, s, span.from, span.to, false);
                return;
            }
            String key = entry.key();
            ResolvedEntities.Draft d = out.draftOf(entry);
            if (entry.type() == EntityType.Person) registerSurnames(entry.names(), key, personBySurname);
            if (entry.type().isCollective()) registerShortNames(s, span, key, organisationByShortName);
            if (entry.type() == EntityType.Country) registerCountryShortName(s, span, key, organisationByShortName);
            addMention(out, d, s, span.from, span.to, false);
            return;
        }
        // "Halvard" after "Halvard Group", "Zhuhai Skyforge" after "Zhuhai Skyforge Propulsion".
        String shortMatch = organisationByShortName.get(NameKey.of(span.text));
        // A name NER read as a place keeps it ("Kansas City" before "Kansas City Assembly", a plant),
        // unless it is an organisation's whole name ("Los Lobos" after "the Los Lobos gang").
        if (span.to > span.from && isPlaceNer(span.nerType)) {
            ResolvedEntities.Draft named = draftNamed(out, span.text);
            if (named != null && (named.type == EntityType.Organization || named.type == EntityType.Group)) {
                addMention(out, named, s, span.from, span.to, false);
                return;
            }
        }
        if (shortMatch != null && !shortMatch.isEmpty() && span.to > span.from && !isPlaceNer(span.nerType)) {
            addMention(out, out.drafts.get(shortMatch), s, span.from, span.to, false);
            return;
        }
        if (span.to > span.from && span.nerType.equals("PERSON")) {
            // "Ben Romdhane" after "Anis Ben Romdhane": a family name of several words.
            String family = personBySurname.get(NameKey.of(span.text));
            if (family != null && !family.isEmpty()) {
                addMention(out, out.drafts.get(family), s, span.from, span.to, false);
                return;
            }
        }
        if (span.from == span.to) {
            // "Petro" after "Gustavo Petro"; "Fu" after "Fu Weiqing" (family name first), when no other person has it.
            String surnameMatch = personBySurname.get(NameKey.of(span.text));
            if (surnameMatch == null && span.nerType.equals("PERSON")) surnameMatch = personByFirstName.get(NameKey.of(span.text));
            if (surnameMatch != null && surnameMatch.isEmpty()) surnameMatch = null;
            if (shortMatch != null && shortMatch.isEmpty()) shortMatch = null;
            String match = shortMatch != null && (surnameMatch == null || !span.nerType.equals("PERSON")) ? shortMatch : surnameMatch;
            if (match == null) match = acronymOf(span, out);
            if (match == null && s.number() != 0) {
                // "the far-right Chega party" ... "Chega's leader": one name is one entity, whatever NER calls it the second time.
                ResolvedEntities.Draft named = draftNamed(out, span.text);
                if (named != null) match = named.key;
            }
            if (match != null) {
                addMention(out, out.drafts.get(match), s, span.from, span.to, false);
                return;
            }
        }
        if (s.number() == 0) {
            // A headline, or a title, tags names unreliably (a lone "Tuzantla" is a PERSON there
            // and a LOCATION in the body): a name the body already gave an entity is that entity.
            ResolvedEntities.Draft named = draftNamed(out, span.text);
            if (named != null) {
                addMention(out, named, s, span.from, span.to, false);
                return;
            }
        }
        if (span.to > span.from && (span.nerType.equals("PERSON") || span.nerType.equals("ORGANIZATION"))) {
            // "America Movil" read as an organisation, then as a person: one name of several words is
            // one entity in an article, the one it was first found to be.
            ResolvedEntities.Draft named = draftNamed(out, span.text);
            if (named != null && (named.type == EntityType.Person || named.type.isCollective())) {
                addMention(out, named, s, span.from, span.to, false);
                return;
            }
        }
        EntityType type = typeFromNer(span, lexicon);
        // "Islamic State West Africa Province": a name that holds a known armed group's is a branch of it.
        if (type == EntityType.Organization && namesBranchOfGroup(span.text)) type = EntityType.Group;
        if (type == null) return;
        GazetteerEntry seatOf = type.isPlace() ? gazetteer.agentSeatedAt(span.text).orElse(null) : null;
        if (seatOf != null && (isAgentRole(s, head) || namesAnEmployer(s, head))) {
            // "La Paz has requested his extradition": a seat of government the gazetteer lists
            // only as a seat, not as a place of its own, still stands for its government.
            addMention(out, out.draftOf(seatOf), s, span.from, span.to, false);
            return;
        }
        String key = NameKey.unlinkedKey(type, span.text);
        ResolvedEntities.Draft d = out.draftOf(key, type, span.text);
        if (span.text.length() > d.label.length()) d.label = span.text;
        if (type == EntityType.Person) {
            registerSurnames(List.of(span.text), key, personBySurname);
            registerFirstName(span.text, key, personByFirstName);
        }
        if (type == EntityType.Company || type == EntityType.Organization || type == EntityType.Group) registerShortNames(s, span, key, organisationByShortName);
        if (type == EntityType.GovernmentBody) noteOwningState(span, key, out);
        // "police in La Paz": the seat lies in the country it is the seat of.
        if (seatOf != null && type.isPlace()) out.placeHost.putIfAbsent(d.key, seatOf);
        addMention(out, d, s, span.from, span.to, false);
    }

    /** "India's Ministry of External Affairs": the country that owns a named state body is its state. */
    private static void noteOwningState(NamedSpan span, String bodyKey, ResolvedEntities out) {
        for (int t = span.from; t <= span.to; t++) {
            for (SentenceView.Arc c : span.s.children(t, "nmod:poss")) {
                String owner = out.entityAt(span.s.index(), c.token());
                if (owner != null && out.typeOf(owner) == EntityType.Country) out.affiliation.putIfAbsent(bodyKey, owner);
            }
        }
    }

    /** Person keys by the first word of their multi-word names; "" when two people share it. */
    private static void registerFirstName(String name, String key, Map<String, String> personByFirstName) {
        String[] parts = name.trim().split("\\s+");
        if (parts.length >= 2) putUnlessShared(personByFirstName, NameKey.of(parts[0]), key);
    }

    static boolean isPlaceNer(String nerType) {
        return nerType.equals("CITY") || nerType.equals("LOCATION") || nerType.equals("STATE_OR_PROVINCE") || nerType.equals("COUNTRY");
    }

    /**
     * The shorter names an organisation's name of several words gives: its first word ("Halvard"
     * for "Halvard Group", "Treasury" for "Treasury Department"), unless that is a generic word,
     * and every longer run of its first words ("Zhuhai Skyforge" for "Zhuhai Skyforge
     * Propulsion"). A short name two organisations share names neither ("").
     */
    private void registerShortNames(SentenceView s, NamedSpan span, String key, Map<String, String> byShortName) {
        if (span.to <= span.from) return;
        String first = s.word(span.from);
        if (first.length() >= 3 && s.isProperNoun(span.from) && !lexicon.isNameWord("generic-first", first)
                && gazetteer.countryOfDemonym(first).isEmpty()) {
            putUnlessShared(byShortName, NameKey.of(first), key);
        }
        for (int k = span.from + 1; k < span.to; k++) putUnlessShared(byShortName, NameKey.of(s.textOf(span.from, k)), key);
        if (lexicon.isNameWord("party-word", s.word(span.to)) && Character.isUpperCase(s.word(span.to).charAt(0))) {
            // "the Socialists", "the Social Democrats": the members of the "Socialist Party", "Social Democratic Party".
            String last = s.word(span.to - 1);
            String members = (last.endsWith("ic") ? last.substring(0, last.length() - 2) : last) + "s";
            String before = span.to - 1 > span.from ? s.textOf(span.from, span.to - 2) + " " : "";
            putUnlessShared(byShortName, NameKey.of(before + members), key);
        }
    }

    /**
     * "Congo" after "the Democratic Republic of Congo", "Korea" after "the Republic of Korea": a
     * country named as "... of X" is X for the rest of the article, unless another country of the
     * article is also "... of X" (then the short name names neither; see putUnlessShared).
     */
    private static void registerCountryShortName(SentenceView s, NamedSpan span, String key, Map<String, String> byShortName) {
        for (int k = span.to - 1; k > span.from; k--) {
            if (!s.word(k).equalsIgnoreCase("of")) continue;
            int from = k + 1 <= span.to && s.word(k + 1).equalsIgnoreCase("the") ? k + 2 : k + 1;
            if (from <= span.to && s.isProperNoun(span.to)) putUnlessShared(byShortName, NameKey.of(s.textOf(from, span.to)), key);
            return;
        }
    }

    /** Maps a short name to the one entity it names; "" once two entities share it, so it names neither. */
    private static void putUnlessShared(Map<String, String> byName, String name, String key) {
        String other = byName.putIfAbsent(name, key);
        if (other != null && !other.equals(key)) byName.put(name, "");
    }

    /**
     * "an RSF proposal" after "the Rapid Support Forces": an acronym that spells the initials of
     * exactly one organisation's name met before is that organisation.
     */
    private static String acronymOf(NamedSpan span, ResolvedEntities out) {
        if (!NameKey.isAcronym(span.text)) return null;
        String match = null;
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type == null || !d.type.isCollective()) continue;
            boolean spells = false;
            for (String form : d.surfaceForms) spells |= form.trim().contains(" ") && NameFinder.spellsInitials(span.text, form);
            if (!spells) continue;
            if (match != null) return null;
            match = d.key;
        }
        return match;
    }

    /**
     * A gazetteer body or party of one country ("Supreme Court", "Democrats") named where the
     * text makes it another country's: a possessive, demonym or "of" modifier names another
     * country ("Kenya's Supreme Court"), or the article names other countries and never this one.
     */
    private boolean anotherCountrysBody(GazetteerEntry entry, NamedSpan span, Set<String> named) {
        if (entry.countryQid() == null || !(entry.type() == EntityType.GovernmentBody || entry.type() == EntityType.Organization)) return false;
        SentenceView s = span.s;
        for (SentenceView.Arc c : s.children(span.to)) {
            String rel = c.relation();
            if (!(rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:of"))) continue;
            if (c.token() >= span.from && c.token() <= span.to) continue;
            String country = countryNamedBy(s.word(c.token()));
            if (country != null && !country.equals(entry.countryQid())) return true;
        }
        return !named.isEmpty() && !named.contains(entry.countryQid());
    }

    /**
     * "ULAANBAATAR, April 22 - ... the opposition Democratic Party": a party or body of one country
     * ("Democratic Party" is the US one in the gazetteer) named in a story datelined in another
     * country, in a sentence that does not name its own, is some party of the story's country.
     */
    private boolean awayFromHome(GazetteerEntry entry, NamedSpan span, String datelineCountry) {
        if (datelineCountry == null || entry.countryQid() == null || datelineCountry.equals(entry.countryQid())) return false;
        if (!(entry.type() == EntityType.GovernmentBody || entry.type() == EntityType.Organization)) return false;
        for (int i = 0; i < span.s.size(); i++) if (entry.countryQid().equals(countryNamedBy(span.s.word(i)))) return false;
        return true;
    }

    private static final int LONGEST_DATELINE = 14;

    /**
     * "OSLO, April 22 (Reuters) -": the agency in brackets early in the first body sentence is the
     * story's source, not a party to what it reports.
     */
    private static boolean isDatelineCredit(NamedSpan span) {
        SentenceView s = span.s;
        // A dateline is short ("ADDIS ABABA, Ethiopia, March 3 (Reuters) -"); a bracket later in the sentence is no credit.
        if (s.number() != 1 || span.from < 1 || span.to + 1 >= s.size() || span.to > LONGEST_DATELINE) return false;
        return isOpeningBracket(s.word(span.from - 1)) && isClosingBracket(s.word(span.to + 1));
    }

    /**
     * Does the name open a dateline? In capitals before a comma it does ("LA PAZ, March 4 —"); in
     * ordinary case only when a date or an agency's bracket follows it and a dash or colon closes
     * the dateline soon after ("Baku, May 20 —"), since a lede may open with a capital as its subject
     * ("Kigali, which ..., said").
     */
    private static boolean isDateline(NamedSpan n) {
        SentenceView s = n.s;
        String next = s.word(n.to + 1);
        if (next.equals(",") && n.text.equals(n.text.toUpperCase(java.util.Locale.ROOT))) return true;
        if (!next.equals(",") && !isOpeningBracket(next)) return false;
        boolean dated = false;
        for (int k = n.to + 1; k < Math.min(s.size(), n.to + LONGEST_DATELINE); k++) {
            String w = s.word(k);
            if ("DATE".equals(s.ner(k)) || isOpeningBracket(w)) dated = true;
            if (w.equals(":") || w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—")) return dated;
        }
        return false;
    }

    private static boolean isOpeningBracket(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosingBracket(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * The country of the place a wire dateline names ("ULAANBAATAR, April 22 -", "Colombo, 17 June:",
     * "Podgorica (AFP) -"), as a QID, or null: the gazetteer name NameFinder found opening the first
     * body sentence before a comma or a bracket.
     */
    private String datelineCountry(List<NamedSpan> spans) {
        for (NamedSpan n : spans) {
            if (n.s.number() != 1 || n.from != 0 || n.to + 1 >= n.s.size() || !isDateline(n)) continue;
            for (GazetteerEntry e : n.candidates) {
                if (e.type() == EntityType.Country) return e.qid();
                var country = gazetteer.countryOf(e);
                if (e.type() == EntityType.City && country.isPresent()) return country.get().qid();
            }
        }
        return null;
    }

    private String countryNamedBy(String word) {
        var demonym = gazetteer.countryOfDemonym(word);
        if (demonym.isPresent()) return demonym.get().qid();
        for (GazetteerEntry e : gazetteer.lookup(word)) {
            if (e.type() == EntityType.Country) return e.qid();
        }
        return null;
    }

    /** The countries an article names: by name (up to three words), demonym, or a city of theirs. */
    private Set<String> countriesNamed(AnalyzedArticle article) {
        Set<String> named = new java.util.HashSet<>();
        for (CoreSentence sentence : article.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                gazetteer.countryOfDemonym(tokens.get(i).word()).ifPresent(c -> named.add(c.qid()));
                StringBuilder name = new StringBuilder();
                for (int n = 0; n < 3 && i + n < tokens.size(); n++) {
                    String w = tokens.get(i + n).word();
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) break;
                    if (n > 0) name.append(' ');
                    name.append(w);
                    for (GazetteerEntry e : gazetteer.lookup(name.toString())) {
                        if (e.type() == EntityType.Country) named.add(e.qid());
                        else if (e.type() == EntityType.City && e.countryQid() != null) named.add(e.countryQid());
                    }
                }
            }
        }
        return named;
    }

    /** The entity one of whose names is {@code text}, or null. */
    private static ResolvedEntities.Draft draftNamed(ResolvedEntities out, String text) {
        String key = NameKey.of(text);
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            for (String form : d.surfaceForms) if (NameKey.of(form).equals(key)) return d;
        }
        return null;
    }

    /**
     * "Norvane CEO Priya Raman": a short name NER left untagged still names the entity met before;
     * so does a longer name or acronym met before (see {@link NameFinder#recurrences}).
     */
    private void shortNamesMissedByNer(SentenceView s, List<SentenceView> sentences, ResolvedEntities out, Map<String, String> bySurname,
                                              Map<String, String> byShortName) {
        for (NameFinder.Recurrence r : NameFinder.recurrences(s, out)) {
            ResolvedEntities.Draft d = out.drafts.get(r.key());
            GazetteerEntry seatOf = out.placeHost.get(r.key());
            // "La Paz has requested ...", after "police in La Paz": the seat in an agent's role is its government.
            if (seatOf != null && d.type.isPlace() && d.wikidata == null && isAgentRole(s, r.to())) d = out.draftOf(seatOf);
            addMention(out, d, s, r.from(), r.to(), false);
        }
        for (int i = 0; i < s.size(); i++) {
            if (!s.isProperNoun(i) || out.entityAt(s.index(), i) != null || !s.ner(i).equals("O")) continue;
            // A title-case headline capitalises common words: "Over Carbon Levy" is no short name of the
            // "Carbon Border Adjustment Mechanism", "Protest Law" none of the "Law Society".
            String key = s.number() == 0 && !usedAloneInBody(sentences, s.word(i)) ? bySurname.get(NameKey.of(s.word(i)))
                    : byShortName.getOrDefault(NameKey.of(s.word(i)), bySurname.get(NameKey.of(s.word(i))));
            if (key != null && !key.isEmpty()) addMention(out, out.drafts.get(key), s, i, i, false);
        }
    }

    /** The body uses the word on its own, not only as the first word of a longer capitalised name. */
    private static boolean usedAloneInBody(List<SentenceView> sentences, String word) {
        for (SentenceView b : sentences) {
            if (b.number() == 0) continue;
            for (int k = 0; k < b.size(); k++) {
                if (!b.word(k).equals(word)) continue;
                if (k + 1 >= b.size() || !(b.isProperNoun(k + 1) && Character.isUpperCase(b.word(k + 1).charAt(0)))) return true;
            }
        }
        return false;
    }

    private static void registerSurnames(Iterable<String> names, String key, Map<String, String> bySurname) {
        for (String name : names) {
            String[] parts = name.trim().split("\\s+");
            if (parts.length > 1) bySurname.putIfAbsent(NameKey.of(parts[parts.length - 1]), key);
            // A family name of several words: "Anis Ben Romdhane" is "Ben Romdhane", "Ursula von der Leyen" "von der Leyen".
            for (int from = parts.length - 2; from >= 1; from--) {
                bySurname.putIfAbsent(NameKey.of(String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length))), key);
            }
            // Korean names put the family name first, the given name hyphenated: "Lee Jae-myung" is "Lee".
            if (parts.length == 2 && parts[1].contains("-")) bySurname.putIfAbsent(NameKey.of(parts[0]), key);
            bySurname.putIfAbsent(NameKey.of(name), key);
        }
    }

    /**
     * Picks the gazetteer entry that fits what CoreNLP saw, Washington-the-state after "City, ",
     * and Georgia-the-country (NER says STATE_OR_PROVINCE) in a story that says "Georgian" or "Tbilisi".
     */
    private GazetteerEntry choose(NamedSpan span, AnalyzedArticle article) {
        List<GazetteerEntry> c = span.candidates;
        if (c.size() == 1) return c.get(0);
        SentenceView s = span.s;
        boolean afterCityComma = span.from >= 2 && s.word(span.from - 1).equals(",") && s.isProperNoun(span.from - 2);
        if (afterCityComma) {
            for (GazetteerEntry e : c) if (e.type() == EntityType.Region) return e;
        }
        for (GazetteerEntry e : c) if (e.type() == EntityType.Country && corroborated(e, article)) return e;
        for (GazetteerEntry e : c) if (compatible(span.nerType, e.type())) return e;
        return c.get(0);
    }

    /** The article also uses the country's demonym or names a city of it: the name is the country. */
    private boolean corroborated(GazetteerEntry country, AnalyzedArticle article) {
        for (CoreSentence sentence : article.sentences()) {
            for (CoreLabel token : sentence.tokens()) {
                if (gazetteer.countryOfDemonym(token.word()).filter(country::equals).isPresent()) return true;
                for (GazetteerEntry e : gazetteer.lookup(token.word())) {
                    if (e.type() == EntityType.City && country.qid() != null && country.qid().equals(e.countryQid())) return true;
                }
            }
        }
        return false;
    }

    private static boolean compatible(String ner, EntityType type) {
        return switch (ner) {
            case "PERSON" -> type == EntityType.Person;
            case "COUNTRY" -> type == EntityType.Country;
            case "CITY" -> type == EntityType.City;
            case "STATE_OR_PROVINCE" -> type == EntityType.Region || type == EntityType.City;
            case "ORGANIZATION" -> !type.isPlace() || type == EntityType.Facility;
            case "LOCATION" -> type.isPlace();
            default -> false;
        };
    }

    private GazetteerEntry metonymicAgent(GazetteerEntry entry, NamedSpan span) {
        if (entry.type().isAgent()) return null;
        if (entry.standsFor() != null) return gazetteer.byQid(entry.standsFor()).orElse(null);
        return gazetteer.agentSeatedAt(span.text).orElse(null);
    }

    /**
     * "a Kremlin spokesman", "White House officials", "the White House press secretary": a seat
     * that modifies an agent noun or a title names whom they work for, the government.
     */
    private boolean namesAnEmployer(SentenceView s, int head) {
        SentenceView.Arc up = s.parent(head);
        for (int step = 0; step < 2 && up != null && up.token() >= 0 && up.relation().equals("compound"); step++) {
            int noun = up.token();
            if (lexicon.isAgentNoun(s.lemma(noun)) || SentenceScope.isTitle(lexicon, s, noun)) return true;
            up = s.parent(noun);
        }
        return false;
    }

    /** Is the token in a role that only an agent can fill ("Washington said", "ties with Bogotá")? */
    private boolean isAgentRole(SentenceView s, int head) {
        for (SentenceView.Arc p : s.parents(head)) {
            // "a formal protest from Belmopan", "drawing criticism from Beijing": an act comes from whoever made it.
            if ((p.relation().equals("nmod:from") || p.relation().equals("obl:from")) && p.token() >= 0 && comesFromSomeone(s, p.token())) return true;
            if (AGENT_RELATIONS.contains(p.relation())) {
                // "visited Beijing" / "arrived in Moscow": an object of a motion verb is a place.
                if (p.relation().equals("obj") && !s.isVerb(p.token())) continue;
                return true;
            }
            // "at the request of Washington", "at the invitation of Beijing": whoever asked or invited.
            if (p.relation().equals("nmod:of") && p.token() >= 0 && RoleFinder.marker(s, p.token()).equals("at")) return true;
        }
        return false;
    }

    /** Is the word an act or a saying that someone makes ("protest", "criticism", "request"), or a verb whose object is one? */
    private boolean comesFromSomeone(SentenceView s, int word) {
        int noun = word;
        if (s.isVerb(word)) noun = RoleFinder.dependent(s, word, "obj");
        if (noun < 0 || !s.isNoun(noun)) return false;
        return lexicon.isUtteranceNoun(s.lemma(noun)) || !lexicon.triggers(s.lemma(noun), 'N').isEmpty();
    }

    /** NER types a company descriptor overrides: unknown one-word names come out as people or places. */
    private static final Set<String> DESCRIBABLE_AS_COMPANY = Set.of("PERSON", "LOCATION", "CITY", "ORGANIZATION");

    private static EntityType typeFromNer(NamedSpan span, Lexicon lexicon) {
        if (DESCRIBABLE_AS_COMPANY.contains(span.nerType) && describedAsCompany(span, lexicon)) {
            return EntityType.Company;
        }
        return switch (span.nerType) {
            case "PERSON" -> looksLikeSite(span, lexicon) ? EntityType.Region : EntityType.Person;
            case "COUNTRY" -> EntityType.Country;
            case "CITY" -> EntityType.City;
            case "STATE_OR_PROVINCE" -> EntityType.Region;
            case "LOCATION" -> namedAsSettlement(span, lexicon) ? EntityType.City
                    : describedAsBody(span, lexicon) ? EntityType.Organization : EntityType.Region;
            case "ORGANIZATION" -> isFederalState(span) ? EntityType.Region
                    : looksLikeCompany(span, lexicon) ? EntityType.Company
                    : looksLikeGovernmentBody(span, lexicon) ? EntityType.GovernmentBody
                    : namesAGang(span, lexicon) ? EntityType.Group : EntityType.Organization;
            default -> null;
        };
    }

    /** Does a longer name start with a group's name the gazetteer knows ("Islamic State West Africa Province")? */
    private boolean namesBranchOfGroup(String name) {
        String[] words = name.trim().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (gazetteer.lookup(start).stream().anyMatch(e -> e.type() == EntityType.Group)) return true;
        }
        return false;
    }

    /**
     * "Nigeria's Borno State", "in Kaduna State": NER reads a federal state named with "State" as an
     * organisation; after a country's possessive or a bare "in" it is the region.
     */
    private static boolean isFederalState(NamedSpan span) {
        SentenceView s = span.s;
        if (span.to == span.from || !s.word(span.to).equals("State") || span.from < 1) return false;
        boolean ofCountry = span.from >= 2 && s.word(span.from - 1).equals("'s") && "COUNTRY".equals(s.ner(span.from - 2));
        return ofCountry || s.word(span.from - 1).equals("in");
    }

    /** "the Viv Ansanm gang coalition", "the Los Lobos gang": a name right before a gang word is an armed group's. */
    private static boolean namesAGang(NamedSpan span, Lexicon lexicon) {
        int next = span.to + 1;
        return next < span.s.size() && Character.isLowerCase(span.s.word(next).charAt(0)) && lexicon.isNameWord("gang-head", span.s.word(next));
    }

    /**
     * "Ferenc Puskás Stadium", "Wayne Gretzky Drive": a place named after a person, which the
     * tagger reads as the person. A name of three words or more ending in a place suffix is the
     * place (two words are too often a surname: "Michael Bay", "Mungo Park").
     */
    private static boolean looksLikeSite(NamedSpan span, Lexicon lexicon) {
        return span.to - span.from >= 2 && lexicon.isNameWord("place-suffix", span.s.word(span.to));
    }

    /**
     * "the besieged cities of El Obeid and Kadugli": a place NER could not type that the text
     * calls one of several cities or towns (name-words.tsv: settlement) is a city.
     */
    private static boolean namedAsSettlement(NamedSpan span, Lexicon lexicon) {
        // Only the plural: a singular "the town of Guilderland, Albany County" is an address, read by LocationChains.
        SentenceView s = span.s;
        for (SentenceView.Arc up : s.parents(span.to)) {
            if (up.token() < 0 || !up.relation().equals("nmod:of") || !s.tag(up.token()).equals("NNS")) continue;
            if (lexicon.isNameWord("settlement", s.lemma(up.token())) && Character.isLowerCase(s.word(up.token()).charAt(0))) return true;
        }
        return false;
    }

    /**
     * "Italian pasta maker Sorvano", "Sorvano, an Italian pasta maker": a common noun that says
     * what kind of business the name is (name-words.tsv: company-descriptor), set before the name
     * or in apposition to it.
     */
    private static boolean describedAsCompany(NamedSpan span, Lexicon lexicon) {
        SentenceView s = span.s;
        for (SentenceView.Arc c : s.children(span.to)) {
            boolean before = c.relation().equals("compound") && c.token() < span.from;
            if ((before || c.relation().equals("appos")) && !s.isProperNoun(c.token())
                    && lexicon.isNameWord("company-descriptor", s.lemma(c.token()))) return true;
        }
        SentenceView.Arc up = s.parent(span.to);
        return up != null && up.token() >= 0 && up.relation().equals("appos") && !s.isProperNoun(up.token())
                && lexicon.isNameWord("company-descriptor", s.lemma(up.token()));
    }

    /**
     * "The UN peacekeeping mission in Congo, MONUSCO, said": a name the tagger read as a place,
     * in apposition to a noun for an organisation or a state's agents, is that organisation.
     */
    private static boolean describedAsBody(NamedSpan span, Lexicon lexicon) {
        SentenceView s = span.s;
        SentenceView.Arc up = s.parent(span.to);
        int noun = up != null && up.token() >= 0 && up.relation().equals("appos") ? up.token() : -1;
        return noun >= 0 && !s.isProperNoun(noun)
                && (lexicon.isNameWord("organisation-nominal", s.lemma(noun)) || lexicon.isAgentNoun(s.lemma(noun)));
    }

    /** "Norvane Systems Inc.", "Halvard Group": a company suffix ends the name (name-words.tsv). */
    private static boolean looksLikeCompany(NamedSpan span, Lexicon lexicon) {
        // By the name's text: an acronym found after a name carries the full name (NameFinder).
        String[] words = span.text.trim().split("\\s+");
        // "Ministry of Enterprises" is a ministry whatever its last word.
        return words.length > 1 && lexicon.isNameWord("company-suffix", words[words.length - 1].replace(".", ""))
                && !lexicon.isNameWord("government-body", words[0]);
    }

    /**
     * "Interior Ministry", "Court of Auditors", "Federal Trade Commission": a state body's word
     * starts or ends the name, or the name holds an executive body's words ("Foreign Office").
     */
    private static boolean looksLikeGovernmentBody(NamedSpan span, Lexicon lexicon) {
        String[] words = span.text.trim().split("[\\s\\-]+");
        // "Pakistan's Foreign Office": an executive body's words name a government body too.
        return words.length > 1 && (lexicon.isNameWord("government-body", words[0])
                || lexicon.isNameWord("government-body", words[words.length - 1]) || lexicon.isExecutiveBody(span.text));
    }

    // ---- references that are not names ----

    /**
     * "German Chancellor", "Japanese officials", "an American actor", "the Canadian province of
     * Alberta": a demonym modifying a noun refers to its country, and is a mention of it (the
     * nationality, place and organisation rules read the country from it).
     */
    private void resolveDemonymModifiers(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.isNoun(i)) continue;
            for (SentenceView.Arc c : s.children(i)) {
                if (!(c.relation().equals("amod") || c.relation().equals("compound"))) continue;
                if (out.entityAt(s.index(), c.token()) != null) continue;
                int from = c.token();
                var country = gazetteer.countryOfDemonym(s.word(c.token()), out.drafts::containsKey);
                if (country.isEmpty() && from > 0) {
                    // Two-word demonyms: "South Korean", "New Zealand", "Sri Lankan".
                    country = gazetteer.countryOfDemonym(s.word(from - 1) + " " + s.word(from));
                    if (country.isPresent()) from--;
                }
                if (country.isEmpty()) continue;
                addMention(out, out.draftOf(country.get()), s, from, c.token(), true);
            }
        }
    }

    private boolean isTitle(SentenceView s, int i) {
        return SentenceScope.isTitle(lexicon, s, i);
    }

    /** Where a place lies or whom it stands for: "a trip to Tokyo" is a visit to Japan. */
    private void recordPlaceHosts(ResolvedEntities out) {
        for (ResolvedEntities.Draft d : List.copyOf(out.drafts.values())) {
            if (d.type.isAgent()) continue;
            // An unlinked gazetteer place ("Antalya") still says which country it lies in.
            GazetteerEntry place = d.wikidata != null ? gazetteer.byQid(d.wikidata).orElse(null) : unlinkedPlaceNamed(d.label);
            if (place == null) continue;
            String hostQid = place.standsFor() != null ? place.standsFor() : place.countryQid();
            GazetteerEntry host = hostQid == null ? null : gazetteer.byQid(hostQid).orElse(null);
            if (host == null || !host.type().isAgent()) continue;
            out.placeHost.put(d.key, host);
        }
    }

    private GazetteerEntry unlinkedPlaceNamed(String label) {
        if (label == null) return null;
        for (GazetteerEntry e : gazetteer.lookup(label)) {
            if (e.qid() == null && !e.type().isAgent() && e.name().equals(label)) return e;
        }
        return null;
    }

    /**
     * "Colombia's President", "the US president": the office holder on the publication date, when
     * the gazetteer is known to be current on that date; otherwise the title stays unresolved and
     * the office stands for its state (see RoleFinder).
     */
    private void resolveTitleReferences(SentenceView s, AnalyzedArticle article, ResolvedEntities out) {
        LocalDate day = article.article().published();
        for (int i = 0; i < s.size(); i++) {
            if (!isUnnamedTitle(s, i, out)) continue;
            String country = modifierEntity(s, i, out, EntityType.Country);
            if (country == null && i > 0) country = modifierEntity(s, i - 1, out, EntityType.Country);
            if (country == null) continue;
            String holder = officeHolder(country, SentenceScope.titleText(lexicon, s, i), day);
            if (holder == null) holder = officeHolder(country, s.word(i), day);
            if (holder == null) continue;
            addMention(out, out.draftOf(gazetteer.byQid(holder).orElseThrow()), s, i, i, true);
        }
    }

    /**
     * "accused the Argentine leader" after "Argentine President Javier Milei": a title reference the
     * gazetteer cannot answer for the day (its office list may be out of date) is the one person the
     * article itself gives that country's title; a "leader" is its head of state or government.
     */
    private void resolveTitleReferencesByArticle(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (s.tag(i).endsWith("S") || !isUnnamedTitle(s, i, out)) continue;
            String country = modifierEntity(s, i, out, EntityType.Country);
            if (country == null) continue;
            String title = s.lemma(i).toLowerCase(java.util.Locale.ROOT);
            String holder = null;
            for (ResolvedEntities.Draft d : out.drafts.values()) {
                if (d.type != EntityType.Person || !country.equals(out.countryOf(d.key)) || !holdsCountryTitle(out, d.key, title)) continue;
                if (holder != null) return;
                holder = d.key;
            }
            if (holder != null) addMention(out, out.drafts.get(holder), s, i, i, true);
        }
    }

    private boolean holdsCountryTitle(ResolvedEntities out, String person, String title) {
        if (!title.equals("leader")) return out.holdsTitle(person, title);
        for (String held : out.titles.getOrDefault(person, Set.of())) {
            for (Lexicon.Title t : lexicon.titles(held)) {
                if (t.appliesTo() == EntityType.Country && (t.role().equals("headOfState") || t.role().equals("headOfGovernment"))) return true;
            }
        }
        return false;
    }

    /** A title noun no entity took yet and no name goes with ("Colombia's President", "the Argentine leader"). */
    private boolean isUnnamedTitle(SentenceView s, int i, ResolvedEntities out) {
        return out.entityAt(s.index(), i) == null && s.isNoun(i) && isTitle(s, i) && !hasNameAttached(s, i, out) && !namesAnotherHolder(s, i);
    }

    /**
     * "the first prime minister of Siam", "the former president": not the office's holder of the
     * day; "the deputy prime minister": the holder of another office.
     */
    private boolean namesAnotherHolder(SentenceView s, int title) {
        for (SentenceView.Arc c : s.children(title)) {
            if (!c.relation().equals("amod") && !c.relation().equals("compound")) continue;
            String word = s.lemma(c.token()).toLowerCase();
            if (lexicon.isNameWord("not-current", word) || lexicon.isNameWord("other-office", word)) return true;
        }
        return false;
    }

    private boolean hasNameAttached(SentenceView s, int title, ResolvedEntities out) {
        SentenceView.Arc p = s.parent(title);
        if (p != null && (p.relation().equals("compound") || p.relation().equals("appos"))
                && out.typeOf(out.entityAt(s.index(), p.token())) == EntityType.Person) return true;
        for (SentenceView.Arc c : s.children(title, "appos")) {
            if (out.typeOf(out.entityAt(s.index(), c.token())) == EntityType.Person) return true;
        }
        return out.typeOf(SentenceScope.nameBeforeTitle(lexicon, s, title, out)) == EntityType.Person;
    }

    private String officeHolder(String countryQid, String title, LocalDate day) {
        for (Office o : gazetteer.officesIn(countryQid)) {
            if (!o.isFormer() && o.knownHeldOn(day) && o.title() != null && o.title().equalsIgnoreCase(title)) return o.personQid();
        }
        return null;
    }

    /** An entity of the wanted type in a possessive, compound, adjectival or "of" modifier of token i. */
    static String modifierEntity(SentenceView s, int i, ResolvedEntities out, EntityType wanted) {
        for (SentenceView.Arc c : s.children(i)) {
            String rel = c.relation();
            if (!(rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of"))) continue;
            String key = out.entityAt(s.index(), c.token());
            if (key == null) continue;
            if (wanted == null || out.typeOf(key) == wanted || out.countryOf(key) != null && wanted == EntityType.Country) {
                return wanted == EntityType.Country ? out.countryOf(key) : key;
            }
        }
        return null;
    }

    /**
     * "the regulator", "the watchdog", "the Chinese regulator" (name-words.tsv: body-descriptor):
     * the public body named last before, one of the demonym's country if a demonym says so, rather
     * than the state itself. A body is a government body, or an organisation whose name says it is
     * one ("State Administration for Market Regulation").
     */
    private void resolveBodyDescriptors(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.tag(i).equals("NN") || !lexicon.isNameWord("body-descriptor", s.lemma(i))) continue;
            String descriptor = s.lemma(i).toLowerCase(java.util.Locale.ROOT);
            String described = describedName(s, i, out);
            if (described != null) {
                // "the telecoms regulator Osiptel", "Indecopi, the competition regulator": a later
                // "the regulator" is this body, whatever other body was named in between.
                out.bodyByDescriptor.put(descriptor, described);
                continue;
            }
            if (!RoleFinder.isDefinite(s, i)) continue;
            String earlier = out.bodyByDescriptor.get(descriptor);
            if (earlier != null && out.entityAt(s.index(), i) == null && s.children(i, "amod").isEmpty()) {
                addMention(out, out.drafts.get(earlier), s, i, i, true);
                continue;
            }
            String country = null;
            for (SentenceView.Arc c : s.children(i, "amod")) {
                var demonym = gazetteer.countryOfDemonym(s.word(c.token()), out.drafts::containsKey);
                if (demonym.isPresent()) country = demonym.get().key();
            }
            final String of = country;
            String body = out.lastMentionedBefore(s.begin(i), t -> t == EntityType.GovernmentBody || t == EntityType.Organization,
                    key -> isPublicBody(out, key) && (of == null || out.countryOf(key) == null || of.equals(out.countryOf(key))));
            if (body != null) addMention(out, out.drafts.get(body), s, i, i, true);
        }
    }

    /** "Noboa accused the judges of protecting criminals": the members of a court are the court named last. */
    private void resolveCourtMembers(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (!lexicon.isNameWord("court-member", s.lemma(i)) || !RoleFinder.isDefinite(s, i) || out.entityAt(s.index(), i) != null) continue;
            String court = out.lastMentionedBefore(s.begin(i), t -> t == EntityType.GovernmentBody || t == EntityType.Organization,
                    key -> isCourt(out.labelOf(key)));
            if (court != null) addMention(out, out.drafts.get(court), s, i, i, true);
        }
    }

    /** A body whose name has a court word (name-words kind {@code court-word}): "Constitutional Court", "Arbitral Tribunal". */
    private boolean isCourt(String label) {
        return lexicon.hasNameWordIn("court-word", label);
    }

    /** The organisation or body a descriptor noun names by compound or apposition ("regulator Osiptel", "Osiptel, the regulator"), or null. */
    private static String describedName(SentenceView s, int descriptor, ResolvedEntities out) {
        List<Integer> near = new ArrayList<>();
        SentenceView.Arc up = s.parent(descriptor);
        if (up != null && up.token() >= 0 && (up.relation().equals("compound") || up.relation().equals("appos"))) near.add(up.token());
        for (SentenceView.Arc c : s.children(descriptor, "appos")) near.add(c.token());
        for (int k : near) {
            String key = out.entityAt(s.index(), k);
            if (key != null && out.typeOf(key) != null && out.typeOf(key).isCollective()) return key;
        }
        return null;
    }

    private boolean isPublicBody(ResolvedEntities out, String key) {
        String label = out.labelOf(key);
        if (label == null) return false;
        boolean named = false;
        for (String word : label.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            // A court or a parliament is no regulator.
            if (lexicon.isNameWord("no-regulator", word)) return false;
            named |= lexicon.isNameWord("government-body", word) || lexicon.isNameWord("body-descriptor", word);
        }
        // Nor is a ministry (executive-bodies.tsv), which acts as its state.
        if (lexicon.isExecutiveBody(label)) return false;
        return out.typeOf(key) == EntityType.GovernmentBody || named && out.wikidataOf(key) == null;
    }

    /**
     * "Colombian officials", "US authorities", "Petro's government" act for a country. So do
     * "soldiers in Gambia", and then "the soldiers" ({@code forcesSeen}: the country of the armed
     * forces each noun last named, and under "government" the country whose government was last
     * named, for a later "government forces").
     */
    private void resolveAgentNouns(SentenceView s, AnalyzedArticle article, ResolvedEntities out, Map<String, String> forcesSeen) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.isNoun(i) || out.entityAt(s.index(), i) != null || !lexicon.isAgentNoun(s.lemma(i))) continue;
            if (namesADivision(s, i)) continue;
            String country = null;
            for (SentenceView.Arc c : s.children(i)) {
                String rel = c.relation();
                if (rel.equals("amod") || rel.equals("compound")) {
                    var demonym = gazetteer.countryOfDemonym(s.word(c.token()), out.drafts::containsKey);
                    if (demonym.isPresent()) country = out.ensure(demonym.get());
                }
                if (country == null && (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of"))) {
                    country = out.countryOf(out.entityAt(s.index(), c.token()));
                    if (country == null && rel.equals("nmod:poss")) {
                        // "Petro's government": the country whose office the person holds.
                        country = currentCountryOf(out.entityAt(s.index(), c.token()), article.article().published(), out);
                    }
                }
                // "detectives from the National Anti-Corruption Bureau", "investigators from the UN": the
                // body they come from acts, not its country.
                if (country == null && rel.equals("nmod:from")) {
                    String body = out.entityAt(s.index(), c.token());
                    EntityType t = body == null ? null : out.typeOf(body);
                    if (t == EntityType.GovernmentBody || t == EntityType.Organization || t == EntityType.Country) country = body;
                }
                // "the transitional government in Bamako": a government sits in its own state.
                if (country == null && rel.equals("nmod:in") && lexicon.isNameWord("seated-government", s.lemma(i))) {
                    country = stateOfPlace(out.entityAt(s.index(), c.token()), out);
                }
                if (country != null) break;
            }
            boolean armed = "military".equals(lexicon.agentArm(s.lemma(i)));
            if (country == null && armed) country = forcesOf(s, i, out, forcesSeen);
            // "Syria's government and the SDF agreed ... clashes between government forces and SDF
            // fighters": the forces of the government the article last named by its country.
            if (country == null && armed && hasGovernmentModifier(s, i)) country = forcesSeen.get(GOVERNMENT);
            if (country != null && out.contains(country)) {
                addMention(out, out.drafts.get(country), s, i, i, true);
                if (armed || s.lemma(i).equals(GOVERNMENT)) forcesSeen.put(s.lemma(i), country);
            }
        }
    }

    private static final String GOVERNMENT = "government";

    /** "government forces", "government troops": the noun's own compound is the word "government". */
    private static boolean hasGovernmentModifier(SentenceView s, int noun) {
        for (SentenceView.Arc c : s.children(noun, "compound")) if (s.lemma(c.token()).equals(GOVERNMENT)) return true;
        return false;
    }

    /** The country a named place lies in by the gazetteer, made part of the article; null for no place. */
    private String stateOfPlace(String place, ResolvedEntities out) {
        EntityType t = out.typeOf(place);
        if (t == null || !t.isPlace()) return null;
        return t == EntityType.Country ? place : gazetteer.countryOfQid(out.wikidataOf(place)).map(out::ensure).orElse(null);
    }

    /**
     * "The government renewed its demand": a bare "the government" that neither words nor
     * coreference tied to a country is the government of the country the story is about.
     */
    private static void resolveBareGovernment(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (!isBareGovernment(s, i) || out.entityAt(s.index(), i) != null) continue;
            String main = out.mainCountry();
            if (main != null) addMention(out, out.drafts.get(main), s, i, i, true);
        }
    }

    /** "the government" with nothing on it: no owner, modifier or phrase says whose. */
    private static boolean isBareGovernment(SentenceView s, int i) {
        return s.lemma(i).equals("government") && RoleFinder.isDefinite(s, i)
                && s.children(i).stream().allMatch(c -> c.relation().equals("det") || c.relation().equals("punct") || c.relation().equals("case"));
    }

    /**
     * "Soldiers in Gambia seized power": forces in a country with no other owner are its own. "The
     * soldiers", with nothing else on the noun, are the ones last named.
     */
    private static String forcesOf(SentenceView s, int noun, ResolvedEntities out, Map<String, String> forcesSeen) {
        for (SentenceView.Arc in : s.children(noun, "nmod:in")) {
            String place = out.entityAt(s.index(), in.token());
            if (place != null && out.typeOf(place) == EntityType.Country) return place;
        }
        boolean bare = RoleFinder.isDefinite(s, noun);
        for (SentenceView.Arc c : s.children(noun)) {
            if (c.relation().startsWith("nmod") || c.relation().equals("amod") || c.relation().equals("compound")) bare = false;
        }
        return bare ? forcesSeen.get(s.lemma(noun)) : null;
    }

    /** "the Mexican state of Michoacán", "the U.S. state of Oregon": the noun is Michoacán's kind, not Mexico's government. */
    private boolean namesADivision(SentenceView s, int noun) {
        if (!lexicon.isNameWord("division", s.lemma(noun))) return false;
        for (SentenceView.Arc of : s.children(noun, "nmod:of")) if (s.isProperNoun(of.token())) return true;
        return false;
    }

    private String currentCountryOf(String personKey, LocalDate day, ResolvedEntities out) {
        if (personKey == null || out.typeOf(personKey) != EntityType.Person) return null;
        for (Office o : gazetteer.officesOf(personKey)) {
            if (o.isFormer() || !o.heldOn(day)) continue;
            var of = gazetteer.byQid(o.ofQid());
            if (of.isPresent() && of.get().type() == EntityType.Country) return out.ensure(of.get());
        }
        return null;
    }

    /** People act for the country whose office they hold, or that their title phrase names. */
    private void resolveAffiliations(List<SentenceView> sentences, LocalDate day, ResolvedEntities out) {
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type != EntityType.Person) continue;
            // Offices are filed under the entry's key: the QID, or for a row without one its unlinked key.
            for (Office o : gazetteer.officesOf(d.key)) {
                if (!o.isFormer() && o.heldOn(day) && o.title() != null) {
                    out.titles.computeIfAbsent(d.key, k -> new java.util.HashSet<>()).add(o.title().toLowerCase());
                }
                if (!o.isFormer() && o.heldOn(day) && out.contains(o.ofQid()) && out.typeOf(o.ofQid()) == EntityType.Country) {
                    out.affiliation.putIfAbsent(d.key, o.ofQid());
                }
            }
        }
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String person = out.entityAt(s.index(), i);
                if (out.typeOf(person) != EntityType.Person) continue;
                for (SentenceView.Arc c : s.children(i, "compound")) {
                    if (lexicon.titles(s.lemma(c.token())).isEmpty()) continue;
                    // "former deputy prime minister Aleksa Bečić" is not who "the prime minister" means.
                    if (namesAnotherHolder(s, c.token())) continue;
                    java.util.Set<String> held = out.titles.computeIfAbsent(person, k -> new java.util.HashSet<>());
                    held.add(s.word(c.token()).toLowerCase());
                    held.add(SentenceScope.titleText(lexicon, s, c.token()).toLowerCase());
                    String country = modifierEntity(s, c.token(), out, EntityType.Country);
                    if (country != null) out.affiliation.putIfAbsent(person, country);
                }
            }
        }
    }

    /**
     * "Hun Manet said his government would withdraw": once "his" is known to be the prime minister,
     * "his government" is his country's, whatever chain coreference put it in (it sometimes joins
     * a government noun to another country mentioned nearby).
     */
    private void rebindPossessedAgentNouns(SentenceView s, ResolvedEntities out) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.isNoun(i) || !lexicon.isAgentNoun(s.lemma(i))) continue;
            int owner = RoleFinder.dependent(s, i, "nmod:poss");
            if (owner < 0) continue;
            String person = out.entityAt(s.index(), owner);
            String country = out.typeOf(person) == EntityType.Person ? out.countryOf(person) : null;
            String current = out.entityAt(s.index(), i);
            if (country == null || country.equals(current) || !out.contains(country)) continue;
            if (current != null) {
                int begin = s.begin(i);
                out.mentions.removeIf(m -> m.span().sentence() == s.number() && m.span().begin() == begin);
            }
            addMention(out, out.drafts.get(country), s, i, i, true);
        }
    }

    // ---- coreference ----

    private void propagateCoreference(AnalyzedArticle article, List<SentenceView> sentences, ResolvedEntities out) {
        if (article.document().corefChains() == null) return;
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(article.text());
        learnGendersFromOwnSentence(sentences, out);
        learnGenders(article, out);
        for (CorefChain chain : article.document().corefChains().values()) {
            Map<String, Integer> votes = new HashMap<>();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                String key = out.entityAt(m.sentNum - 1, m.headIndex - 1);
                if (key != null) votes.merge(key, 1, Integer::sum);
            }
            if (votes.isEmpty()) continue;
            String key = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            ResolvedEntities.Draft d = out.drafts.get(key);
            int named = firstSentenceOf(out, key);
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                SentenceView s = sentences.get(m.sentNum - 1);
                int head = m.headIndex - 1;
                if (out.entityAt(s.index(), head) != null) continue;
                if (!agrees(m, s, head, d, out)) continue;
                // "The government rejected the criticism" in a story from Kingston, after "Britain pledged
                // ...": coreference joins the bare noun to the country named last, but news means by it the
                // government of the country the story is about (resolveBareGovernment).
                if (isBareGovernment(s, head) && out.mainCountry() != null) continue;
                // "She warned Washington ..." before the sentence that first names Takaichi: news names
                // people before it calls them "she", so a pronoun never points to a later sentence.
                if (m.mentionType == Dictionaries.MentionType.PRONOMINAL && s.index() < named) continue;
                if (d.type == EntityType.Person && QuotedFirstPerson.isFirstPerson(s, head) && inQuote(quotes, s.begin(head))) {
                    // A quoted "I" is the quote's speaker once the speaker is read (QuotedFirstPerson); coreference's
                    // reading stays only for a quote with no known speaker. It is no mention of the person: coreference
                    // often joins it to someone named after the quote, and the "she" of the reporting clause would follow.
                    out.tokenEntity.put(ResolvedEntities.at(s.index(), head), d.key);
                    continue;
                }
                addMention(out, d, s, head, head, true);
            }
        }
    }

    /** The first sentence that mentions the entity, by name or otherwise. */
    private static int firstSentenceOf(ResolvedEntities out, String key) {
        int first = Integer.MAX_VALUE;
        for (Mention m : out.mentions) if (m.entityKey().equals(key)) first = Math.min(first, m.span().sentence());
        return first;
    }

    /**
     * A person's gender, where nothing (the gazetteer) gave it yet: CoreNLP's reading of the name
     * ("Kaja Kallas" is a woman's), else the pronouns of the person's own chain when they all
     * agree ("his party", "his arrest"). It keeps "She said the bloc would ..." from joining the
     * man named at the end of the sentence before.
     */
    private static void learnGenders(AnalyzedArticle article, ResolvedEntities out) {
        for (CorefChain chain : article.document().corefChains().values()) {
            Map<String, Integer> votes = new HashMap<>();
            Set<String> pronouns = new java.util.HashSet<>();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                String key = out.entityAt(m.sentNum - 1, m.headIndex - 1);
                ResolvedEntities.Draft named = key == null ? null : out.drafts.get(key);
                if (named != null && named.type == EntityType.Person && m.mentionType == Dictionaries.MentionType.PROPER) {
                    votes.merge(key, 1, Integer::sum);
                    if (named.gender == null && m.gender == Dictionaries.Gender.MALE) named.gender = "m";
                    if (named.gender == null && m.gender == Dictionaries.Gender.FEMALE) named.gender = "f";
                }
                if (key == null && m.mentionType == Dictionaries.MentionType.PRONOMINAL) {
                    String g = ResolvedEntities.pronounGender(m.mentionSpan);
                    if (g != null) pronouns.add(g);
                }
            }
            if (votes.size() != 1 || pronouns.size() != 1) continue;
            ResolvedEntities.Draft d = out.drafts.get(votes.keySet().iterator().next());
            if (d.gender == null) d.gender = pronouns.iterator().next();
        }
    }

    /** "Goran Stefkovski, her Macedonian counterpart": is the pronoun the possessor of an apposition? */
    private static boolean possessesApposition(SentenceView s, int pronoun) {
        SentenceView.Arc up = s.parent(pronoun);
        if (up == null || up.token() < 0 || !up.relation().equals("nmod:poss")) return false;
        SentenceView.Arc noun = s.parent(up.token());
        return noun != null && noun.relation().startsWith("appos");
    }

    /**
     * "Foreign Minister Meskerem Abera told lawmakers that her country ...": in a sentence that
     * names one person and no other, a singular pronoun after the name is that person's, whatever
     * CoreNLP guesses from the name (it read this one as a man's). Only when every such pronoun
     * of the sentence agrees, and nothing (the gazetteer) gave the person's gender before.
     */
    private static void learnGendersFromOwnSentence(List<SentenceView> sentences, ResolvedEntities out) {
        for (SentenceView s : sentences) {
            String person = null;
            int named = -1;
            boolean several = false;
            for (int i = 0; i < s.size() && !several; i++) {
                String key = out.entityAt(s.index(), i);
                if (key == null || out.typeOf(key) != EntityType.Person || s.isPronoun(i)) continue;
                several = person != null && !person.equals(key);
                if (person == null) named = i;
                person = key;
            }
            if (person == null || several) continue;
            java.util.Set<String> genders = new java.util.HashSet<>();
            for (int i = named + 1; i < s.size(); i++) {
                String g = s.isPronoun(i) ? ResolvedEntities.pronounGender(s.word(i).toLowerCase(java.util.Locale.ROOT)) : null;
                // "Goran Stefkovski, her Macedonian counterpart": a possessive in an apposition speaks of someone else.
                if (g != null && !possessesApposition(s, i)) genders.add(g);
            }
            ResolvedEntities.Draft d = out.drafts.get(person);
            if (genders.size() == 1 && d != null && d.gender == null) d.gender = genders.iterator().next();
        }
    }

    private static boolean inQuote(List<QuoteScanner.Quote> quotes, int offset) {
        for (QuoteScanner.Quote q : quotes) if (q.begin() <= offset && offset < q.end()) return true;
        return false;
    }

    /** Pronouns must agree with the entity ("he" is a person, "it" is not); nominals must name an agent. */
    private boolean agrees(CorefChain.CorefMention m, SentenceView s, int head, ResolvedEntities.Draft d, ResolvedEntities out) {
        String word = s.word(head).toLowerCase();
        if (m.mentionType == Dictionaries.MentionType.PRONOMINAL) {
            if (PERSON_PRONOUNS.contains(word)) {
                return d.type == EntityType.Person && ResolvedEntities.agrees(d.gender, ResolvedEntities.pronounGender(word));
            }
            if (THING_PRONOUNS.contains(word)) return d.type != EntityType.Person;
            return true;
        }
        if (m.mentionType == Dictionaries.MentionType.NOMINAL) {
            String lemma = s.lemma(head);
            // "the two leaders", "both countries": a plural noun is several entities, never one of them.
            if (s.tag(head).equals("NNS") || s.tag(head).equals("NNPS")) return false;
            // "the EU's ambassador to Russia": a noun another state or organisation owns is no other state or
            // organisation ("Makaya's party" may still be the opposition; "Kyrgyzstan's ambassador" a person).
            for (SentenceView.Arc owner : s.children(head, "nmod:poss")) {
                String key = out.entityAt(s.index(), owner.token());
                if (key != null && !key.equals(d.key) && out.typeOf(key) != EntityType.Person && d.type != EntityType.Person) return false;
            }
            if (d.type == EntityType.Person) {
                // "Japan's prime minister" is no minister of Brazil's, whatever chain coreference built.
                String titleCountry = modifierEntity(s, head, out, EntityType.Country);
                String personCountry = out.countryOf(d.key);
                if (titleCountry != null && personCountry != null && !titleCountry.equals(personCountry)) return false;
                return !lexicon.titles(lemma).isEmpty() || lemma.equals("leader");
            }
            if (PlacedDescriptions.elsewhere(s, head, d.key, out)) return false;
            return lexicon.isAgentNoun(lemma) || lexicon.collectiveHead(lemma) != null
                    || lexicon.isNameWord("organisation-nominal", lemma);
        }
        return false;
    }

    // ---- bookkeeping ----


    static void addMention(ResolvedEntities out, ResolvedEntities.Draft d, SentenceView s, int from, int to,
                                   boolean notAName) {
        for (int k = from; k <= to; k++) out.tokenEntity.put(ResolvedEntities.at(s.index(), k), d.key);
        if (!notAName) d.surfaceForms.add(s.textOf(from, to));
        out.record(d, s, s.span(from, to), notAName);
    }
}
