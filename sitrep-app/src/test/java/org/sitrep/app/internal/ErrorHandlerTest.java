package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorHandlerTest {

    @Test
    void joinsMultiLineMessagesIntoOne() {
        assertEquals("Parser Error: syntax error at or near \"SELEC\" LINE 1: SELEC 1",
                ErrorHandler.oneLine("Parser Error: syntax error at or near \"SELEC\"\n\nLINE 1: SELEC 1\n"));
    }
}
