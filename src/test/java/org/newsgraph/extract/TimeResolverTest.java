package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.input.Article;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.CoreNlpAnalyzer;

/** How a time expression in news text gets its TIMEX3 value, given the publication date. */
class TimeResolverTest {

    /** Every time expression of the body (the headline is "Test"), text → value. */
    static Map<String, String> times(String published, String body) {
        Article article = new Article("t", "Test", LocalDate.parse(published), "test", "http://example.org/t", "Test\n\n" + body);
        AnalyzedArticle analyzed = CoreNlpAnalyzer.shared().analyze(article);
        TimeResolver resolver = new TimeResolver(article.published());
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < analyzed.sentences().size(); i++) {
            SentenceView s = new SentenceView(i, analyzed.sentenceNumber(i), analyzed.sentences().get(i), analyzed.text());
            for (TimeResolver.Found f : resolver.find(s)) out.put(f.expression().span().text(), f.expression().value().value());
        }
        return out;
    }

    @Nested
    class Weekdays {
        @Test
        void aWeekdayInAPastClauseIsTheOneBeforePublication() {
            assertEquals("2010-07-16", times("2010-07-17", "Apple announced Friday that it will give owners a free case.").get("Friday"));
        }

        @Test
        void aWeekdayInAClauseStillToComeIsTheOneAfterPublication() {
            assertEquals("2006-03-29", times("2006-03-28", "The trial is set to begin on Wednesday in London.").get("Wednesday"));
        }

        @Test
        void anInfinitiveAfterAPastVerbIsInThePast() {
            assertEquals("2010-07-16", times("2010-07-17", "Shares of the company continued to fall on Friday.").get("Friday"));
        }

        @Test
        void aGerundAdjunctTakesThePastOfItsVerb() {
            // The weekday hangs on "striking"; SUTime alone gives the Sunday after publication.
            Map<String, String> t = times("2026-09-14", "Officials said the ship blocked the vessel for an hour on Sunday morning before striking its stern.");
            String sunday = t.entrySet().stream().filter(e -> e.getKey().contains("Sunday")).map(Map.Entry::getValue).findFirst().orElse("");
            assertTrue(sunday.startsWith("2026-09-13"), t.toString());
        }

        @Test
        void anExplicitCalendarDateWinsOverItsWeekday() {
            Map<String, String> t = times("2015-03-10", "The plan was announced on Monday, March 3, 2015.");
            assertEquals("2015-03-03", t.values().iterator().next());
        }

        @Test
        void aWeekdayIsThatWeekdayEvenWhenTheWordsAfterItLookLikeADate() {
            Map<String, String> t = times("2006-01-11", "Apple Computer announced on Tuesday the first generation of its Intel products.");
            assertEquals("2006-01-10", t.values().iterator().next());
        }
    }

    @Nested
    class Months {
        @Test
        void aBareMonthInAPastClauseIsNotNextYearsMonth() {
            assertEquals("2006-01", times("2006-08-19", "The measure comes on top of turnaround plans announced in January.").get("January"));
        }

        @Test
        void lastSeptemberSaidInOctoberIsTheSeptemberJustGone() {
            assertEquals("2009-09", times("2009-10-12", "The index has risen steadily since last September.").get("last September"));
        }
    }

    @Nested
    class PreviousUnits {
        @Test
        void thePreviousYearIsTheYearBeforePublication() {
            assertEquals("2008", times("2009-03-02", "Sales fell 41 percent from the previous year.").get("the previous year"));
        }

        @Test
        void theLastQuarterIsTheQuarterBeforeTheCurrentOne() {
            assertEquals("2006-Q4", times("2007-01-18", "Apple doubled its profit in the last quarter.").get("the last quarter"));
        }
    }

    @Nested
    class SpansCountedForward {
        @Test
        void aSpanLaterCountsFromTheDayToldBeforeNotFromPublication() {
            Map<String, String> t = times("2026-03-18", "The rebels captured Walikale on Saturday. They took Masisi two days later.");
            assertEquals("2026-03-16", t.get("two days later"), t.toString());
        }

        @Test
        void aSpanLaterCountsFromAYearInItsOwnUnit() {
            Map<String, String> t = times("2026-03-18", "The bloc granted Moldova candidate status in 2022 and opened accession talks two years later.");
            assertEquals("2024", t.get("two years later"), t.toString());
        }

        @Test
        void aSpanWithNoCountOrNothingToCountFromPinsNoDate() {
            Map<String, String> t = times("2026-02-12", "The rebels seized Goma in January last year and captured Bukavu weeks later.");
            assertTrue(t.keySet().stream().noneMatch(k -> k.contains("later")), t.toString());
        }

        @Test
        void aDeadlineIsNoTimeToCountFrom() {
            Map<String, String> t = times("2026-07-08", "On Monday the Fund approved the loan, which requires reforms by 2028. A day later, the bank followed.");
            assertEquals("2026-07-07", t.get("A day later"), t.toString());
        }
    }

    @Nested
    class TheDayUnderDiscussion {
        @Test
        void theDayIsTheDayTheArticleLastNamed() {
            Map<String, String> t = times("2010-03-03", "Ford said on Tuesday that its sales rose. Its stock declined later in the day.");
            assertEquals("2010-03-02", t.get("Tuesday"));
            assertEquals("2010-03-02", t.get("the day"));
        }

        @Test
        void wordsThatPointAtTheMomentOfWritingKeepThePublicationDate() {
            Map<String, String> t = times("2008-01-09", "Ford said on Tuesday that its sales rose. Apple cut its prices this morning.");
            assertEquals("2008-01-09TMO", t.get("this morning"));
        }
    }

    @Nested
    class JoinedExpressions {
        @Test
        void aRangeIsItsTwoEndpoints() {
            Map<String, String> t = times("2007-06-09", "The aircraft will be delivered from 2009 to 2011.");
            assertEquals("2009", t.get("2009"));
            assertEquals("2011", t.get("2011"));
        }

        @Test
        void coordinatedMonthsAreTwoMonthsOfThePast() {
            Map<String, String> t = times("2008-11-18", "The Japanese economy contracted by 0.9 % between April and June.");
            assertEquals("2008-04", t.get("April"));
            assertEquals("2008-06", t.get("June"));
        }

        @Test
        void aDurationOnADayIsADurationAndADay() {
            Map<String, String> t = times("2009-02-24", "Three stock indexes closed at their lowest levels in over a decade on Monday.");
            assertEquals("P10Y", t.get("a decade"));
            assertEquals("2009-02-23", t.get("Monday"));
        }

        @Test
        void theDateWordsOfADateTimeNameTheDay() {
            Map<String, String> t = times("2009-06-04", "In a press conference at 16:15 UTC, June 1st, Henderson outlined a plan.");
            assertEquals("2009-06-01", t.get("June 1st"));
            assertFalse(t.containsKey(","));
        }
    }

    @Nested
    class RepairedExtents {
        @Test
        void aCountPartedFromItsUnitStillCounts() {
            assertEquals("P6D", times("2008-10-27", "Asian markets fell for six straight days.").get("six straight days"));
        }

        @Test
        void thePastAndACountedDurationAreOneExpression() {
            assertEquals("P5D", times("2011-03-18", "The index lost 10 % over the past five trading days.").get("the past five trading days"));
        }

        @Test
        void halvesAreCounted() {
            assertEquals("P2.5Y", times("2009-12-16", "The first flight is almost two and a half years behind schedule.").get("two and a half years"));
        }

        @Test
        void aFourDigitClockTimeBeforeAZoneIsATimeOfDay() {
            assertEquals("2008-09-18T08:00Z", times("2008-09-18", "At 0800 UTC, the central banks announced a joint plan.").get("0800 UTC"));
        }
    }

    @Nested
    class ComparisonPeriods {
        @Test
        void theSamePeriodLastYearIsTheMonthJustNamedAYearEarlier() {
            Map<String, String> t = times("2010-03-03", "Ford said that its sales rose 43 % in February compared to the same period last year.");
            assertEquals("2010-02", t.get("February"));
            assertEquals("2009-02", t.get("the same period last year"));
        }

        @Test
        void lastYearAloneIsStillTheYear() {
            assertEquals("2009", times("2010-03-03", "Ford sold 80,000 cars in February and a million last year.").get("last year"));
        }
    }

    @Nested
    class FrequencyAdjectives {
        @Test
        void anAdjectiveOfFrequencyIsAPeriod() {
            Map<String, String> t = times("2006-01-27", "General Motors has posted its first annual loss since 1992.");
            assertEquals("P1Y", t.get("annual"));
            assertEquals("1992", t.get("1992"));
        }
    }
}
