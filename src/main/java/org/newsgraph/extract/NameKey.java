package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: case-, accent- and punctuation-insensitive ("Bogotá" = "bogota",
 * "U.S." = "US"), without a leading "the". Short all-capital acronyms keep their case so that
 * "US" never matches the pronoun "us".
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        if (name == null) return "";
        String s = name.replace('’', '\'').replace('‘', '\'').trim();
        if (isAcronym(s)) return "=" + s.replace(".", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replaceAll("[.,]", "").replaceAll("[-–—]", " ").replaceAll("\\s+", " ").trim();
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    /** "US", "U.S.", "UN", "EU", "NATO": compared case-sensitively. */
    static boolean isAcronym(String s) {
        String bare = s.replace(".", "");
        return bare.length() >= 2 && bare.length() <= 5 && bare.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * The article-independent key of an entity no Wikidata item links: its type and the slug of its
     * name ("person/gustavo-petro"), so that the same name of the same type is one node across articles.
     */
    public static String unlinkedKey(EntityType type, String name) {
        return type.name().toLowerCase() + "/" + slug(name);
    }

    /** A slug for IRIs of unlinked entities: "Gustavo Petro" → "gustavo-petro". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
