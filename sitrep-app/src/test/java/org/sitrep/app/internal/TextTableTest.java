package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void padsColumnsToTheWidestCellAndCutsLongOnes() {
        TextTable table = new TextTable(List.of("CODE", "EVIDENCE"), 6, 12);
        table.add(List.of("190", "Troops shelled\nthe town at dawn"));
        table.add(List.of("0874", "Fighters gave up"));
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        assertEquals(List.of(
                "CODE  EVIDENCE",
                "----  ------------",
                "190   Troops sh...",
                "0874  Fighters ..."), List.of(text.toString().split("\\R")));
    }

    @Test
    void putsMultiLineValuesOnOneLine() {
        assertEquals("a b c", TextTable.cell(" a\n\tb   c ", 20));
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        TextTable table = TextTable.uniform(List.of("A", "B"), 10);
        assertThrows(IllegalArgumentException.class, () -> table.add(List.of("only one")));
    }
}
