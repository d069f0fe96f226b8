package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class TimeResolverTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);

    private final TimeResolver resolver = new TimeResolver();

    private List<DatedExpression> dates(String text, LocalDate published) {
        return resolver.resolve(text, Texts.sentences(text), published);
    }

    private DatedExpression only(String text, LocalDate published) {
        List<DatedExpression> found = dates(text, published);
        assertEquals(1, found.size(), () -> text + ": " + found);
        return found.get(0);
    }

    private LocalDate date(String text) {
        return only(text, PUBLISHED).date();
    }

    @Test
    void readsAbsoluteDatesInTheirCommonForms() {
        assertEquals(LocalDate.of(2019, 3, 3), date("The truce was signed on March 3, 2019."));
        assertEquals(LocalDate.of(2019, 3, 3), date("The truce was signed on 3 March 2019."));
        assertEquals(LocalDate.of(2019, 3, 3), date("The truce was signed on Sunday, March 3, 2019."));
        assertEquals(LocalDate.of(2019, 3, 3), date("The truce was signed on 2019-03-03."));
        assertEquals("March 3, 2019", only("The truce was signed on March 3, 2019.", PUBLISHED).expression().text());
    }

    @Test
    void aPartialDateTakesTheYearTheTenseAllows() {
        LocalDate january = LocalDate.of(2021, 1, 5);
        assertEquals(LocalDate.of(2020, 12, 28), only("The siege began on December 28.", january).date());
        assertEquals(LocalDate.of(2021, 1, 20), only("Elections will be held on January 20.", january).date());
        assertEquals(LocalDate.of(2020, 1, 20), only("Elections were held on January 20.", january).date());
        assertEquals(LocalDate.of(2021, 2, 14), date("Voting ended on 14 February."));
    }

    @Test
    void aPartialDateWithNoTenseTakesTheNearestYear() {
        LocalDate january = LocalDate.of(2021, 1, 5);
        assertEquals(LocalDate.of(2020, 12, 28), only("Deadline: December 28", january).date());
        assertEquals(LocalDate.of(2021, 1, 9), only("Deadline: January 9", january).date());
    }

    @Test
    void aWeekdayInThePastIsTheLatestOnOrBeforeTheArticleDate() {
        assertEquals(LocalDate.of(2021, 3, 8), date("Gunmen attacked the convoy on Monday."));
        assertEquals(LocalDate.of(2021, 3, 10), date("Gunmen attacked the convoy on Wednesday."));
        assertEquals(LocalDate.of(2021, 3, 4), date("Gunmen attacked the convoy Thursday."));
        assertEquals(LocalDate.of(2021, 3, 7), date("A curfew had been in force since Sunday night."));
        assertEquals(LocalDate.of(2021, 3, 9), date("Officials said early on Tuesday that the road was open."));
        LocalDate monday = LocalDate.of(2021, 3, 8);
        assertEquals(monday, only("Gunmen attacked the convoy on Monday.", monday).date());
        assertEquals(LocalDate.of(2021, 3, 1), only("Gunmen attacked the convoy last Monday.", monday).date());
    }

    @Test
    void aWeekdayInTheFutureIsTheNextOne() {
        assertEquals(LocalDate.of(2021, 3, 15), date("Ministers will meet on Monday."));
        assertEquals(LocalDate.of(2021, 3, 10), date("Ministers will meet on Wednesday."));
        assertEquals(LocalDate.of(2021, 3, 12), date("Ministers are due to meet on Friday."));
        assertEquals(LocalDate.of(2021, 3, 15), date("Ministers meet again next Monday."));
        assertEquals(Tense.FUTURE, only("Ministers will meet on Monday.", PUBLISHED).tense());
    }

    @Test
    void theTaggersTenseDecidesWhereWordsCannot() {
        String text = "Troops regroup on Friday.";
        assertEquals(LocalDate.of(2021, 3, 5), date(text), "no tense known: the past, as news reports");
        List<Sentence> sentences = Texts.sentences(text);
        Sentence sentence = sentences.get(0);
        String[] tags = {"NNS", "VBP", "IN", "NNP", "."};
        List<Token> tagged = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            tagged.add(token.withTagAndLemma(tags[token.index()], token.word().toLowerCase(java.util.Locale.ROOT)));
        }
        Sentence taggedSentence = new Sentence(0, sentence.span(), tagged, List.of(), false);
        List<DatedExpression> found = resolver.resolve(text, List.of(taggedSentence), PUBLISHED);
        assertEquals(Tense.PRESENT, found.get(0).tense());
        assertEquals(LocalDate.of(2021, 3, 12), found.get(0).date(), "present tense: a scheduled event");
    }

    @Test
    void daysCountedFromTheArticleDate() {
        assertEquals(LocalDate.of(2021, 3, 9), date("The blast happened yesterday."));
        assertEquals(LocalDate.of(2021, 3, 9), date("The blast happened last night."));
        assertEquals(LocalDate.of(2021, 3, 11), date("The crossing reopens tomorrow."));
        assertEquals(LocalDate.of(2021, 3, 7), date("The blast happened three days ago."));
    }

    @Test
    void weeksMonthsAndYearsCountedFromTheArticleDate() {
        DatedExpression lastWeek = only("Clashes erupted last week.", PUBLISHED);
        assertEquals(LocalDate.of(2021, 3, 1), lastWeek.date(), "the Monday of that week");
        assertEquals(EventDate.Precision.WEEK, lastWeek.precision());
        DatedExpression nextMonth = only("Talks resume next month.", PUBLISHED);
        assertEquals(LocalDate.of(2021, 4, 1), nextMonth.date());
        assertEquals(EventDate.Precision.MONTH, nextMonth.precision());
        assertEquals(LocalDate.of(2020, 1, 1), date("The army withdrew last year."));
        assertEquals(EventDate.Precision.YEAR, only("The war began in 2011.", PUBLISHED).precision());
        assertEquals(LocalDate.of(2020, 11, 1), date("The army withdrew in November."));
    }

    @Test
    void laterCountsFromTheDateSetBefore() {
        List<DatedExpression> found = dates("Rebels shelled the base on Monday. Two hours later, jets struck the town. "
                + "The next day, the rebels withdrew.", PUBLISHED);
        assertEquals(3, found.size(), found.toString());
        assertEquals(LocalDate.of(2021, 3, 8), found.get(1).date());
        assertTrue(found.get(1).expression().isAnchored());
        assertEquals(LocalDate.of(2021, 3, 9), found.get(2).date());
        assertEquals(PUBLISHED, date("Two hours later, jets struck the town."), "no earlier date: the article's");
    }

    @Test
    void monthAndWeekdayNamesCountOnlyCapitalised() {
        assertTrue(dates("The talks may 5 times fail, and the march went on.", PUBLISHED).isEmpty());
        assertTrue(dates("Sunday Times reporters were there.", PUBLISHED).stream()
                .allMatch(d -> d.expression().kind() == TimeExpression.Kind.WEEKDAY));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(dates("The letter was dated February 30.", PUBLISHED).isEmpty());
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearResolve() {
        List<DatedExpression> found = dates("The war began in March 2011 and flared again on Monday.", null);
        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.of(2011, 3, 1), found.get(0).date());
    }
}
