package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whom a person works for when their title names an organisation, a company, a body or a group
 * rather than a country: "Kyma Ferries chief executive Maria Doukas", "Roland Busch, the chief
 * executive of Siemens", or a current office the gazetteer knows. It is whom they speak for when
 * they say "we" in a quote ({@link QuotedFirstPerson}). The country a person acts for is recorded
 * apart ({@link ResolvedEntities#countryOf}), since events and relations read it as the state's.
 */
final class TitleOrganisations {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    TitleOrganisations(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    void resolve(List<SentenceView> sentences, LocalDate day, ResolvedEntities out) {
        for (ResolvedEntities.Draft d : out.drafts.values()) {
            if (d.type != EntityType.Person || d.wikidata == null) continue;
            for (Office o : gazetteer.officesOf(d.wikidata)) {
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
                    String body = bodyOfTitle(s, c.token(), out);
                    record(person, body != null ? body : bodyOfTitle(s, i, out), out);
                }
                // "Roland Busch, the chief executive of Siemens" and "the chief executive of Siemens, Roland Busch".
                List<SentenceView.Arc> apposed = new ArrayList<>(s.children(i, "appos"));
                SentenceView.Arc up = s.parent(i);
                if (up != null && up.token() >= 0 && up.relation().equals("appos")) apposed.add(up);
                for (SentenceView.Arc a : apposed) {
                    if (SentenceScope.isTitle(lexicon, s, a.token())) record(person, bodyOfTitle(s, a.token(), out), out);
                }
            }
        }
    }

    /** The organisation, company, body or group named in a title's modifiers, or null. */
    private static String bodyOfTitle(SentenceView s, int title, ResolvedEntities out) {
        String org = SentenceScope.organisationOfTitle(s, title, out);
        return isBody(out.typeOf(org)) ? org : null;
    }

    private static boolean isBody(EntityType t) {
        return t == EntityType.Organization || t == EntityType.Company || t == EntityType.GovernmentBody || t == EntityType.Group;
    }

    private static void record(String person, String body, ResolvedEntities out) {
        if (body != null && isBody(out.typeOf(body))) out.organisation.putIfAbsent(person, body);
    }
}
