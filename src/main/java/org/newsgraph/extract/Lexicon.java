package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extractor's vocabulary, read from the TSV files in {@code org/newsgraph/lexicon/}: event
 * triggers with CAMEO codes, modality cues, speech verbs, titles, relation cues and the words
 * that describe a bilateral relationship. Adding a word is a data change, never a code change.
 */
public final class Lexicon {
    private static final String BASE = "/org/newsgraph/lexicon/";

    /** A modality cue: how it attaches ("aux", "governor", "adverb", "mark", "negation") and its effect. */
    public record ModalityCue(String kind, Modality modality) {}

    /** A title such as "president" with the role it gives for one kind of organisation. */
    public record Title(String title, String role, EntityType appliesTo) {}

    /** A noun that states a relation ("ally" → allyOf). */
    public record RelationCue(String property, String direction) {}

    private final Map<String, List<TriggerEntry>> triggers = new HashMap<>();
    private final Map<String, ModalityCue> modalityCues = new HashMap<>();
    private final Map<String, String> speechVerbs = new HashMap<>();
    private final java.util.Set<String> quoteVerbs = new java.util.HashSet<>();
    private final Map<String, List<Title>> titles = new HashMap<>();
    private final Map<String, RelationCue> relationCues = new HashMap<>();
    private final Set<String> relationshipNouns = new HashSet<>();
    private final Map<String, String> relationshipStates = new HashMap<>();
    private final Map<String, String> evaluations = new HashMap<>();
    private final Set<String> agentNouns = new HashSet<>();
    private final Map<String, String> agentArms = new HashMap<>();
    private final Map<String, EntityType> collectiveHeads = new HashMap<>();
    private final Map<String, String> groupNouns = new HashMap<>();
    private final Set<String> utteranceNouns = new HashSet<>();
    private final Set<String> claimNouns = new HashSet<>();
    private final Set<String> patientNouns = new HashSet<>();
    private final Set<String> actReferences = new HashSet<>();
    private final Map<String, String> actReferenceKinds = new HashMap<>();
    private final Map<String, String> refusalCodes = new HashMap<>();
    private final Set<String> audienceNouns = new HashSet<>();
    private final Set<String> releaseNouns = new HashSet<>();
    private final Set<String> controlNouns = new HashSet<>();
    private final Set<String> containerNouns = new HashSet<>();
    private final Set<String> attributeNouns = new HashSet<>();
    private final Set<String> speakerTitles = new HashSet<>();
    private final Map<String, String> groupSectors = new HashMap<>();
    private final List<String> executiveBodyWords = new ArrayList<>();
    private final Set<String> announcingVerbs = new HashSet<>();
    private final Map<String, String[]> relationSignatures = new HashMap<>();
    private final Map<String, String> intentCodes = new HashMap<>();
    private final Map<String, String[]> askedYieldCodes = new HashMap<>();
    private final Map<String, Set<String>> codeTraits = new HashMap<>();
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    private final Map<String, String> lifeEvents = new HashMap<>();
    private final Map<String, String> stateBodies = new HashMap<>();
    private final Set<String> stateBodiesReferringToState = new HashSet<>();
    private int longestStateBody = 1;
    private int longestTitle = 1;

    public static Lexicon builtIn() {
        Lexicon l = new Lexicon();
        l.load();
        return l;
    }

    private void load() {
        for (DataTable.Row r : table("event-triggers.tsv", "lemma", "pos", "cameo", "requires", "roles", "target_preps").rows()) {
            String pos = r.require("pos");
            TriggerEntry e = new TriggerEntry(r.require("lemma").toLowerCase(), pos.charAt(0), r.require("cameo"),
                    r.list("requires"), r.get("roles") == null ? "agent" : r.get("roles"), r.list("target_preps"));
            triggers.computeIfAbsent(key(e.lemma(), e.pos()), k -> new ArrayList<>()).add(e);
        }
        for (DataTable.Row r : table("modality-cues.tsv", "cue", "kind", "modality").rows()) {
            modalityCues.put(r.require("kind") + ":" + r.require("cue").toLowerCase(),
                    new ModalityCue(r.require("kind"), Modality.parse(r.require("modality"))));
        }
        for (DataTable.Row r : table("speech-verbs.tsv", "lemma", "kind").rows()) {
            if (r.require("kind").equals("quote")) quoteVerbs.add(r.require("lemma").toLowerCase());
            else speechVerbs.put(r.require("lemma").toLowerCase(), r.require("kind"));
        }
        for (DataTable.Row r : table("titles.tsv", "title", "role", "applies_to").rows()) {
            String title = r.require("title").toLowerCase();
            titles.computeIfAbsent(title, k -> new ArrayList<>())
                    .add(new Title(title, r.require("role"), EntityType.parse(r.require("applies_to"))));
            longestTitle = Math.max(longestTitle, title.split("\\s+").length);
        }
        for (DataTable.Row r : table("relation-cues.tsv", "lemma", "property", "direction").rows()) {
            relationCues.put(r.require("lemma").toLowerCase(), new RelationCue(r.require("property"), r.require("direction")));
        }
        for (DataTable.Row r : table("relationship-words.tsv", "word", "meaning").rows()) {
            String word = r.require("word").toLowerCase();
            String meaning = r.require("meaning");
            if (meaning.equalsIgnoreCase("relationship")) relationshipNouns.add(word);
            else relationshipStates.put(word, meaning);
        }
        for (DataTable.Row r : table("evaluation-words.tsv", "lemma", "polarity").rows()) {
            evaluations.put(r.require("lemma").toLowerCase(), r.require("polarity").toLowerCase());
        }
        for (DataTable.Row r : table("agent-nouns.tsv", "lemma", "stands_for").rows()) {
            agentNouns.add(r.require("lemma").toLowerCase());
            agentArms.put(r.require("lemma").toLowerCase(), r.require("stands_for").toLowerCase());
        }
        for (DataTable.Row r : table("refusal-codes.tsv", "cameo", "refusal").rows()) {
            refusalCodes.put(r.require("cameo"), r.require("refusal"));
        }
        for (DataTable.Row r : table("act-references.tsv", "lemma", "kind").rows()) {
            String lemma = r.require("lemma").toLowerCase();
            actReferences.add(lemma);
            if (r.get("kind") != null) actReferenceKinds.put(lemma, r.get("kind"));
        }
        patientNouns.addAll(lowerCased("patient-nouns.tsv", "lemma"));
        claimNouns.addAll(lowerCased("claim-nouns.tsv", "lemma"));
        utteranceNouns.addAll(lowerCased("utterance-nouns.tsv", "lemma"));
        for (DataTable.Row r : table("name-words.tsv", "word", "kind").rows()) {
            nameWords.computeIfAbsent(r.require("kind"), k -> new HashSet<>()).add(r.require("word").toLowerCase());
        }
        for (DataTable.Row r : table("life-events.tsv", "lemma", "property").rows()) {
            lifeEvents.put(r.require("lemma").toLowerCase(), r.require("property"));
        }
        for (DataTable.Row r : table("code-traits.tsv", "cameo", "trait").rows()) {
            codeTraits.computeIfAbsent(r.require("cameo"), k -> new HashSet<>()).add(r.require("trait"));
        }
        for (DataTable.Row r : table("intent-codes.tsv", "code", "intent").rows()) {
            intentCodes.put(r.require("code"), r.require("intent"));
        }
        for (DataTable.Row r : table("appeal-codes.tsv", "code", "appeal", "demand").rows()) {
            askedYieldCodes.put(r.require("code"), new String[] {r.require("appeal"), r.require("demand")});
        }
        for (DataTable.Row r : table("relation-signatures.tsv", "property", "subject", "object").rows()) {
            relationSignatures.put(r.require("property"), new String[] {r.require("subject"), r.require("object")});
        }
        audienceNouns.addAll(lowerCased("audience-nouns.tsv", "lemma"));
        executiveBodyWords.addAll(lowerCased("executive-bodies.tsv", "words"));
        releaseNouns.addAll(lowerCased("release-nouns.tsv", "lemma"));
        speakerTitles.addAll(lowerCased("speaker-titles.tsv", "title"));
        containerNouns.addAll(lowerCased("container-nouns.tsv", "lemma"));
        attributeNouns.addAll(lowerCased("attribute-nouns.tsv", "lemma"));
        controlNouns.addAll(lowerCased("control-nouns.tsv", "lemma"));
        announcingVerbs.addAll(lowerCased("announcing-verbs.tsv", "lemma"));
        for (DataTable.Row r : table("collective-references.tsv", "head", "type").rows()) {
            EntityType t = "agent".equalsIgnoreCase(r.require("type")) ? null : EntityType.parse(r.require("type"));
            collectiveHeads.put(r.require("head").toLowerCase(), t == null ? EntityType.Group : t);
        }
        for (DataTable.Row r : table("state-bodies.tsv", "phrase", "label", "refers_to_state").rows()) {
            String phrase = r.require("phrase").toLowerCase();
            stateBodies.put(phrase, r.require("label"));
            if ("yes".equalsIgnoreCase(r.get("refers_to_state"))) stateBodiesReferringToState.add(phrase);
            longestStateBody = Math.max(longestStateBody, phrase.split(" ").length);
        }
        for (DataTable.Row r : table("group-nouns.tsv", "lemma", "group", "use", "sector").rows()) {
            groupNouns.put(r.require("use").toLowerCase() + ":" + r.require("lemma").toLowerCase(), r.require("group"));
            groupSectors.put(r.require("group"), r.require("sector").toLowerCase());
        }
    }

    /** One column of a word list, lower-cased. */
    private static Set<String> lowerCased(String file, String column) {
        Set<String> words = new HashSet<>();
        for (DataTable.Row r : table(file, column).rows()) words.add(r.require(column).toLowerCase());
        return words;
    }

    private static DataTable table(String file, String... columns) {
        return DataTable.fromClasspath(BASE + file).requireColumns(columns);
    }

    private static String key(String lemma, char pos) { return pos + ":" + lemma; }

    /** Trigger rows for a lemma used as {@code pos} ('V', 'N', 'A'). */
    public List<TriggerEntry> triggers(String lemma, char pos) {
        return triggers.getOrDefault(key(lemma.toLowerCase(), pos), List.of());
    }

    public Optional<ModalityCue> modalityCue(String kind, String word) {
        return Optional.ofNullable(modalityCues.get(kind + ":" + word.toLowerCase()));
    }

    /** "say", "deny", "name" or "source" for a verb of saying, else null. */
    public String speechKind(String lemma) { return speechVerbs.get(lemma.toLowerCase()); }

    /** Verbs whose complement clause is the subject's claim ("say", "deny"): they attribute. */
    public boolean isReportingVerb(String lemma) {
        String kind = speechKind(lemma);
        return "say".equals(kind) || "deny".equals(kind);
    }

    /** Verbs whose clause next to a direct quote names its speaker: the reporting verbs and the quote-only ones ("asked"). */
    public boolean introducesQuote(String lemma) {
        return isReportingVerb(lemma) || quoteVerbs.contains(lemma.toLowerCase());
    }

    /** Does CAMEO code {@code cameo} (or a prefix of it) have {@code trait} in code-traits.tsv? */
    public boolean codeHas(String cameo, String trait) {
        for (int len = 2; len <= cameo.length(); len++) {
            if (codeTraits.getOrDefault(cameo.substring(0, len), Set.of()).contains(trait)) return true;
        }
        return false;
    }

    /** The CAMEO 03 code for a willingness to do {@code code} (longest prefix in intent-codes.tsv), or null. */
    public String intentCode(String code) {
        return byLongestPrefix(intentCodes, code);
    }

    /** The value of the longest prefix of a CAMEO {@code code} (two digits at least) that {@code table} keys, or null. */
    private static <T> T byLongestPrefix(Map<String, T> table, String code) {
        for (int len = code.length(); len >= 2; len--) {
            T hit = table.get(code.substring(0, len));
            if (hit != null) return hit;
        }
        return null;
    }

    /**
     * The CAMEO code for asking someone to do {@code code} (longest prefix in appeal-codes.tsv): an
     * appeal (025x) unless {@code demand} (105x); null when the act asked for is no yielding.
     */
    public String askedYieldCode(String code, boolean demand) {
        String[] hit = byLongestPrefix(askedYieldCodes, code);
        return hit == null ? null : hit[demand ? 1 : 0];
    }

    public List<Title> titles(String title) { return titles.getOrDefault(title.toLowerCase(), List.of()); }

    public int longestTitleTokens() { return longestTitle; }

    public Optional<RelationCue> relationCue(String lemma) { return Optional.ofNullable(relationCues.get(lemma.toLowerCase())); }

    public boolean isRelationshipNoun(String lemma) { return relationshipNouns.contains(lemma.toLowerCase()); }

    /** The relationship state a cue word describes ("Tense"), or null. */
    public String relationshipState(String lemma) { return relationshipStates.get(lemma.toLowerCase()); }

    /** "positive", "negative" or null. */
    public String evaluation(String lemma) { return evaluations.get(lemma.toLowerCase()); }

    /** The name of the state body a lowercase phrase such as "foreign ministry" refers to (state-bodies.tsv), or null. */
    public String stateBodyLabel(String phrase) { return stateBodies.get(phrase.toLowerCase()); }

    /** Words in the longest state-body phrase. */
    public int longestStateBody() { return longestStateBody; }

    /** "the army", "police": a state-body phrase that refers to its state too, as an agent noun does (state-bodies.tsv). */
    public boolean stateBodyRefersToState(String phrase) { return stateBodiesReferringToState.contains(phrase.toLowerCase()); }

    public boolean isAgentNoun(String lemma) { return agentNouns.contains(lemma.toLowerCase()); }

    /** Which arm of the state an agent noun stands for: government, military or legislature; null if none. */
    public String agentArm(String lemma) { return agentArms.get(lemma.toLowerCase()); }

    /** For "both leaders", "the two countries": the type of the two entities meant, or null. */
    public EntityType collectiveHead(String lemma) { return collectiveHeads.get(lemma.toLowerCase()); }

    /**
     * The collective actor a noun names (group-nouns.tsv): {@code use} is "head" for a plural head
     * ("protesters"), "head-singular" for a singular one ("the opposition"), "modifier" for a
     * compound or adjective ("opposition leaders"). Null when it names none.
     */
    public String groupNamedBy(String lemma, String use) { return groupNouns.get(use + ":" + lemma.toLowerCase()); }

    /** "rebels", "militants": a group of the armed sector (group-nouns.tsv), which a named armed group may be. */
    public boolean isArmedGroup(String group) { return "armed".equals(groupSectors.get(group)); }

    /** The CAMEO code of refusing an act of this code ("would not allow observers": 1245), or null. */
    public String refusalCode(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            String refusal = refusalCodes.get(cameo.substring(0, n));
            if (refusal != null) return refusal;
        }
        return null;
    }

    /** "the move", "the decision": a noun that refers back to an act already reported. */
    public boolean isActReference(String lemma) { return actReferences.contains(lemma.toLowerCase()); }

    /** The CAMEO family of the act an act-reference noun names ("offer": "03"), or null. */
    public String actReferenceKind(String lemma) { return actReferenceKinds.get(lemma.toLowerCase()); }

    /** "his arrest", "her release": an event noun whose possessor is acted upon (patient-nouns.tsv). */
    public boolean isPatientNoun(String lemma) { return patientNouns.contains(lemma.toLowerCase()); }

    /** "a charge the army denied": a noun restating the claim just made (claim-nouns.tsv). */
    public boolean isClaimNoun(String lemma) { return claimNouns.contains(lemma.toLowerCase()); }

    /** "comments", "remarks", "rhetoric": things said, whose author is whoever said them. */
    public boolean isUtteranceNoun(String lemma) { return utteranceNouns.contains(lemma.toLowerCase()); }

    /** Is the word listed in name-words.tsv under {@code kind} (generic-first, company-suffix, organisation-nominal)? */
    public boolean isNameWord(String kind, String word) {
        return nameWords.getOrDefault(kind, Set.of()).contains(word.toLowerCase());
    }

    /** Does a name ("Constitutional Court", "FNV Havens union") have a word listed under {@code kind}? False for null. */
    public boolean hasNameWordIn(String kind, String name) {
        if (name == null) return false;
        for (String word : name.split("[^\\p{L}]+")) if (isNameWord(kind, word)) return true;
        return false;
    }

    /** Do the subject and object types fit the property's signature (relation-signatures.tsv)? */
    public boolean fitsSignature(String property, EntityType subject, EntityType object) {
        String[] sig = relationSignatures.get(property);
        if (sig == null) throw new IllegalStateException("relation-signatures.tsv has no row for " + property);
        return subject != null && object != null && subject.isA(sig[0]) && object.isA(sig[1]);
    }

    /** Does the relation fit its property's signature, its entities typed by {@code typeOf}? */
    boolean fitsSignature(Relation r, java.util.function.Function<String, EntityType> typeOf) {
        return fitsSignature(r.property(), typeOf.apply(r.subjectKey()), typeOf.apply(r.objectKey()));
    }

    /** Property → {subject class, object class}, as read from relation-signatures.tsv. */
    public Map<String, String[]> relationSignatures() { return Map.copyOf(relationSignatures); }

    /** "announced tariffs", "declared a ceasefire": a reporting verb whose event-noun object is the subject's act. */
    public boolean isAnnouncingVerb(String lemma) { return announcingVerbs.contains(lemma.toLowerCase()); }

    /** "release", "freedom": a noun for setting someone free (release-nouns.tsv). */
    public boolean isReleaseNoun(String lemma) { return releaseNouns.contains(lemma.toLowerCase()); }

    /** "spokesman": the title of someone who speaks for an organisation (speaker-titles.tsv). */
    public boolean isSpeakerTitle(String title) { return speakerTitles.contains(title.toLowerCase()); }

    /** "sovereignty", "integrity": what a state or body has; an act aimed at it is aimed at its owner (attribute-nouns.tsv). */
    public boolean isAttributeNoun(String lemma) { return attributeNouns.contains(lemma.toLowerCase()); }

    /** "package", "round": a noun that only groups acts ("a package of sanctions"; container-nouns.tsv). */
    public boolean isContainerNoun(String lemma) { return containerNouns.contains(lemma.toLowerCase()); }

    /** "control", "occupation": a noun for holding territory (control-nouns.tsv). */
    public boolean isControlNoun(String lemma) { return controlNouns.contains(lemma.toLowerCase()); }

    /**
     * "Ministry of Foreign Affairs of Georgia", "United States Department of State": a body of the
     * executive, which acts as its state (executive-bodies.tsv); a court or parliament is not one.
     */
    public boolean isExecutiveBody(String label) {
        String words = " " + label.toLowerCase().replaceAll("[^\\p{L}]+", " ") + " ";
        for (String w : executiveBodyWords) if (words.contains(" " + w + " ")) return true;
        return false;
    }

    /** "reporters", "analysts", "voters": people addressed or observing, never the state acting. */
    public boolean isAudienceNoun(String lemma) { return audienceNouns.contains(lemma.toLowerCase()); }

    public Map<String, List<TriggerEntry>> allTriggers() { return Map.copyOf(triggers); }

    public Set<String> relationshipStateNames() { return Set.copyOf(relationshipStates.values()); }

    public Set<String> relationPropertyNames() {
        Set<String> s = new HashSet<>();
        relationCues.values().forEach(c -> s.add(c.property()));
        s.addAll(lifeEvents.values());
        return s;
    }

    /** The relation a verb of birth or death gives a person and its place ("bornIn"), or null (life-events.tsv). */
    public String lifeEventProperty(String lemma) { return lifeEvents.get(lemma.toLowerCase()); }
}
