package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The relations one sentence states, gathered from the single-purpose readers: offices
 * ({@link OfficeRelations}), relation nouns ({@link RelationNouns}), citizenship from demonyms
 * ({@link Nationality}) and where named things are ({@link NamedThingPlaces},
 * {@link PlaceDescriptions}), where people were born and died ({@link LifePlaces}) and which
 * party they belong to ({@link PartyMembership}). A relation between
 * entities of the wrong kinds is dropped here, once for all of them.
 */
final class RelationExtractor {
    private final Lexicon lexicon;
    private final ResolvedEntities entities;
    private final OfficeRelations offices;
    private final RelationNouns relationNouns;
    private final Nationality nationality;
    private final NamedThingPlaces places;
    private final PlaceDescriptions descriptions;
    private final LifePlaces lifePlaces;
    private final PartyMembership parties;
    private final BilateralRelationships relationships;

    RelationExtractor(Lexicon lexicon, Gazetteer gazetteer, ResolvedEntities entities, Discourse discourse, LocalDate published) {
        this.lexicon = lexicon;
        this.entities = entities;
        RoleFinder roles = new RoleFinder(entities, lexicon, discourse);
        this.offices = new OfficeRelations(lexicon, gazetteer, entities, roles, published);
        this.relationNouns = new RelationNouns(lexicon, entities, roles);
        this.nationality = new Nationality(lexicon, gazetteer, entities);
        this.places = new NamedThingPlaces(gazetteer, entities);
        this.descriptions = new PlaceDescriptions(gazetteer, entities);
        this.lifePlaces = new LifePlaces(lexicon, entities);
        this.parties = new PartyMembership(lexicon, entities);
        this.relationships = new BilateralRelationships(lexicon, entities, discourse, roles);
    }

    List<Relation> relations(SentenceView s, SentenceView previous) {
        List<Relation> out = new ArrayList<>();
        String stateOfScene = SentenceScope.stateOfScene(s, previous, entities);
        for (int i = 0; i < s.size(); i++) {
            offices.titles(s, i, stateOfScene, out);
            relationNouns.find(s, i, out);
            places.find(s, i, out);
            nationality.find(s, i, out);
            offices.appointment(s, i, out);
            descriptions.find(s, i, out);
            lifePlaces.find(s, i, out);
            parties.find(s, i, out);
        }
        places.locations(s, out);
        // A relation between entities of the wrong kinds is a misreading, never a fact.
        out.removeIf(r -> !lexicon.fitsSignature(r, entities::typeOf));
        return parties.refined(out);
    }

    List<BilateralRelationships.Found> relationships(SentenceView s) {
        return relationships.find(s);
    }
}
