package org.sitrep.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    private static LocalDate parsed(String raw) {
        return assertInstanceOf(Dates.Parsed.class, Dates.parse(raw, TODAY), raw).date();
    }

    private static String rejected(String raw) {
        return assertInstanceOf(Dates.Rejected.class, Dates.parse(raw, TODAY), raw).reason();
    }

    @Test
    void readsIsoDatesAndDateTimes() {
        assertEquals(LocalDate.of(2016, 9, 20), parsed("2016-09-20"));
        assertEquals(LocalDate.of(2016, 9, 20), parsed(" 2016-09-20 "));
        assertEquals(LocalDate.of(2016, 9, 20), parsed("2016-09-20T23:59:59Z"));
        assertEquals(LocalDate.of(2016, 9, 20), parsed("2016-09-20T23:59:59.123+09:00"));
        assertEquals(LocalDate.of(2016, 9, 20), parsed("2016-09-20T08:00"));
        assertEquals(LocalDate.of(2016, 9, 20), parsed("2016-09-20 08:00:00"));
    }

    @Test
    void readsUsMonthDayYear() {
        assertEquals(LocalDate.of(2017, 7, 23), parsed("7/23/17"));
        assertEquals(LocalDate.of(2016, 12, 1), parsed("12/1/2016"));
        assertEquals(LocalDate.of(1998, 3, 4), parsed("3/4/98"), "two-digit years ahead of now are last century");
        assertEquals(LocalDate.of(2026, 3, 4), parsed("3/4/26"));
    }

    @Test
    void rejectsImplausibleAndUnreadableDates() {
        assertTrue(rejected("0001-11-30").contains("implausible"));
        assertTrue(rejected("1899-12-31").contains("implausible"));
        assertTrue(rejected("2027-01-01").contains("implausible"));
        assertEquals(LocalDate.of(2026, 11, 20), parsed("2026-11-20"), "a year ahead is still accepted");
        assertTrue(rejected("2050").contains("is not"));
        rejected("2/30/17");
        rejected("13/1/17");
        rejected("2016-13-01");
        rejected("yesterday");
        rejected("20160920");
    }
}
