package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code NAME.gold.json} as described in {@code GOLD-FORMAT.md}: what an analyst expects the
 * graph of an article to hold. Entity references (actor, target, subject, ...) are checked on load
 * so a typo in a gold file fails loudly instead of silently scoring as a miss.
 */
public record GoldFile(String id, List<Entity> entities, List<Event> events, List<Relation> relations,
                       List<Negative> negatives) {

    /** @param wikidata QID such as "Q22686", or null */
    public record Entity(String key, String type, String name, List<String> aliases, String wikidata) {
        /** The name and every alias: all forms a label may take to match this entity. */
        public List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** @param cameo acceptable codes; a two-digit root accepts every code under it */
    public record Event(String id, List<String> cameo, String what, String actor, String target, String time,
                        String modality, String attributedTo, Integer sentence) {}

    public record Relation(String id, String what, List<String> wikidata, String subject, String object,
                           Integer sentence) {}

    /** An event a careful extractor must not assert; {@code modality} is the forbidden one. */
    public record Negative(String id, String why, List<String> cameo, String actor, String target, String modality) {}

    public GoldFile {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        negatives = List.copyOf(negatives);
    }

    public static GoldFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(JSON.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    public static GoldFile parse(String json) {
        return fromJson(JSON.parse(json));
    }

    /** The entity with this key; never null for a loaded file (keys are checked on load). */
    public Entity entity(String key) {
        for (Entity e : entities) if (e.key().equals(key)) return e;
        return null;
    }

    private static GoldFile fromJson(JsonObject root) {
        String id = string(root, "id");
        List<Entity> entities = new ArrayList<>();
        for (JsonObject e : objects(root, "entities")) {
            entities.add(new Entity(string(e, "key"), string(e, "type"), string(e, "name"),
                    strings(e, "aliases"), string(e, "wikidata")));
        }
        List<Event> events = new ArrayList<>();
        for (JsonObject e : objects(root, "events")) {
            events.add(new Event(string(e, "id"), strings(e, "cameo"), string(e, "what"), string(e, "actor"),
                    string(e, "target"), string(e, "time"), string(e, "modality"), string(e, "attributed_to"),
                    integer(e, "sentence")));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonObject r : objects(root, "relations")) {
            relations.add(new Relation(string(r, "id"), string(r, "what"), strings(r, "wikidata"),
                    string(r, "subject"), string(r, "object"), integer(r, "sentence")));
        }
        List<Negative> negatives = new ArrayList<>();
        for (JsonObject n : objects(root, "negatives")) {
            JsonObject ev = n.get("event").getAsObject();
            negatives.add(new Negative(string(n, "id"), string(n, "why"), strings(ev, "cameo"),
                    string(ev, "actor"), string(ev, "target"), string(ev, "modality")));
        }
        GoldFile gold = new GoldFile(id, entities, events, relations, negatives);
        gold.checkReferences();
        return gold;
    }

    private void checkReferences() {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) byKey.put(e.key(), e);
        for (Event e : events) {
            requireKnown(byKey, e.actor(), "actor of event " + e.id());
            requireKnown(byKey, e.target(), "target of event " + e.id());
            requireKnown(byKey, e.attributedTo(), "attributed_to of event " + e.id());
        }
        for (Relation r : relations) {
            requireKnown(byKey, r.subject(), "subject of relation " + r.id());
            requireKnown(byKey, r.object(), "object of relation " + r.id());
        }
        for (Negative n : negatives) {
            requireKnown(byKey, n.actor(), "actor of negative " + n.id());
            requireKnown(byKey, n.target(), "target of negative " + n.id());
        }
    }

    private void requireKnown(Map<String, Entity> byKey, String key, String where) {
        if (key != null && !byKey.containsKey(key)) {
            throw new IllegalArgumentException("gold file " + id + ": " + where + " names unknown entity '" + key + "'");
        }
    }

    // ---- small JSON helpers: absent and null fields read as null / empty ----

    private static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        return v.toString();
    }

    private static Integer integer(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || !v.isNumber() ? null : v.getAsNumber().value().intValue();
    }

    private static List<String> strings(JsonObject o, String field) {
        JsonValue v = o.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || !v.isArray()) return out;
        for (JsonValue item : v.getAsArray()) if (item.isString()) out.add(item.getAsString().value());
        return out;
    }

    private static List<JsonObject> objects(JsonObject o, String field) {
        JsonValue v = o.get(field);
        List<JsonObject> out = new ArrayList<>();
        if (v == null || !v.isArray()) return out;
        JsonArray array = v.getAsArray();
        for (JsonValue item : array) if (item.isObject()) out.add(item.getAsObject());
        return out;
    }
}
