package org.newsgraph.eval;

import org.newsgraph.input.Article;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One MEANTIME article (CAT XML): its tokens placed in a rebuilt text, and the annotation layers
 * the harness scores. See {@code eval-data/meantime-en/SOURCE.md}.
 *
 * <p>The text handed to the system is the title (sentence 0), a blank line, the dateline
 * (sentence 1), a blank line, then the body sentences joined by spaces. Keeping the dateline
 * keeps every token at a known offset; the date it carries is the document creation time, which
 * is given to the system as {@link Article#published()} and is not scored as a time expression.
 */
public final class MeantimeDocument {

    /** A token with its place in {@link #article()}'s text. {@code id} is the 1-based t_id. */
    public record Token(int id, int sentence, String text, int begin, int end) {}

    /** An entity instance (ENTITY markable): PER, ORG, LOC, PRO, FIN or MIX, maybe DBpedia-linked. */
    public record EntityInstance(String id, String type, String descriptor, String dbpedia) {}

    /**
     * An ENTITY_MENTION: a whole noun phrase in MEANTIME, not just the name.
     *
     * @param instance the entity it refers to (via REFERS_TO), or null
     */
    public record EntityMention(String id, String syntacticType, List<Token> tokens, EntityInstance instance) {
        /** Named (NAM or PRE.NAM) mention of a PER, ORG or LOC entity: the NE gold set. */
        public boolean isNamedPerOrgLoc() {
            return ("NAM".equals(syntacticType) || "PRE.NAM".equals(syntacticType)) && instance != null
                    && List.of("PER", "ORG", "LOC").contains(instance.type());
        }
    }

    public record EventMention(String id, String pred, List<Token> tokens) {}

    /** A HAS_PARTICIPANT link whose target is an entity mention (VALUE targets are dropped). */
    public record Participant(EventMention event, String role, EntityMention argument) {}

    /** @param creationTime the document creation time (or the dateline date standing in for it) */
    public record Timex(String id, String type, String value, List<Token> tokens, boolean creationTime) {}

    private final String id;
    private final String name;
    private final Article article;
    private final List<Token> tokens;
    private final int lastAnnotatedSentence;
    private final List<EntityMention> entityMentions;
    private final List<EventMention> eventMentions;
    private final List<Participant> participants;
    private final List<Timex> timexes;

    private MeantimeDocument(String id, String name, Article article, List<Token> tokens, int lastAnnotatedSentence,
                             List<EntityMention> entityMentions, List<EventMention> eventMentions,
                             List<Participant> participants, List<Timex> timexes) {
        this.id = id;
        this.name = name;
        this.article = article;
        this.tokens = tokens;
        this.lastAnnotatedSentence = lastAnnotatedSentence;
        this.entityMentions = entityMentions;
        this.eventMentions = eventMentions;
        this.participants = participants;
        this.timexes = timexes;
    }

    public String id() { return id; }

    /** doc_name, e.g. "10450_Apple_Computer_CEO"; also the article id. */
    public String name() { return name; }

    public Article article() { return article; }

    public List<Token> tokens() { return tokens; }

    /** Only sentences 0..this carry annotation (SOURCE.md: usually 5); score nothing after it. */
    public int lastAnnotatedSentence() { return lastAnnotatedSentence; }

    /** Character offset where the unannotated part of the text starts. */
    public int annotatedEnd() {
        int end = 0;
        for (Token t : tokens) if (t.sentence() <= lastAnnotatedSentence) end = Math.max(end, t.end());
        return end;
    }

    public List<EntityMention> entityMentions() { return entityMentions; }

    public List<EventMention> eventMentions() { return eventMentions; }

    public List<Participant> participants() { return participants; }

    public List<Timex> timexes() { return timexes; }

    /** [begin, end) in the article text from the first to the last token. */
    public static int[] span(List<Token> tokens) {
        int begin = Integer.MAX_VALUE, end = -1;
        for (Token t : tokens) {
            begin = Math.min(begin, t.begin());
            end = Math.max(end, t.end());
        }
        return new int[] {begin, end};
    }

    /** The text covered by the tokens, as it appears in the article. */
    public String text(List<Token> tokens) {
        int[] span = span(tokens);
        return article.text().substring(span[0], span[1]);
    }

    // ---------------------------------------------------------------- parsing

    public static MeantimeDocument parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            return fromXml(root);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read MEANTIME file " + file + ": " + e.getMessage(), e);
        }
    }

    private static MeantimeDocument fromXml(Element root) {
        String docId = root.getAttribute("doc_id");
        String docName = root.getAttribute("doc_name");

        // tokens, then the text built around them
        List<Element> tokenElements = children(root, "token");
        tokenElements.sort(Comparator.comparingInt(e -> Integer.parseInt(e.getAttribute("t_id"))));
        TextBuilder text = new TextBuilder();
        List<Token> tokens = new ArrayList<>();
        Map<Integer, Token> tokenById = new HashMap<>();
        int currentSentence = -1;
        for (Element t : tokenElements) {
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            // title, dateline and body: the first two get their own paragraph
            if (sentence != currentSentence && (currentSentence == 0 || currentSentence == 1)) text.paragraphBreak();
            currentSentence = sentence;
            int[] at = text.token(t.getTextContent());
            Token token = new Token(Integer.parseInt(t.getAttribute("t_id")), sentence, t.getTextContent(), at[0], at[1]);
            tokens.add(token);
            tokenById.put(token.id(), token);
        }

        Element markables = child(root, "Markables");
        Element relations = child(root, "Relations");
        Map<String, Element> markableById = new LinkedHashMap<>();
        for (Element m : children(markables, null)) markableById.put(m.getAttribute("m_id"), m);

        // REFERS_TO: mention -> entity instance
        Map<String, EntityInstance> instances = new HashMap<>();
        for (Element m : markableById.values()) {
            if (m.getTagName().equals("ENTITY")) {
                String ref = m.getAttribute("external_ref").trim();
                instances.put(m.getAttribute("m_id"), new EntityInstance(m.getAttribute("m_id"), m.getAttribute("ent_type"),
                        m.getAttribute("TAG_DESCRIPTOR"), ref.isEmpty() ? null : ref));
            }
        }
        Map<String, EntityInstance> instanceOfMention = new HashMap<>();
        for (Element r : relations == null ? List.<Element>of() : children(relations, "REFERS_TO")) {
            List<String> targets = ids(r, "target");
            EntityInstance instance = targets.isEmpty() ? null : instances.get(targets.get(0));
            if (instance == null) continue;
            for (String source : ids(r, "source")) instanceOfMention.put(source, instance);
        }

        int lastAnnotated = 0;
        List<EntityMention> entityMentions = new ArrayList<>();
        List<EventMention> eventMentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        Map<String, EntityMention> entityMentionById = new HashMap<>();
        Map<String, EventMention> eventMentionById = new HashMap<>();
        for (Element m : markableById.values()) {
            List<Token> anchored = new ArrayList<>();
            for (Element a : children(m, "token_anchor")) {
                Token t = tokenById.get(Integer.parseInt(a.getAttribute("t_id")));
                if (t != null) anchored.add(t);
            }
            anchored.sort(Comparator.comparingInt(Token::id));
            for (Token t : anchored) lastAnnotated = Math.max(lastAnnotated, t.sentence());
            if (anchored.isEmpty()) continue; // instances and anchorless TIMEX3 (e.g. implied dates)
            String mId = m.getAttribute("m_id");
            switch (m.getTagName()) {
                case "ENTITY_MENTION" -> {
                    EntityMention em = new EntityMention(mId, m.getAttribute("syntactic_type"), List.copyOf(anchored),
                            instanceOfMention.get(mId));
                    entityMentions.add(em);
                    entityMentionById.put(mId, em);
                }
                case "EVENT_MENTION" -> {
                    EventMention ev = new EventMention(mId, m.getAttribute("pred"), List.copyOf(anchored));
                    eventMentions.add(ev);
                    eventMentionById.put(mId, ev);
                }
                case "TIMEX3" -> timexes.add(new Timex(mId, m.getAttribute("type"), m.getAttribute("value").trim(),
                        List.copyOf(anchored), "CREATION_TIME".equals(m.getAttribute("functionInDocument"))));
                default -> { }
            }
        }
        timexes = markDatelineAsCreationTime(timexes);

        List<Participant> participants = new ArrayList<>();
        for (Element r : relations == null ? List.<Element>of() : children(relations, "HAS_PARTICIPANT")) {
            List<String> sources = ids(r, "source"), targets = ids(r, "target");
            if (sources.isEmpty() || targets.isEmpty()) continue;
            EventMention event = eventMentionById.get(sources.get(0));
            EntityMention argument = entityMentionById.get(targets.get(0));
            if (event != null && argument != null) participants.add(new Participant(event, r.getAttribute("sem_role"), argument));
        }

        String headline = text.text().lines().findFirst().orElse(docName);
        LocalDate published = documentDate(timexes);
        Article article = new Article(docName, headline, published, "MEANTIME (Wikinews)",
                root.getAttribute("url").isBlank() ? null : root.getAttribute("url"), text.text());
        return new MeantimeDocument(docId, docName, article, List.copyOf(tokens), lastAnnotated,
                List.copyOf(entityMentions), List.copyOf(eventMentions), List.copyOf(participants), List.copyOf(timexes));
    }

    /**
     * Two documents have no CREATION_TIME; their dateline (sentence 1) still carries a dated
     * TIMEX3, which then plays that role so every document gets a publication date and the
     * dateline is treated alike everywhere.
     */
    private static List<Timex> markDatelineAsCreationTime(List<Timex> timexes) {
        if (timexes.stream().anyMatch(Timex::creationTime)) return timexes;
        List<Timex> out = new ArrayList<>(timexes);
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            if (t.tokens().get(0).sentence() == 1 && "DATE".equals(t.type()) && parseDate(t.value()) != null) {
                out.set(i, new Timex(t.id(), t.type(), t.value(), t.tokens(), true));
                break;
            }
        }
        return out;
    }

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    /** One creation time is written month-day-year ("03-02-2009", dateline "February 03 , 2009"). */
    private static final Pattern US_DATE = Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4})$");

    private static LocalDate documentDate(List<Timex> timexes) {
        for (Timex t : timexes) {
            if (t.creationTime()) {
                LocalDate date = parseDate(t.value());
                if (date != null) return date;
            }
        }
        // No dated dateline at all: fall back to the earliest full date mentioned, else a fixed day.
        return timexes.stream().map(t -> parseDate(t.value())).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(LocalDate.of(2010, 1, 1));
    }

    static LocalDate parseDate(String value) {
        if (value == null) return null;
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        Matcher us = US_DATE.matcher(value);
        if (us.find()) return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
        return null;
    }

    // ---- DOM helpers ----

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) out.add(e);
        }
        return out;
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> ids(Element relation, String tag) {
        List<String> out = new ArrayList<>();
        for (Element e : children(relation, tag)) out.add(e.getAttribute("m_id"));
        return out;
    }

    @Override public String toString() { return "MeantimeDocument[" + name + "]"; }
}
