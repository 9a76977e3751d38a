package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Newsgraph vocabulary: every ontology term the Java code writes or reads.
 *
 * <p>Hand-written from {@code ontology/newsgraph.ttl}; {@code VocabularyMatchesOntologyTest} fails
 * if a constant here names a term the ontology does not define, so no ad-hoc IRI can slip in.
 * CAMEO event classes are not listed: they are data ({@code ontology/cameo.ttl}) and are looked
 * up by code at run time.
 */
public final class NG {
    private NG() {}

    /** Namespace of ontology terms (classes, properties, named individuals of the model). */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Base of instance data: articles, entities, events, statements, graphs. */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Wikidata items and properties. */
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    private static final java.util.Map<String, Node> BY_LOCAL_NAME = new java.util.HashMap<>();

    /**
     * The vocabulary term with this local name, for names that come from data files (relation
     * properties in the lexicon, relationship states). Fails for a name this class does not
     * declare, so a typo in a data file is an error, not a new IRI.
     */
    public static Node named(String local) {
        synchronized (BY_LOCAL_NAME) {
            if (BY_LOCAL_NAME.isEmpty()) {
                for (java.lang.reflect.Field f : NG.class.getFields()) {
                    try {
                        if (f.get(null) instanceof Node n && n.isURI() && n.getURI().startsWith(NS)) {
                            BY_LOCAL_NAME.put(n.getURI().substring(NS.length()), n);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            Node n = BY_LOCAL_NAME.get(local);
            if (n == null) throw new IllegalArgumentException("not a Newsgraph ontology term: ng:" + local);
            return n;
        }
    }

    // ---- classes: text ----
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Sentence = term("Sentence");
    public static final Node EntityMention = term("EntityMention");
    public static final Node TextSpan = term("TextSpan");
    public static final Node TimeExpression = term("TimeExpression");

    // ---- classes: entities ----
    public static final Node Entity = term("Entity");
    public static final Node Agent = term("Agent");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Company = term("Company");
    public static final Node GovernmentBody = term("GovernmentBody");
    public static final Node Group = term("Group");
    public static final Node Country = term("Country");
    public static final Node Place = term("Place");
    public static final Node City = term("City");
    public static final Node Region = term("Region");
    public static final Node Facility = term("Facility");

    // ---- classes: events, relations, provenance ----
    public static final Node Event = term("Event");
    public static final Node Modality = term("Modality");
    public static final Node RelationStatement = term("RelationStatement");
    public static final Node BilateralRelationship = term("BilateralRelationship");
    public static final Node RelationshipState = term("RelationshipState");
    public static final Node Extractor = term("Extractor");

    // ---- modality individuals (skos:notation gives the contract string) ----
    public static final Node Asserted = term("Asserted");
    public static final Node Hedged = term("Hedged");
    public static final Node Hypothetical = term("Hypothetical");
    public static final Node Negated = term("Negated");
    public static final Node Planned = term("Planned");

    // ---- relationship states (skos:notation gives the lower-case name) ----
    public static final Node Cooperative = term("Cooperative");
    public static final Node Friendly = term("Friendly");
    public static final Node Improving = term("Improving");
    public static final Node Neutral = term("Neutral");
    public static final Node Tense = term("Tense");
    public static final Node Strained = term("Strained");
    public static final Node Hostile = term("Hostile");
    public static final Node Deteriorating = term("Deteriorating");

    // ---- article and text properties ----
    public static final Node title = term("title");
    public static final Node published = term("published");
    public static final Node source = term("source");
    public static final Node url = term("url");
    public static final Node text = term("text");
    public static final Node articleId = term("articleId");
    public static final Node hasSentence = term("hasSentence");
    public static final Node inArticle = term("inArticle");
    public static final Node inSentence = term("inSentence");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node beginIndex = term("beginIndex");
    public static final Node endIndex = term("endIndex");
    public static final Node anchorOf = term("anchorOf");

    // ---- entity properties ----
    public static final Node surfaceForm = term("surfaceForm");
    public static final Node wikidataItem = term("wikidataItem");
    public static final Node mentionOf = term("mentionOf");
    public static final Node mentionedIn = term("mentionedIn");

    // ---- event roles and qualifiers ----
    public static final Node actor = term("actor");
    public static final Node target = term("target");
    public static final Node place = term("place");
    public static final Node timeValue = term("timeValue");
    public static final Node timeStart = term("timeStart");
    public static final Node timeEnd = term("timeEnd");
    public static final Node modality = term("modality");
    public static final Node attributedTo = term("attributedTo");
    public static final Node actingBody = term("actingBody");
    public static final Node targetBody = term("targetBody");
    public static final Node theme = term("theme");
    public static final Node trigger = term("trigger");

    // ---- relations between agents (object properties, also the ng:property of a statement) ----
    public static final Node holdsOfficeIn = term("holdsOfficeIn");
    public static final Node headOfStateOf = term("headOfStateOf");
    public static final Node headOfGovernmentOf = term("headOfGovernmentOf");
    public static final Node memberOf = term("memberOf");
    public static final Node memberOfParty = term("memberOfParty");
    public static final Node citizenOf = term("citizenOf");
    public static final Node employedBy = term("employedBy");
    public static final Node chiefExecutiveOf = term("chiefExecutiveOf");
    public static final Node headquarteredIn = term("headquarteredIn");
    public static final Node locatedIn = term("locatedIn");
    public static final Node inCountry = term("inCountry");
    public static final Node partOf = term("partOf");
    public static final Node bornIn = term("bornIn");
    public static final Node diedIn = term("diedIn");
    public static final Node allyOf = term("allyOf");
    public static final Node rivalOf = term("rivalOf");
    public static final Node bilateralRelationWith = term("bilateralRelationWith");

    // ---- relation statements (reification that stays OWL 2 DL) ----
    public static final Node subject = term("subject");
    public static final Node property = term("property");
    public static final Node object = term("object");
    public static final Node roleLabel = term("roleLabel");
    public static final Node party = term("party");
    public static final Node state = term("state");

    // ---- provenance ----
    public static final Node evidence = term("evidence");
    public static final Node confidence = term("confidence");
    public static final Node extractedBy = term("extractedBy");
    public static final Node version = term("version");

    // ---- annotation properties read from the ontology / codebook ----
    public static final Node cameoCode = term("cameoCode");
    public static final Node goldstein = term("goldstein");
    public static final Node quadClass = term("quadClass");
}
