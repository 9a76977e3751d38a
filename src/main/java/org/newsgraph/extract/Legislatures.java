package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "the Turkish parliament", "Georgia's parliament", "protesters gathered outside parliament" in a
 * story about Georgia: a legislature noun (name-words.tsv: parliament, legislature) that no name
 * covers refers to one country's legislature, a government body of its own: it passes laws and
 * is boycotted, which the country as a whole is not. The country is the one a demonym,
 * possessive or "of" modifier names, else the country the article is about
 * ({@link ResolvedEntities#mainCountry}, the same reading RoleFinder gives "the government").
 * The gazetteer's body of that country with that name is used when it has one ("Parliament" in
 * a British story is the Parliament of the United Kingdom); otherwise the body is an unlinked
 * "Parliament of Georgia". A judiciary noun (name-words.tsv: judiciary) is read the same way. The mention spans the modifier that names the country, so "Turkish
 * parliament" reads as one name of the body, while "Turkish" stays a mention of Turkey.
 */
final class Legislatures {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    Legislatures(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * A legislature noun NameFinder leaves to this class rather than to the gazetteer or NER; a
     * judiciary noun ("the judiciary's budget") is resolved the same way, to "Judiciary of Kenya".
     */
    static boolean isLegislatureWord(Lexicon lexicon, String word) {
        return lexicon.isNameWord("legislature", word) || lexicon.isNameWord("judiciary", word);
    }

    void resolve(List<SentenceView> sentences, ResolvedEntities out) {
        String main = out.mainCountry();
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!isLegislatureNoun(s, i)) continue;
                String here = out.entityAt(s.index(), i);
                // "European Parliament", "Parliament Square": a name, not a reference.
                if (here != null && out.typeOf(here) != EntityType.Country) continue;
                int from = i;
                String country = null;
                for (SentenceView.Arc c : s.children(i)) {
                    String rel = c.relation();
                    if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of"))) continue;
                    String k = out.entityAt(s.index(), c.token());
                    if (k == null && !rel.startsWith("nmod")) {
                        var demonym = gazetteer.countryOfDemonym(s.word(c.token()));
                        if (demonym.isPresent()) k = out.ensure(demonym.get());
                    }
                    if (k == null || out.typeOf(k) != EntityType.Country) continue;
                    country = k;
                    if (c.token() < i) from = c.token();
                    break;
                }
                if (country == null) country = here;
                if (country == null && !possessedByAnother(s, i)) country = main;
                String key = bodyOf(s.word(i), country, out);
                if (key == null) continue;
                if (country != null) out.affiliation.putIfAbsent(key, country);
                mention(out, s, from, i, key);
            }
        }
    }

    /**
     * A singular legislature noun, not the first word of a longer capitalised name ("Parliament
     * Square"); in a title-case headline every next word is capitalised ("Parliament Passes").
     */
    private boolean isLegislatureNoun(SentenceView s, int i) {
        if (!s.isNoun(i) || s.tag(i).endsWith("S") || !isLegislatureWord(lexicon, s.word(i))) return false;
        return s.number() == 0 || !(Character.isUpperCase(s.word(i).charAt(0)) && i + 1 < s.size() && s.isProperNoun(i + 1)
                && Character.isUpperCase(s.word(i + 1).charAt(0)));
    }

    /** "its parliament", "the party's parliament group": whose it is, the main country may not be. */
    private static boolean possessedByAnother(SentenceView s, int i) {
        return !s.children(i, "nmod:poss").isEmpty() || !s.children(i, "nmod:of").isEmpty();
    }

    /**
     * The body's key: the gazetteer's body of the country with this name, else "Parliament of
     * X"; with no country, the gazetteer's one body of that name if the article names its country.
     */
    private String bodyOf(String word, String country, ResolvedEntities out) {
        String name = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase();
        List<GazetteerEntry> bodies = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.lookup(name)) if (e.type() == EntityType.GovernmentBody) bodies.add(e);
        if (country == null) {
            return bodies.size() == 1 && bodies.get(0).countryQid() != null && out.contains(bodies.get(0).countryQid())
                    ? out.draftOf(bodies.get(0)).key : null;
        }
        String countryQid = out.wikidataOf(country);
        for (GazetteerEntry e : bodies) if (countryQid != null && countryQid.equals(e.countryQid())) return out.draftOf(e).key;
        String label = name + " of " + out.labelOf(country);
        return out.draftOf(NameKey.unlinkedKey(EntityType.GovernmentBody, label), EntityType.GovernmentBody, label).key;
    }

    /** The noun now points at the body; a country it stood for as an agent noun gives way. */
    private static void mention(ResolvedEntities out, SentenceView s, int from, int noun, String key) {
        int begin = s.begin(noun);
        out.mentions.removeIf(m -> m.span().sentence() == s.number() && m.span().begin() == begin);
        out.tokenEntity.put(ResolvedEntities.at(s.index(), noun), key);
        out.record(out.drafts.get(key), s, s.span(from, noun), true);
    }
}
