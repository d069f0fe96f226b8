package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

class DropCopiesTest {

    private static String article(String origin) {
        return InputCodec.encode(new Input.Readable(Article.of("Norland", "Norland thanked Vallonia.",
                LocalDate.of(2026, 3, 2), "", "", origin), List.of()));
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, String, String> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new DropCopies(Duration.ofDays(1)),
                InputCodec::keyOf, Types.STRING);
    }

    @Test
    void aCopyIsNotCodedAgainButReportedAsADuplicate() throws Exception {
        var harness = harness();
        try {
            harness.processElement(article("a.jsonl:1"), 0);
            harness.processElement(article("b.jsonl:9"), 0);

            assertEquals(List.of(article("a.jsonl:1")), harness.extractOutputValues());
            List<DayLine> problems = harness.getSideOutput(CodeArticles.PROBLEMS).stream()
                    .map(StreamRecord::getValue).toList();
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).json.contains("\"kind\":\"DUPLICATE\""));
            assertTrue(problems.get(0).json.contains("\"origin\":\"b.jsonl:9\""));
        } finally {
            harness.close();
        }
    }

    @Test
    void unreadableRecordsAllPass() throws Exception {
        var harness = harness();
        try {
            String empty = InputCodec.encode(new Input.Unreadable(new Problem(Problem.Kind.EMPTY, "a:2", "blank")));
            String other = InputCodec.encode(new Input.Unreadable(new Problem(Problem.Kind.EMPTY, "a:3", "blank")));
            harness.processElement(empty, 0);
            harness.processElement(other, 0);

            assertEquals(List.of(empty, other), harness.extractOutputValues());
        } finally {
            harness.close();
        }
    }

    @Test
    void aCopyArrivingAfterTheTimeToLiveIsCodedAgain() throws Exception {
        var harness = harness();
        try {
            harness.setStateTtlProcessingTime(0);
            harness.processElement(article("a.jsonl:1"), 0);
            harness.setStateTtlProcessingTime(Duration.ofDays(2).toMillis());
            harness.processElement(article("b.jsonl:9"), 0);

            assertEquals(List.of(article("a.jsonl:1"), article("b.jsonl:9")), harness.extractOutputValues());
            assertTrue(harness.getSideOutput(CodeArticles.PROBLEMS) == null
                    || harness.getSideOutput(CodeArticles.PROBLEMS).isEmpty());
        } finally {
            harness.close();
        }
    }
}
