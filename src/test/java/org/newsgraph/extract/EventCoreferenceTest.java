package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One act told several times is one event; the same kind of act on two dates is two. */
class EventCoreferenceTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-03-12");
    private static final TimeValue THIS_WEEK = day("2026-03-12");
    private static final TimeValue YEAR_2021 = new TimeValue("2021",
            Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z"));

    @Test
    void anActToldTwiceIsOneEvent() {
        List<Event> events = merge(Map.of(1, THIS_WEEK), expulsion(1), expulsion(4));
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).evidence().size());
        assertEquals("2026-03-12", events.get(0).time().value());
    }

    @Test
    void theSameActOnAnotherDateIsAnotherEvent() {
        // "ordered the ambassador out on Thursday ... in 2021, Prague expelled 18 diplomats"
        List<Event> events = merge(Map.of(1, THIS_WEEK, 12, YEAR_2021), expulsion(1), expulsion(12));
        assertEquals(2, events.size());
        assertEquals("2026-03-12", events.get(0).time().value());
        assertEquals("2021", events.get(1).time().value());
    }

    @Test
    void aHeadlineIsTheNewsNotAPrecedentTheBodyRecalls() {
        Event headline = new Event("161", "czech", null, null, null, Modality.ASSERTED, null, "expels",
                List.of(new Span(0, 15, 21, "expels")), 1.0);
        List<Event> events = new EventCoreference(PUBLISHED).merge(List.of(
                new EventExtractor.Found(headline, 0, 0), new EventExtractor.Found(expulsion(12).event(), 12, 0)),
                Map.of(ResolvedEntities.at(12, 0), YEAR_2021));
        assertEquals(2, events.size(), "the 2021 expulsion does not absorb the headline's act");
    }

    @Test
    void datesOfDifferentPrecisionCanNameOneAct() {
        TimeValue march = new TimeValue("2026-03", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        assertTrue(EventCoreference.compatible(march, THIS_WEEK));
        assertTrue(EventCoreference.compatible(null, YEAR_2021));
        assertFalse(EventCoreference.compatible(YEAR_2021, THIS_WEEK));
        assertTrue(EventCoreference.compatible(new TimeValue("2026-W11", null, null), new TimeValue("2026-W11", null, null)));
    }

    private static List<Event> merge(Map<Integer, TimeValue> timeOfSentence, EventExtractor.Found... found) {
        Map<Long, TimeValue> timeAt = new java.util.HashMap<>();
        timeOfSentence.forEach((sentence, time) -> timeAt.put(ResolvedEntities.at(sentence, 0), time));
        return new EventCoreference(PUBLISHED).merge(List.of(found), timeAt);
    }

    private static EventExtractor.Found expulsion(int sentence) {
        Event e = new Event("161", "czech", "russia", null, null, Modality.ASSERTED, null, "expelled",
                List.of(new Span(sentence, 100 * sentence, 100 * sentence + 8, "expelled")), 1.0);
        return new EventExtractor.Found(e, sentence, 0);
    }

    private static TimeValue day(String iso) {
        Instant start = LocalDate.parse(iso).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return new TimeValue(iso, start, start.plusSeconds(86400));
    }
}
