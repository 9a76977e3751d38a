package org.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.EntityResolver.NamedSpan;
import org.newsgraph.nlp.AnalyzedArticle;

/**
 * Finds the names of a sentence before they are assigned to entities: gazetteer names (longest
 * match first), then CoreNLP's named entities, with the repairs their boundaries need ("Cook
 * County", a longer name around a gazetteer name, title-case headlines, a lowercase noun glued to
 * the end: "the Georgian Dream party"); then the names NER misses: capitalised words NER left
 * untagged that something marks as an organisation ("Human Rights Watch", "Alliance for the
 * Republic"); names before a name-head noun ("whose Pastef party won"); acronyms given after a name
 * ("..., or TTP,"); names met before where NER misses them again.
 */
final class NameFinder {
    private static final Set<String> NER_NAME_TYPES = Set.of(
            "PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    NameFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    List<NamedSpan> find(AnalyzedArticle article, SentenceView s) {
        List<NamedSpan> found = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        if (s.number() != 0) addNamesApposedToTitles(article, s, found, used);
        int window = gazetteer.longestNameTokens();
        for (int i = 0; i < s.size(); i++) {
            for (int n = Math.min(window, s.size() - i); n >= 1; n--) {
                int to = i + n - 1;
                if (!looksLikeName(s, i, to)) continue;
                String text = article.text().substring(s.begin(i), s.end(to));
                List<GazetteerEntry> hits = withPunctuationOf(text, gazetteer.lookup(text));
                // "ADDIS ABABA, Nov 20 —": a dateline's place in capitals, which would read as an acronym.
                if (hits.isEmpty() && s.number() == 1 && i == 0 && text.equals(text.toUpperCase(java.util.Locale.ROOT))) hits = gazetteer.lookup(titleCase(text));
                if (hits.isEmpty()) continue;
                int from = s.tag(i).equals("DT") ? i + 1 : i;
                if (StateBodies.isBodyReference(lexicon, s, from, to)) continue;
                int modifier = from == i ? nameChangingModifier(s, from, to, hits, used) : -1;
                // "the Electoral Commission of Zambia": a longer name that is a state body's is StateBodies' to place.
                if (modifier >= 0 && StateBodies.isBodyReference(lexicon, s, modifier, to)) {
                    for (int k = modifier; k <= to; k++) used[k] = true;
                    i = to;
                    break;
                }
                if (modifier >= 0) {
                    // "the Social Democrats" is not "the Democrats": the longer name is another entity, unlinked,
                    // of the type NER gave it ("Air India": ORGANIZATION), else of the entry's kind.
                    String nerType = lexicon.isNameWord("place-prefix", s.word(modifier)) ? "CITY"
                            : NER_NAME_TYPES.contains(s.ner(modifier)) ? s.ner(modifier) : nerTypeOfEntry(hits.get(0));
                    found.add(new NamedSpan(s, modifier, to, s.textOf(modifier, to), nerType, List.of()));
                    for (int k = modifier; k <= to; k++) used[k] = true;
                    i = to;
                    break;
                }
                found.add(new NamedSpan(s, from, to, s.textOf(from, to), nerTypeOf(s, from, to), hits));
                for (int k = i; k <= to; k++) used[k] = true;
                i = to;
                break;
            }
        }
        for (CoreEntityMention m : article.sentences().get(s.index()).entityMentions()) {
            if (!NER_NAME_TYPES.contains(m.entityType())) continue;
            int from = m.tokens().get(0).index() - 1;
            int to = m.tokens().get(m.tokens().size() - 1).index() - 1;
            while (from < to && s.tag(from).equals("DT")) from++;
            // "the governing Georgian Dream party": a lowercase common noun NER glued to the end of
            // a name describes the name, it is not part of it.
            while (to > from && isLowercaseCommonNoun(s, to)) to--;
            // "the interior ministry" (NER: ORGANIZATION): with the noun gone, a lowercase word is no name.
            if (!hasCapital(s, from, to)) continue;
            String type = m.entityType();
            if (lexicon.isNameWord("company-suffix", s.word(to).replace(".", "")) && !s.isPronoun(from)) {
                // "Zhuhai Skyforge Propulsion" read as CITY + LOCATION: a name ending in a corporate word
                // is one company's, with the adjacent capitalised words before it.
                int start = from;
                while (start > 0 && s.isProperNoun(start - 1) && Character.isUpperCase(s.word(start - 1).charAt(0))
                        && COMPANY_NAME_NER_TYPES.contains(s.ner(start - 1))
                        && gazetteer.countryOfDemonym(s.word(start - 1)).isEmpty()
                        && lexicon.titles(s.lemma(start - 1)).isEmpty()) start--;
                if (start < from || !type.equals("ORGANIZATION")) {
                    final int f = start, t = to;
                    found.removeIf(n -> n.from() >= f && n.to() <= t);
                    for (int k = start; k <= to; k++) used[k] = false;
                    from = start;
                    type = "ORGANIZATION";
                }
            }
            // "Sultan Haitham bin Tariq": a title NER took into the name is the office, not the name.
            while (type.equals("PERSON") && from < to && !lexicon.titles(s.lemma(from)).isEmpty()) from++;
            // 'Jimmy "Barbecue" Chérizier': a quoted nickname inside a person's name; the surname after it is the name's.
            if (type.equals("PERSON")) to = surnameAfterNickname(s, to, used);
            // "Pernod Ricard, the French spirits group"; not "X, chairperson of Local 1520, Canadian Auto Workers union".
            if (type.equals("PERSON") && (describedAsGroup(s, to) || beforeNameHead(s, to))) type = "ORGANIZATION";
            // "the Pacific Islands Forum" (NER: LOCATION): a place name does not end in "Forum" or "League".
            if (isPlaceName(type) && from < to && lexicon.isNameWord("organisation-word", s.word(to).toLowerCase())
                    && !lexicon.isNameWord("government-body", s.word(to).toLowerCase())) type = "ORGANIZATION";
            if (to + 1 < s.size() && !used[to + 1] && s.isProperNoun(to + 1) && isPlaceName(type)
                    && lexicon.isNameWord("place-suffix", s.word(to + 1))) {
                to++;
                type = "LOCATION";
            }
            if (from == to && from > 0 && lexicon.isNameWord("place-suffix", s.word(from)) && s.isProperNoun(from - 1)) {
                // "Cook County" tagged PERSON + LOCATION: the suffix takes the name before it.
                while (from > 0 && s.isProperNoun(from - 1) && !lexicon.isNameWord("place-suffix", s.word(from - 1))) from--;
                final int f = from, t = to;
                found.removeIf(n -> n.from() >= f && n.to() <= t);
                for (int k = from; k <= to; k++) used[k] = false;
                type = "LOCATION";
            }
            if (type.equals("ORGANIZATION") && s.number() != 0) {
                // "State Administration for Market Regulation": NER stops at the connector; capitalised
                // words it left untagged after "for" or "of" finish the body's name.
                int end = to;
                while (end + 2 < s.size() && (s.word(end + 1).equals("for") || s.word(end + 1).equals("of"))
                        && isUntaggedCapitalised(s, end + 2, used)) {
                    end += 2;
                    while (end + 1 < s.size() && isUntaggedCapitalised(s, end + 1, used)) end++;
                }
                to = endOfConnectedName(s, from, end, used);
            }
            // "North Macedonia's interior ministry" (NER: one ORGANIZATION): a gazetteer name before
            // a possessive owns what follows; only a capitalised name after it is a name of its own.
            int possessive = possessiveAfterGazetteerName(s, found, from, to);
            if (possessive >= 0) {
                from = possessive + 1;
                if (from > to || !s.isProperNoun(to)) continue;
            }
            boolean overlaps = false;
            for (int k = from; k <= to; k++) overlaps |= used[k];
            if (overlaps && s.number() != 0 && containsGazetteerNames(found, from, to)) {
                // "Albany County", "Bank of England": a longer name around a gazetteer name is another entity.
                final int f = from, t = to;
                found.removeIf(n -> n.from() >= f && n.to() <= t);
                overlaps = false;
            }
            if (overlaps || s.isPronoun(from)) continue;
            // "the Argentine leader" (NER: COUNTRY): a demonym alone is no name; the demonym reading takes it.
            if (from == to && gazetteer.countryOfDemonym(s.word(from)).isPresent()) continue;
            // A bare "Parliament" is a reference to some country's legislature: StateBodies decides whose.
            if (StateBodies.isBodyReference(lexicon, s, from, to)) continue;
            if (s.number() == 0) from = trimHeadlineName(article, s, from, to);
            if (from < 0) continue;
            for (int k = from; k <= to; k++) used[k] = true;
            String text = article.text().substring(s.begin(from), s.end(to));
            found.add(new NamedSpan(s, from, to, text, type, List.of()));
        }
        if (s.number() != 0) {
            addHyphenatedAcronyms(s, found, used);
            addUntaggedNames(s, found, used);
            addNamesBeforeHeads(s, found, used);
        }
        if (s.number() != 0) addNamesSpelledByAcronyms(s, found, used);
        addAcronyms(s, found, used);
        return found;
    }

    /**
     * "the Economic Community of Central African States", "the Community of Latin American and
     * Caribbean States": NER ends an organisation's name inside the phrase after its connector and
     * tags the rest a place. Capitalised words right after a name that has a connector ("of",
     * "for", "on") finish it, through an "and" between them; a title, a person, a date or a
     * lowercase word ends it. Returns the name's new last token.
     */
    private int endOfConnectedName(SentenceView s, int from, int to, boolean[] used) {
        boolean connected = false;
        for (int k = from + 1; k < to; k++) connected |= CONNECTORS.contains(s.word(k));
        if (!connected) return to;
        int end = to;
        for (int k = to + 1; k < s.size() && continuesName(s, k, used); k++) end = k;
        // "and Caribbean States": only when capitalised words follow it, and not to join two names.
        if (end + 2 < s.size() && s.word(end + 1).equals("and") && continuesName(s, end + 2, used)
                && s.ner(end + 2).equals(s.ner(end)) && !s.ner(end).equals("ORGANIZATION")) {
            end += 2;
            while (end + 1 < s.size() && continuesName(s, end + 1, used)) end++;
        }
        return end;
    }

    private boolean continuesName(SentenceView s, int k, boolean[] used) {
        String w = s.word(k);
        return !used[k] && Character.isUpperCase(w.charAt(0)) && (s.isProperNoun(k) || s.tag(k).equals("JJ"))
                && !PEOPLE_AND_NUMBERS.contains(s.ner(k)) && lexicon.titles(s.lemma(k)).isEmpty();
    }

    /**
     * 'Jimmy "Barbecue" Chérizier', 'Joaquín "El Chapo" Guzmán': NER stops at the quote that opens a
     * nickname and often leaves the surname after it untagged. The name runs through the quoted
     * capitalised words (at most three) to the capitalised proper nouns right after the closing
     * quote. Returns the name's new last token, or {@code to} when no nickname follows.
     */
    private static int surnameAfterNickname(SentenceView s, int to, boolean[] used) {
        int open = to + 1;
        if (open >= s.size() || !isOpeningQuote(s.word(open))) return to;
        int close = open + 1;
        while (close < s.size() && close <= open + 3 && Character.isUpperCase(s.word(close).charAt(0))) close++;
        if (close == open + 1 || close >= s.size() || !isClosingQuote(s.word(close))) return to;
        int end = close;
        while (end + 1 < s.size() && !used[end + 1] && s.isProperNoun(end + 1) && Character.isUpperCase(s.word(end + 1).charAt(0))) end++;
        return end > close ? end : to;
    }

    private static boolean isOpeningQuote(String w) { return w.equals("``") || w.equals("\"") || w.equals("“"); }

    private static boolean isClosingQuote(String w) { return w.equals("''") || w.equals("\"") || w.equals("”"); }

    /**
     * "Moscow, Kremlin spokesman": the name key drops commas, so "Moscow , Kremlin" would match the
     * alias "Moscow Kremlin". A span with a comma matches only names written with one ("Washington, D.C.").
     */
    private static List<GazetteerEntry> withPunctuationOf(String text, List<GazetteerEntry> hits) {
        if (hits.isEmpty() || text.indexOf(',') < 0) return hits;
        return hits.stream().filter(e -> e.names().stream().anyMatch(n -> n.indexOf(',') >= 0)).toList();
    }

    /**
     * "the Social Democrats", "Port Sudan", "Greater London": a capitalised word right before a
     * gazetteer name that modifies it and is no name, title or demonym of its own makes another
     * name, which the gazetteer's entry must not take. Returns that word's index, or -1. People
     * are left alone ("Secretary of State Marco Rubio": titles and name parts vary too much).
     */
    private int nameChangingModifier(SentenceView s, int from, int to, List<GazetteerEntry> hits, boolean[] used) {
        int m = from - 1;
        // A title-case headline capitalises every word ("Automaker GM").
        if (m < 0 || used[m] || s.number() == 0 || hits.stream().anyMatch(e -> e.type() == EntityType.Person)) return -1;
        String w = s.word(m);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return -1;
        boolean placePrefix = lexicon.isNameWord("place-prefix", w) && s.isProperNoun(m);
        if (!placePrefix) {
            if (!(s.isProperNoun(m) || s.tag(m).equals("JJ") && !startsSentence(s, m))) return -1;
            if (!MODIFIER_NER_TYPES.contains(s.ner(m))) return -1;
            if (!lexicon.titles(s.lemma(m)).isEmpty() || gazetteer.countryOfDemonym(w).isPresent() || !gazetteer.lookup(w).isEmpty()) return -1;
            if (lexicon.isNameWord("generic-first", w) && !s.isProperNoun(m)) return -1;
            SentenceView.Arc up = s.parent(m);
            if (up == null || up.token() < from || up.token() > to
                    || !(up.relation().equals("compound") || up.relation().equals("amod"))) return -1;
        }
        return m;
    }

    /** NER tags of a word that can turn a gazetteer name into another name: none, or a name NER did not place. */
    private static final Set<String> MODIFIER_NER_TYPES = Set.of("O", "MISC", "ORGANIZATION", "LOCATION", "IDEOLOGY");

    private static String nerTypeOfEntry(GazetteerEntry e) {
        return switch (e.type()) {
            case Person -> "PERSON";
            case Country, City -> "CITY";
            case Region, Facility -> "LOCATION";
            default -> "ORGANIZATION";
        };
    }

    /** NER tags of the words a company's name may start with: none, or names NER read differently. */
    private static final Set<String> COMPANY_NAME_NER_TYPES = Set.of("O", "CITY", "LOCATION", "STATE_OR_PROVINCE", "PERSON",
            "ORGANIZATION", "MISC");

    private static boolean isPlaceName(String nerType) {
        return nerType.equals("LOCATION") || nerType.equals("CITY") || nerType.equals("STATE_OR_PROVINCE");
    }

    /** Does any word of from..to start with a capital letter? */
    private static boolean hasCapital(SentenceView s, int from, int to) {
        for (int k = from; k <= to; k++) if (Character.isUpperCase(s.word(k).charAt(0))) return true;
        return false;
    }

    /** The index of a possessive "'s" inside [from, to] right after a name already found, or -1. */
    private static int possessiveAfterGazetteerName(SentenceView s, List<NamedSpan> found, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!s.tag(k).equals("POS")) continue;
            for (NamedSpan n : found) if (n.from() >= from && n.to() == k - 1) return k;
        }
        return -1;
    }

    /** Every gazetteer name overlapping from..to lies inside it, and the span is longer than each. */
    private static boolean containsGazetteerNames(List<NamedSpan> found, int from, int to) {
        boolean any = false;
        for (NamedSpan n : found) {
            if (n.to() < from || n.from() > to) continue;
            if (n.from() < from || n.to() > to || n.to() - n.from() >= to - from) return false;
            any = true;
        }
        return any;
    }

    /**
     * Title-case headlines glue verbs to names ("Halvard to Buy Norvane Systems"): a headline
     * name the body never uses is shortened from the left to the longest part the body does use,
     * and a run of three or more words the body never uses at all is dropped; returns -1 then.
     */
    private static int trimHeadlineName(AnalyzedArticle article, SentenceView s, int from, int to) {
        String text = article.text();
        int bodyStart = text.indexOf('\n');
        if (bodyStart < 0) return from;
        String body = text.substring(bodyStart);
        if (body.contains(s.textOf(from, to))) return from;
        for (int k = from + 1; k <= to; k++) {
            if (body.contains(s.textOf(k, to))) return k;
        }
        // "Kenyan Police Fire Tear Gas", "Over Russia Sales": a title-case run the body never names is
        // headline capitalisation swallowed by the tagger, not a name (-1: no name here). Gazetteer
        // names are found before NER's and are kept.
        return -1;
    }

    /** "ADDIS ABABA" → "Addis Ababa": each word's first letter kept, the rest lower case. */
    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Proper names start with a capital and contain a proper noun: keeps "turkey" and "china" out. */
    private static boolean looksLikeName(SentenceView s, int from, int to) {
        String first = s.word(from);
        if (first.isEmpty() || !(Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0)))) {
            if (!(s.tag(from).equals("DT") && to > from)) return false;
        }
        // A name never ends in punctuation: "Washington ." must not match "Washington" with its period.
        if (s.tag(to).equals("POS") || s.word(to).chars().noneMatch(Character::isLetterOrDigit)) return false;
        for (int k = from; k <= to; k++) {
            if (s.isProperNoun(k) || !s.ner(k).equals("O") || isCode(s.word(k))) return true;
        }
        return false;
    }

    /** "M23", "G7": capitals and digits, which the tagger often reads as a common noun. */
    private static boolean isCode(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isDigit)
                && word.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean isUntaggedCapitalised(SentenceView s, int i, boolean[] used) {
        return !used[i] && s.tag(i).startsWith("NNP") && s.ner(i).equals("O") && Character.isUpperCase(s.word(i).charAt(0));
    }

    private static boolean isLowercaseCommonNoun(SentenceView s, int i) {
        String w = s.word(i);
        return (s.tag(i).equals("NN") || s.tag(i).equals("NNS")) && !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private static String nerTypeOf(SentenceView s, int from, int to) {
        for (int k = from; k <= to; k++) if (!s.ner(k).equals("O")) return s.ner(k);
        return "O";
    }

    // ---- names NER left untagged ----

    /** NER types a word of an untagged name may carry after its first word: a place or body inside a longer name. */
    private static final Set<String> INNER_NAME_TYPES = Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "MISC");

    /** Lowercase words that join the words of a name: "Alliance for the Republic", "Bank of England". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de");

    /**
     * "Human Rights Watch called ...", "the simulation specialist Altair Engineering", "the
     * opposition Alliance for the Republic", "Tehrik-i-Taliban Pakistan, or TTP, a militant group":
     * a run of two or more capitalised words that NER left untagged is the name of an organisation
     * when something says so (see {@link #namesOrganisation}); products, shows and people NER
     * missed ("Mac OS X", "Mad Money") have no such sign and are left alone. Its first word is
     * untagged and no demonym; a place or body found inside it after that ("Republic",
     * "Pakistan") is part of the longer name, which replaces it. Headlines capitalise every word
     * and are left out.
     */
    private void addUntaggedNames(SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (int i = 0; i < s.size(); i++) {
            boolean mistyped = MISTYPED_STARTS.contains(s.ner(i));
            if (!startsUntaggedName(s, i, mistyped) || used[i] && !(mistyped && startsNerName(found, i))) continue;
            int to = endOfName(s, i);
            // "CONAIE, the country's largest indigenous organisation": one untagged word is a name only with such a sign.
            if (to < 0 && !mistyped && s.isProperNoun(i) && describedAsOrganisation(s, i, i)) to = i;
            if (to < 0) continue;
            final int from = i, last = to;
            boolean crosses = found.stream().anyMatch(n -> n.to() >= from && n.from() <= last
                    && (n.from() < from || n.to() > last || n.nerType().equals("PERSON") || n.from() == from && n.to() == last
                        || n.from() == from && !n.candidates().isEmpty()));
            if (crosses) continue;
            boolean place = !mistyped && lexicon.isNameWord("place-head", s.lemma(to));
            // NER's own place or body at the start takes an apposition's word to become part of a longer name.
            if (!place && !(mistyped ? describedAsOrganisation(s, from, to) : namesOrganisation(s, from, to))) continue;
            found.removeIf(n -> n.from() >= from && n.to() <= last);
            for (int k = from; k <= to; k++) used[k] = true;
            found.add(new NamedSpan(s, from, to, s.textOf(from, to), place ? "LOCATION" : "ORGANIZATION", List.of()));
            i = to;
        }
    }

    /**
     * "FIM-CISL", "FLAI-CGIL": capital initials joined by hyphens, which NER leaves untagged, name
     * an organisation (Italian unions and their confederations write themselves so), unless a part
     * is a name the gazetteer knows ("US-EU", "NATO-Russia").
     */
    private void addHyphenatedAcronyms(SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (int i = 0; i + 2 < s.size(); i++) {
            // The tokenizer splits "FIM-CISL" into FIM, -, CISL: capitals joined with no space.
            int to = i;
            while (to + 2 < s.size() && s.word(to + 1).equals("-") && isCapitals(s.word(to + 2))
                    && s.end(to) == s.begin(to + 1) && s.end(to + 1) == s.begin(to + 2)) to += 2;
            if (to == i || !isCapitals(s.word(i))) continue;
            boolean taken = false, known = false;
            for (int k = i; k <= to; k++) taken |= used[k] && !isNerPart(found, k);
            for (int k = i; k <= to; k += 2) known |= !gazetteer.lookup(s.word(k)).isEmpty();
            if (taken || known) {
                i = to;
                continue;
            }
            final int from = i, last = to;
            found.removeIf(n -> n.from() >= from && n.to() <= last);
            for (int k = i; k <= to; k++) used[k] = true;
            found.add(new NamedSpan(s, i, to, s.textOf(i, to).replace(" ", ""), "ORGANIZATION", List.of()));
            i = to;
        }
    }

    private static boolean isCapitals(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /** A token inside a name NER found with no gazetteer entry ("CGIL" of "FLAI-CGIL"), which the longer name replaces. */
    private static boolean isNerPart(List<NamedSpan> found, int k) {
        return found.stream().anyMatch(n -> n.from() <= k && n.to() >= k && n.candidates().isEmpty());
    }

    /**
     * NER types a name's first word may wrongly carry: "Tehrik-i-Khilafat Pakistan, or TKP, a
     * militant group" can come out as LOCATION + COUNTRY, and is one organisation all the same.
     */
    private static final Set<String> MISTYPED_STARTS = Set.of("LOCATION", "ORGANIZATION");

    private static boolean startsNerName(List<NamedSpan> found, int i) {
        return found.stream().anyMatch(n -> n.from() == i && n.candidates().isEmpty());
    }

    /**
     * Signs that capitalised words name an organisation: an organisation word first or last
     * (name-words.tsv: "Alliance for the Republic", "Human Rights Watch", "Altair Engineering",
     * "Cooperation Council"), an apposition that calls it one ("..., a militant group", "..., the
     * party of ..."). An acronym after it is no sign: products have them too ("Software
     * Development Kit (SDK)").
     */
    private boolean namesOrganisation(SentenceView s, int from, int to) {
        List<String> words = new ArrayList<>(List.of(s.word(from), s.word(to)));
        // "Law Society of Kenya", "Bank of Korea": the word before the first connector heads the name.
        for (int k = from + 1; k < to; k++) {
            if (CONNECTORS.contains(s.word(k))) {
                words.add(s.word(k - 1));
                break;
            }
        }
        for (String w : words) {
            if (lexicon.isNameWord("organisation-word", w) || lexicon.isNameWord("company-suffix", w)) return true;
        }
        return describedAsOrganisation(s, from, to);
    }

    /**
     * "its special envoy, Lourdes Sucre, would travel to Santiago": NER read the name as two
     * cities, and the gazetteer knows a Sucre. A name of two or more capitalised
     * words in apposition to a title is the title holder's, a person's, whatever NER made of it;
     * unless the gazetteer knows the whole name ("the host, Qatar").
     */
    private void addNamesApposedToTitles(AnalyzedArticle article, SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (int head = 0; head < s.size(); head++) {
            if (!s.tag(head).equals("NNP") || "PERSON".equals(s.ner(head))) continue;
            boolean titled = false;
            for (SentenceView.Arc a : s.children(head, "appos")) titled |= isTitle(s, a.token());
            for (SentenceView.Arc a : s.parents(head)) titled |= a.relation().equals("appos") && isTitle(s, a.token());
            if (!titled) continue;
            int from = head;
            while (from > 0 && s.tag(from - 1).equals("NNP") && Character.isUpperCase(s.word(from - 1).charAt(0))
                    && s.parent(from - 1) != null && s.parent(from - 1).token() == head && s.parent(from - 1).relation().equals("compound")) from--;
            if (from == head || !Character.isUpperCase(s.word(head).charAt(0))) continue;
            boolean free = true;
            for (int k = from; k <= head; k++) free &= !used[k] && lexicon.titles(s.lemma(k)).isEmpty();
            String text = article.text().substring(s.begin(from), s.end(head));
            if (!free || !gazetteer.lookup(text).isEmpty()) continue;
            found.add(new NamedSpan(s, from, head, text, "PERSON", List.of()));
            for (int k = from; k <= head; k++) used[k] = true;
        }
    }

    private boolean isTitle(SentenceView s, int token) {
        return s.isNoun(token) && !s.isProperNoun(token) && ("TITLE".equals(s.ner(token)) || !lexicon.titles(s.lemma(token)).isEmpty());
    }

    /**
     * A name NER took for a person's that an apposed common noun calls an organisation ("Pernod
     * Ricard, the French spirits group"); not when an apposition is a title ("X, chairperson of
     * Local 1520, Canadian Auto Workers union") or a name ("Janne Johnsen (Conservative Party)").
     */
    private boolean describedAsGroup(SentenceView s, int head) {
        boolean group = false;
        for (SentenceView.Arc a : s.children(head, "appos")) {
            String w = s.word(a.token()), lemma = s.lemma(a.token());
            if (!lexicon.titles(lemma).isEmpty() || w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
            group |= lexicon.isNameWord("organisation-nominal", lemma) || lexicon.isNameWord("name-head", lemma);
        }
        return group;
    }

    /**
     * "the Viv Ansanm gang coalition", "the Wagner group": a name NER read as a person's, right before
     * a lowercase gang-head or name-head noun, names that organisation.
     */
    private boolean beforeNameHead(SentenceView s, int to) {
        if (to + 1 >= s.size()) return false;
        String next = s.word(to + 1);
        return s.isNoun(to + 1) && Character.isLowerCase(next.charAt(0))
                && (lexicon.isNameWord("gang-head", next) || lexicon.isNameWord("name-head", next));
    }

    /** "..., a militant group", "..., the party of ...": an apposition to the name's head calls it an organisation. */
    private boolean describedAsOrganisation(SentenceView s, int from, int to) {
        int head = to;
        for (int k = from; k <= to; k++) {
            SentenceView.Arc up = s.parent(k);
            if (up == null || up.token() < from || up.token() > to) head = k;
        }
        List<Integer> described = new ArrayList<>();
        for (SentenceView.Arc a : s.children(head, "appos")) described.add(a.token());
        for (SentenceView.Arc a : s.parents(head)) if (a.relation().equals("appos")) described.add(a.token());
        for (int d : described) {
            String lemma = s.lemma(d);
            if (lexicon.isNameWord("organisation-nominal", lemma) || lexicon.isNameWord("name-head", lemma)) return true;
        }
        return representsMembers(s, head);
    }

    /** "Unite, which represents some 600 staff at the site": only a union or an association represents its members. */
    private boolean representsMembers(SentenceView s, int head) {
        for (SentenceView.Arc a : s.children(head)) {
            if (!a.relation().startsWith("acl") || !s.lemma(a.token()).equals("represent")) continue;
            int object = RoleFinder.dependent(s, a.token(), "obj");
            if (object >= 0 && lexicon.isNameWord("member-noun", s.lemma(object))) return true;
        }
        return false;
    }

    private boolean startsUntaggedName(SentenceView s, int i, boolean mistyped) {
        if (s.ner(i).equals("O") && startsSentence(s, i) && !s.isProperNoun(i) && startsDescribedName(s, i)) return true;
        return isNameWord(s, i) && (mistyped || s.ner(i).equals("O")) && gazetteer.countryOfDemonym(s.word(i)).isEmpty()
                && (s.isProperNoun(i) || !startsSentence(s, i));
    }

    /**
     * "Spirits Europe, the industry's lobby group, urged ...": a sentence's first word is
     * capitalised whatever it is, and the tagger reads a name's first word as a common noun there;
     * a proper noun after it and an apposition calling the two an organisation make them a name.
     */
    private boolean startsDescribedName(SentenceView s, int i) {
        String w = s.word(i);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !(s.tag(i).equals("NN") || s.tag(i).equals("NNS"))) return false;
        if (i + 1 >= s.size() || !s.isProperNoun(i + 1)) return false;
        int to = endOfName(s, i);
        return to > i && describedAsOrganisation(s, i, to);
    }

    /** The last token of the name that starts at {@code from}, or -1 when it has fewer than two words. */
    private static int endOfName(SentenceView s, int from) {
        int last = from, words = 1, k = from + 1;
        while (k < s.size()) {
            if (isNameWord(s, k) && (s.ner(k).equals("O") || INNER_NAME_TYPES.contains(s.ner(k)))) {
                last = k;
                words++;
                k++;
            } else if (isHyphen(s, k) && k == last + 1 && k + 1 < s.size() && isNameWord(s, k + 1)) {
                k++;
            } else if (isHyphen(s, k) && k == last + 1 && k + 3 < s.size() && isParticle(s.word(k + 1))
                    && isHyphen(s, k + 2) && isNameWord(s, k + 3)) {
                k += 3; // "Tehrik-i-Taliban": a short lowercase particle between hyphens
            } else if (k == last + 1 && CONNECTORS.contains(s.word(k))) {
                int next = k + 1 < s.size() && s.word(k + 1).equals("the") ? k + 2 : k + 1;
                if (next >= s.size() || !isNameWord(s, next)) break;
                k = next;
            } else {
                break;
            }
        }
        return words >= 2 ? last : -1;
    }

    /** A capitalised word (or a particle-led part such as "e-Tariq") that is no pronoun, title or date. */
    private static boolean isNameWord(SentenceView s, int i) {
        String w = s.word(i);
        if (w.isEmpty() || s.isPronoun(i)) return false;
        boolean capital = Character.isUpperCase(w.charAt(0)) || w.matches("[a-z]{1,3}-\\p{Lu}.*");
        if (!capital || !Character.isLetter(w.charAt(w.length() - 1))) return false;
        String tag = s.tag(i);
        if (s.isProperNoun(i)) return true;
        return !startsSentence(s, i) && (tag.equals("NN") || tag.equals("NNS") || tag.equals("JJ"));
    }

    private static boolean isHyphen(SentenceView s, int i) {
        return s.word(i).equals("-") || s.tag(i).equals("HYPH");
    }

    private static boolean isParticle(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isLowerCase);
    }

    /** First word of the sentence, of a quotation or of a parenthesis: capitalised whatever it is. */
    private static boolean startsSentence(SentenceView s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.tag(k).equals("``") || s.tag(k).equals("-LRB-"))) k--;
        return k < 0 || s.tag(k).equals(":") || s.tag(i - 1).equals("``");
    }

    // ---- names before a name-head noun ----

    /**
     * "whose Pastef party won", "the Northern Light party": capitalised words before a lowercase
     * name-head noun (name-words.tsv: party, movement ...) name that organisation, whatever NER
     * made of them. A demonym alone names none ("the Georgian party"). When the gazetteer knows the
     * name with its head ("the Republican party": Republican Party), the head belongs to it.
     */
    private void addNamesBeforeHeads(SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (int head = 1; head < s.size(); head++) {
            String w = s.word(head);
            boolean gang = lexicon.isNameWord("gang-head", w);
            if (!s.isNoun(head) || !Character.isLowerCase(w.charAt(0)) || !(gang || lexicon.isNameWord("name-head", w))) continue;
            // Gangs and cartels are often named after places ("the Los Lobos gang", "the Sinaloa cartel").
            Set<String> blockers = gang ? PEOPLE_AND_NUMBERS : BEFORE_HEAD_BLOCKERS;
            int from = head;
            while (from > 0 && isNameWord(s, from - 1) && !blockers.contains(s.ner(from - 1))
                    && (!used[from - 1] || gang && isNerPart(found, from - 1))) from--;
            if (from == head || used[head]) continue;
            if (from == head - 1 && gazetteer.countryOfDemonym(s.word(from)).isPresent()) continue;
            String name = s.textOf(from, head - 1);
            List<GazetteerEntry> hits = gazetteer.lookup(name + " " + Character.toUpperCase(w.charAt(0)) + w.substring(1));
            int to = hits.isEmpty() ? head - 1 : head;
            final int first = from, last = to;
            found.removeIf(n -> n.from() >= first && n.to() <= last);
            for (int k = from; k <= to; k++) used[k] = true;
            found.add(new NamedSpan(s, from, to, hits.isEmpty() ? name : s.textOf(from, to), "ORGANIZATION", hits));
        }
    }

    /** NER types that keep a word out of a name before a name-head noun: people, titles, dates, numbers. */
    private static final Set<String> PEOPLE_AND_NUMBERS = Set.of("PERSON", "TITLE", "DATE", "TIME", "DURATION",
            "NUMBER", "ORDINAL", "MONEY", "PERCENT", "SET");
    private static final Set<String> BEFORE_HEAD_BLOCKERS = union(PEOPLE_AND_NUMBERS, Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    // ---- acronyms ----

    /**
     * "Tehrik-i-Taliban Pakistan, or TTP," and "Inter-Services Public Relations (ISPR)": an
     * acronym right after an organisation's name, spelling its initials, is another name of it.
     * It is found as a name whose text is the full name, so it joins the same entity.
     */
    private static void addAcronyms(SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (NamedSpan n : List.copyOf(found)) {
            if (!n.candidates().isEmpty() || n.to() == n.from() || !n.nerType().equals("ORGANIZATION")) continue;
            int k = n.to() + 1;
            int acronym = -1;
            boolean parenthesised = k + 2 < s.size() && s.tag(k).equals("-LRB-") && s.tag(k + 2).equals("-RRB-");
            if (k + 2 < s.size() && s.word(k).equals(",") && s.word(k + 1).equals("or")) acronym = k + 2;
            if (parenthesised) acronym = k + 1;
            if (acronym < 0 || used[acronym]) continue;
            String letters = s.word(acronym);
            NamedSpan name = n;
            if (!spellsInitials(letters, n.text())) {
                // "The Australian Competition and Consumer Commission (ACCC)": NER began the name at
                // "Consumer"; the acronym's initials say where it really begins.
                int start = startSpelledBy(s, letters, n, used);
                if (start >= 0) {
                    name = new NamedSpan(s, start, n.to(), s.textOf(start, n.to()), n.nerType(), List.of());
                    found.remove(n);
                    found.add(name);
                    for (int t = start; t < n.from(); t++) used[t] = true;
                } else if (!(parenthesised && isForeignAcronym(letters, n.text()))) {
                    continue;
                }
            }
            used[acronym] = true;
            found.add(new NamedSpan(s, acronym, acronym, name.text(), name.nerType(), List.of()));
        }
    }

    /**
     * "The Australian Competition and Consumer Commission (ACCC)": NER tagged only "Consumer
     * Commission", which reads as a state body's descriptor. Capitalised words right before a
     * parenthesised acronym that spells their initials are one organisation's name, whatever NER,
     * the gazetteer ("Australian") or the body words made of them, unless the gazetteer knows the
     * whole name.
     */
    private void addNamesSpelledByAcronyms(SentenceView s, List<NamedSpan> found, boolean[] used) {
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!s.tag(k).equals("-LRB-") || !s.tag(k + 2).equals("-RRB-") || !NameKey.isAcronym(s.word(k + 1))) continue;
            int to = k - 1, start = -1;
            // Tokens NER, the gazetteer or a body descriptor took are retaken: the initials decide.
            if (!Character.isUpperCase(s.word(to).charAt(0))) continue;
            for (int from = to - 1; from >= Math.max(0, to - 8); from--) {
                String w = s.word(from);
                boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s.tag(from).equals("DT");
                if (!capitalised && !NAME_JOINERS.contains(w)) break;
                if (capitalised && spellsInitials(s.word(k + 1), s.textOf(from, to))) start = from;
            }
            if (start < 0 || !gazetteer.lookup(s.textOf(start, to)).isEmpty()) continue;
            // Products spell acronyms too ("Software Development Kit (SDK)"): NER, a word of the name or a
            // joined phrase ("Zimbabwe Lawyers for Human Rights") must say organisation.
            boolean organisation = namesOrganisation(s, start, to);
            for (int x = start; x <= to; x++) organisation |= "ORGANIZATION".equals(s.ner(x)) || NAME_JOINERS.contains(s.word(x));
            final int f = start, t = to, acronym = k + 1;
            // "Islamic State West Africa Province (ISWAP)": a known group's name inside makes it a branch of that group.
            organisation |= found.stream().anyMatch(n -> n.from() >= f && n.to() <= t
                    && n.candidates().stream().anyMatch(e -> e.type() == EntityType.Group || e.type() == EntityType.Organization));
            if (!organisation) continue;
            found.removeIf(n -> n.from() >= f && n.to() <= t || n.from() == acronym && n.to() == acronym);
            for (int x = start; x <= to; x++) used[x] = true;
            used[acronym] = false; // addAcronyms makes it a name of the same organisation
            found.add(new NamedSpan(s, start, to, s.textOf(start, to), "ORGANIZATION", List.of()));
        }
    }

    /** The first token of the longer name, just before {@code n}, whose initials the acronym spells; or -1. */
    private static int startSpelledBy(SentenceView s, String acronym, NamedSpan n, boolean[] used) {
        for (int start = n.from() - 1; start >= Math.max(0, n.from() - 6); start--) {
            String w = s.word(start);
            if (used[start] || w.isEmpty()) return -1;
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && !s.tag(start).equals("DT");
            if (!capitalised && !NAME_JOINERS.contains(w)) return -1;
            if (capitalised && spellsInitials(acronym, s.textOf(start, n.to()))) return start;
        }
        return -1;
    }

    /** Lowercase words inside a name that its acronym skips: "Competition and Consumer", "Alliance for the Republic". */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for", "the", "&", "on", "de");

    /**
     * "Alliance for the Republic (APR)", "Party for Freedom (PVV)": an acronym in the name's own
     * language, which begins with the name's initial but spells other words.
     */
    private static boolean isForeignAcronym(String acronym, String name) {
        return NameKey.isAcronym(acronym) && acronym.length() >= 2 && acronym.chars().allMatch(Character::isLetter)
                && !name.isEmpty() && Character.toUpperCase(name.charAt(0)) == acronym.charAt(0);
    }

    /**
     * "TTP" for "Tehrik-i-Taliban Pakistan", "OPEC" for "Organization of the Petroleum Exporting
     * Countries": the acronym's letters are initials of the name's words in order, starting with the
     * first and leaving out no capitalised word.
     */
    static boolean spellsInitials(String acronym, String name) {
        if (!NameKey.isAcronym(acronym) || !acronym.chars().allMatch(Character::isLetter)) return false;
        String[] words = name.split("[\\s\\-]+");
        int a = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            char initial = Character.toUpperCase(words[i].charAt(0));
            boolean capital = Character.isUpperCase(words[i].charAt(0));
            if (a < acronym.length() && acronym.charAt(a) == initial) a++;
            else if (capital || i == 0) return false;
        }
        return a == acronym.length();
    }

    // ---- names met before ----

    /** An entity's earlier name where NER did not see one. */
    record Recurrence(int from, int to, String key) {}

    /**
     * "disagrees with Georgian Dream" (NER: a demonym and MISC) once "the Georgian Dream party"
     * was found, "TTP fighters" once "Tehrik-i-Taliban Pakistan, or TTP": where the tokens spell a
     * name of several words, or an acronym, of an entity already found, and are no entity yet, they
     * are that entity. A run inside a longer capitalised run is part of another name and is left,
     * and so are tokens NER read as a time, number or title.
     */
    static List<Recurrence> recurrences(SentenceView s, ResolvedEntities out) {
        java.util.Map<String, String> keyByName = new java.util.HashMap<>();
        int longest = 1;
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            for (String form : d.surfaceForms) {
                int words = form.trim().split("[\\s\\-]+").length;
                if (words < 2 && !NameKey.isAcronym(form)) continue;
                String other = keyByName.putIfAbsent(NameKey.of(form), d.key);
                if (other != null && !other.equals(d.key)) keyByName.put(NameKey.of(form), "");
                longest = Math.max(longest, form.trim().split("\\s+").length + 4);
            }
        }
        List<Recurrence> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (out.entityAt(s.index(), i) != null || !Character.isUpperCase(s.word(i).charAt(0)) || s.tag(i).equals("DT")) continue;
            if (i > 0 && s.isProperNoun(i - 1) && out.entityAt(s.index(), i - 1) == null) continue;
            for (int to = Math.min(s.size() - 1, i + longest); to >= i; to--) {
                String key = keyByName.get(NameKey.of(s.textOf(i, to)));
                if (s.word(to).chars().noneMatch(Character::isLetterOrDigit)) continue;
                if (key == null || key.isEmpty() || !free(s, out, i, to)) continue;
                if (to + 1 < s.size() && s.isProperNoun(to + 1) && out.entityAt(s.index(), to + 1) == null) continue;
                found.add(new Recurrence(i, to, key));
                i = to;
                break;
            }
        }
        return found;
    }

    /** No entity yet, and not a time, number or title to NER ("14:48 UTC" is no organisation). */
    private static boolean free(SentenceView s, ResolvedEntities out, int from, int to) {
        for (int k = from; k <= to; k++) {
            // "The APR denounced ..." (NER: DATE, an April): an acronym the article has defined is its name.
            boolean acronymAsDate = "DATE".equals(s.ner(k)) && from == to && NameKey.isAcronym(s.word(k)) && s.word(k).length() >= 3;
            if (out.entityAt(s.index(), k) != null || !RECURRENCE_NER_TYPES.contains(s.ner(k)) && !acronymAsDate) return false;
        }
        return true;
    }

    /** NER tags a recurring name may carry: none, names, and what NER makes of names it does not know. */
    private static final Set<String> RECURRENCE_NER_TYPES = Set.of("O", "MISC", "NATIONALITY", "PERSON", "ORGANIZATION",
            "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
}
