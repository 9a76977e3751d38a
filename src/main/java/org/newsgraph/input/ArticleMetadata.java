package org.newsgraph.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The metadata fields shared by sidecar {@code NAME.meta.json} files and JSON Lines records. */
record ArticleMetadata(String id, String title, LocalDate published, String source, String url) {

    static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

    static ArticleMetadata fromJson(JsonObject json, String where) {
        return new ArticleMetadata(
                string(json, "id", where),
                string(json, "title", where),
                date(string(json, "published", where), where),
                string(json, "source", where),
                string(json, "url", where));
    }

    /** Fields of {@code override} win where they are set. */
    ArticleMetadata overriddenBy(ArticleMetadata override) {
        return new ArticleMetadata(
                override.id != null ? override.id : id,
                override.title != null ? override.title : title,
                override.published != null ? override.published : published,
                override.source != null ? override.source : source,
                override.url != null ? override.url : url);
    }

    static String string(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.isNull()) return null;
        if (value.isString()) return value.getAsString().value();
        if (value.isNumber()) return value.getAsNumber().value().toString();
        throw new InputException(where + ": field \"" + key + "\" must be a string");
    }

    static LocalDate date(String value, String where) {
        if (value == null || value.isBlank()) return null;
        // Feeds often carry full timestamps; the date part is what relative times need.
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InputException(where + ": \"published\" is not a YYYY-MM-DD date: " + value);
        }
    }
}
