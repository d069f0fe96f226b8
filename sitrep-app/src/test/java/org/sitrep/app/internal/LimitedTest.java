package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedTest {

    @Test
    void leavesTheRestForTheNextReader() {
        Iterator<String> source = List.of("a", "b", "c", "d", "e").iterator();
        List<String> first = new ArrayList<>();
        new Limited<>(source, 2).forEachRemaining(first::add);
        List<String> rest = new ArrayList<>();
        new Limited<>(source, 10).forEachRemaining(rest::add);
        assertEquals(List.of("a", "b"), first);
        assertEquals(List.of("c", "d", "e"), rest);
    }
}
