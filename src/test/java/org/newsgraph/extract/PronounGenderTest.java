package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "EU foreign policy chief Kaja Kallas called for the release of everyone detained, including
 * Kiknadze. She said the bloc would consider sanctions": a "she" the coreference left alone is the
 * last woman named, or the last person whose gender is unknown, never a man.
 */
class PronounGenderTest {
    private final ResolvedEntities entities = new ResolvedEntities();

    @Test
    void sheSkipsTheManNamedLast() {
        person("kallas", "f", 10);
        person("kiknadze", "m", 60);
        assertEquals("kallas", entities.lastPersonBefore(100, "She"));
        assertEquals("kiknadze", entities.lastPersonBefore(100, "he"));
    }

    @Test
    void aPersonOfUnknownGenderMayBeEither() {
        person("kallas", "f", 10);
        person("vos", null, 60);
        assertEquals("vos", entities.lastPersonBefore(100, "she"));
        assertEquals("vos", entities.lastPersonBefore(100, "his"));
    }

    @Test
    void noOneAgreesWhenOnlyTheOtherGenderWasNamed() {
        person("kiknadze", "m", 60);
        assertNull(entities.lastPersonBefore(100, "her"));
    }

    private void person(String key, String gender, int at) {
        entities.draftOf(key, EntityType.Person, key).gender = gender;
        entities.mentions.add(new Mention(key, new Span(1, at, at + 5, key), false));
    }
}
