package org.newsgraph.eval;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normal forms used when comparing what a system wrote with what gold says. */
final class Names {
    private Names() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_QID = Pattern.compile("(Q\\d+)$");
    private static final Pattern TRAILING_PID = Pattern.compile("(P\\d+)$");
    private static final Pattern TRAILING_CODE = Pattern.compile("(\\d{2,4})$");

    /**
     * Case- and accent-insensitive key of a name: "Bogotá" and "BOGOTA" both give "bogota".
     * Punctuation collapses to single spaces so "U.S." and "U S" agree, and "’s" spelling varies.
     */
    static String key(String name) {
        if (name == null) return "";
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** "Q30" from "http://www.wikidata.org/entity/Q30", "wd:Q30" or "Q30"; null if none. */
    static String qid(String iriOrId) {
        if (iriOrId == null) return null;
        Matcher m = TRAILING_QID.matcher(iriOrId.trim());
        return m.find() ? m.group(1) : null;
    }

    /** "P35" from a Wikidata property IRI (entity/ or prop/direct/) or a bare id; null if none. */
    static String pid(String iriOrId) {
        if (iriOrId == null) return null;
        Matcher m = TRAILING_PID.matcher(iriOrId.trim());
        return m.find() ? m.group(1) : null;
    }

    /** The CAMEO code digits at the end of a literal or class IRI ("036", "...#cameo036"). */
    static String cameo(String codeOrIri) {
        if (codeOrIri == null) return null;
        Matcher m = TRAILING_CODE.matcher(codeOrIri.trim());
        return m.find() ? m.group(1) : codeOrIri.trim();
    }

    /** Local name after the last '#' or '/': "https://…#Asserted" gives "Asserted". */
    static String localName(String iri) {
        if (iri == null) return null;
        String s = iri.trim();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    /**
     * A DBpedia resource name that compares equal however it was spelled: percent-decoded,
     * spaces as underscores, trimmed (MEANTIME has trailing spaces), case-folded.
     */
    static String dbpediaName(String iri) {
        if (iri == null || iri.isBlank()) return null;
        String s = iri.trim();
        // MEANTIME links to DBpedia's HTML pages (/page/X) as often as to resources (/resource/X).
        for (String marker : new String[] {"/resource/", "/page/"}) {
            int cut = s.indexOf(marker);
            if (cut >= 0) {
                s = s.substring(cut + marker.length());
                break;
            }
        }
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // keep the raw name: a stray '%' is still comparable as text
        }
        return s.trim().replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    /** Splits "headOfStateOf" into "head Of State Of" so property names can be read as words. */
    static String splitCamelCase(String s) {
        return s == null ? "" : s.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    }
}
