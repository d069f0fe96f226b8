package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final AtomicLong nanos = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void printsPlainLinesOnlyEveryTenSecondsWhenNotATerminal() {
        ProgressLine progress = new ProgressLine(new PrintWriter(text, true), false, nanos::get);
        advanceMillis(9_000);
        progress.update(90, 200, 7);
        assertEquals("", text.toString());
        advanceMillis(1_000);
        progress.update(100, 230, 8);
        advanceMillis(500);
        progress.update(105, 240, 8);
        assertEquals("read 100 articles (10.0/s), events 230, problems 8" + System.lineSeparator(),
                text.toString());
    }

    @Test
    void redrawsInPlaceOnATerminalAndClearsTheLineAtTheEnd() {
        ProgressLine progress = new ProgressLine(new PrintWriter(text, true), true, nanos::get);
        advanceMillis(100);
        progress.update(1, 2, 0);
        assertEquals("", text.toString(), "a quarter second between redraws");
        advanceMillis(400);
        progress.update(12_000, 30_000, 1);
        advanceMillis(500);
        progress.update(13_000, 31_000, 1);
        progress.finish();
        String first = "read 12,000 articles (24,000.0/s), events 30,000, problems 1";
        String second = "read 13,000 articles (13,000.0/s), events 31,000, problems 1";
        assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r", text.toString());
    }
}
