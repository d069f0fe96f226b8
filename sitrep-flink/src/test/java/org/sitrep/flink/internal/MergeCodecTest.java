package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;

class MergeCodecTest {

    @Test
    void anArticlesMergeInputDecodesToEqualEventsAndTheArticleWithoutItsBody() {
        CodedArticle coded = Reports.report("north-wire", LocalDate.of(2026, 3, 2), "KSTMIL", "Kestrian troops", "195",
                "Witnesses counted ten shells.", true);
        List<MergeInput> inputs = MergeCodec.inputs(coded);

        assertEquals(1, inputs.size());
        assertEquals("19|KST", inputs.get(0).partition);
        assertEquals(LocalDate.of(2026, 3, 2).toEpochDay(), inputs.get(0).day);
        MergeCodec.Part part = MergeCodec.decode(inputs.get(0).payload);
        assertEquals(coded.events(), part.events());
        assertEquals(coded.article().id(), part.article().id());
        assertEquals(coded.article().date(), part.article().date());
        assertEquals("", part.article().body());
        assertEquals(List.of("Kestrian troops shelled rebels"), part.evidence());
    }

    @Test
    void anUndatedUnplacedArticleRoundTripsToo() {
        CodedArticle coded = Reports.report("island-post", null, "NRL", "Norland", "190", "", false);
        MergeInput input = MergeCodec.inputs(coded).get(0);
        assertEquals(MergeInput.UNDATED, input.day);
        assertEquals(coded.events(), MergeCodec.decode(input.payload).events());
    }
}
