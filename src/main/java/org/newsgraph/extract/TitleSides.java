package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The side a person's title says they act for: the company, organisation, body, group or country
 * it names ("Kyma Ferries chief executive Maria Doukas", "Roland Busch, the chief executive of
 * Siemens", "Nikos Vlachos, Greece's foreign minister"), or a current office the gazetteer knows. It is whom they speak for when they say "we" in a quote ({@link QuotedFirstPerson}).
 * Kept apart from the country a person acts for ({@link ResolvedEntities#countryOf}), which
 * events and relations read as the state's and which this does not change.
 */
final class TitleSides {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    TitleSides(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    void resolve(List<SentenceView> sentences, LocalDate day, ResolvedEntities out) {
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type != EntityType.Person) continue;
            for (Office o : gazetteer.officesOf(d.key)) {
                if (!o.isFormer() && o.heldOn(day) && out.contains(o.ofQid())) record(d.key, o.ofQid(), out);
            }
        }
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String person = out.entityAt(s.index(), i);
                if (out.typeOf(person) != EntityType.Person) continue;
                for (SentenceView.Arc c : s.children(i, "compound")) {
                    if (!SentenceScope.isTitle(lexicon, s, c.token())) continue;
                    // The parser hangs the company on the title or on the name ("Kyma Ferries chief executive Maria Doukas").
                    String side = sideOfTitle(s, c.token(), out);
                    record(person, side != null ? side : sideOfTitle(s, i, out), out);
                }
                // "Roland Busch, the chief executive of Siemens" and "the chief executive of Siemens, Roland Busch".
                List<SentenceView.Arc> apposed = new ArrayList<>(s.children(i, "appos"));
                SentenceView.Arc up = s.parent(i);
                if (up != null && up.token() >= 0 && up.relation().equals("appos")) apposed.add(up);
                for (SentenceView.Arc a : apposed) {
                    if (SentenceScope.isTitle(lexicon, s, a.token())) record(person, sideOfTitle(s, a.token(), out), out);
                }
            }
        }
    }

    /** The side named in a title's modifiers, or null. */
    private static String sideOfTitle(SentenceView s, int title, ResolvedEntities out) {
        String named = SentenceScope.organisationOfTitle(s, title, out);
        return isSide(out.typeOf(named)) ? named : null;
    }

    /** Any agent but a person: a country, an organisation, a company, a body, a group. */
    private static boolean isSide(EntityType t) {
        return t != null && t.isAgent() && t != EntityType.Person;
    }

    private static void record(String person, String side, ResolvedEntities out) {
        if (side != null && isSide(out.typeOf(side))) out.titleSide.putIfAbsent(person, side);
    }
}
