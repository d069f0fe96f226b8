package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.MergeRules;
import org.sitrep.merge.MergedEvent;
import org.sitrep.model.CodedArticle;

class MergeEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final int CLOSE_DAYS = 3;

    private static KeyedOneInputStreamOperatorTestHarness<String, MergeInput, DayLine> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new MergeEvents(MergeRules.defaults(), CLOSE_DAYS, 30), input -> input.partition, Types.STRING);
    }

    /** Reports over eight days by several publishers, in two roots, some placed and some undated. */
    private static List<CodedArticle> corpus() {
        List<CodedArticle> articles = new ArrayList<>();
        String[] sources = {"KST", "KSTMIL", "KST", "KSTGOV", "NRL"};
        String[] names = {"Kestria", "Kestrian troops", "Kestria", "the Kestrian cabinet", "Norland"};
        for (int i = 0; i < 30; i++) {
            int s = i % sources.length;
            LocalDate date = i % 11 == 10 ? null : DAY.plusDays((i * 7) % 8);
            articles.add(Reports.report("p" + i % 4, date, sources[s], names[s], i % 3 == 0 ? "173" : "195",
                    "Item " + i + ".", i % 2 == 0));
        }
        return articles;
    }

    private static long timestamp(MergeInput input) {
        return input.day == MergeInput.UNDATED ? Long.MIN_VALUE : input.day * MergeEvents.DAY_MS;
    }

    /** The latest line of each merged event (the one with most mentions), by id. */
    private static Map<String, String> latest(List<DayLine> lines) throws Exception {
        Map<String, String> byId = new TreeMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        for (DayLine line : lines) {
            JsonNode node = MAPPER.readTree(line.json);
            String id = node.get("id").asText();
            int count = node.get("num_mentions").asInt();
            if (!mentions.containsKey(id) || count > mentions.get(id)) {
                mentions.put(id, count);
                byId.put(id, line.json);
            }
        }
        return byId;
    }

    private static Map<String, String> expected(List<CodedArticle> articles) {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.addAll(articles);
        Map<String, String> byId = new TreeMap<>();
        for (MergedEvent event : merger.events()) {
            byId.put(event.id(), MergeEvents.eventLine(event));
        }
        return byId;
    }

    @Test
    void articlesArrivingOutOfOrderWithinTheLatenessMergeAsTheSingleMachineMergerDoes() throws Exception {
        List<CodedArticle> articles = corpus();
        List<MergeInput> inputs = new ArrayList<>();
        articles.forEach(coded -> inputs.addAll(MergeCodec.inputs(coded)));
        Collections.shuffle(inputs, new Random(7));
        var harness = harness();
        try {
            // A watermark three days behind the latest date seen: shuffled over eight days, some would be late,
            // so the inputs arrive shuffled within a day of three-day batches instead.
            inputs.sort((a, b) -> Long.compare(a.day == MergeInput.UNDATED ? 0 : a.day / 3,
                    b.day == MergeInput.UNDATED ? 0 : b.day / 3));
            long latest = Long.MIN_VALUE;
            for (MergeInput input : inputs) {
                harness.processElement(input, timestamp(input));
                latest = Math.max(latest, timestamp(input));
                harness.processWatermark(latest - 3 * MergeEvents.DAY_MS - 1);
            }
            harness.processWatermark(Long.MAX_VALUE);

            Map<String, String> written = latest(harness.extractOutputValues());
            Map<String, String> expected = expected(articles);
            assertTrue(expected.values().stream().anyMatch(line -> !line.contains("\"num_mentions\":1,")),
                    "some reports merged");
            assertEquals(expected, written);
            long mentions = harness.getSideOutput(MergeEvents.MENTIONS).size();
            assertEquals(articles.size(), mentions, "each report's mention written once");
        } finally {
            harness.close();
        }
    }

    @Test
    void anEventIsWrittenOnlyOnceItsLatestReportIsCloseDaysBehindTheWatermark() throws Exception {
        var harness = harness();
        try {
            MergeInput input = MergeCodec.inputs(Reports.report("a", DAY, "KST", "Kestria", "195", "", true)).get(0);
            harness.processElement(input, timestamp(input));
            harness.processWatermark(MergeEvents.endOfDay(DAY.toEpochDay() + CLOSE_DAYS) - 1);
            assertEquals(List.of(), harness.extractOutputValues());
            harness.processWatermark(MergeEvents.endOfDay(DAY.toEpochDay() + CLOSE_DAYS));
            assertEquals(1, harness.extractOutputValues().size());
        } finally {
            harness.close();
        }
    }

    @Test
    void aLateReportStillJoinsItsEventWhichIsWrittenAgainWithTheNewCount() throws Exception {
        var harness = harness();
        try {
            MergeInput first = MergeCodec.inputs(Reports.report("a", DAY.plusDays(1), "KST", "Kestria", "195", "", true))
                    .get(0);
            harness.processElement(first, timestamp(first));
            harness.processWatermark(MergeEvents.endOfDay(DAY.toEpochDay() + 1 + CLOSE_DAYS));
            // Dated before the watermark: late. It reports the same shelling a day earlier.
            MergeInput late = MergeCodec.inputs(Reports.report("b", DAY, "KST", "Kestria", "195", "Late.", true)).get(0);
            harness.processElement(late, timestamp(late));

            List<DayLine> lines = harness.extractOutputValues();
            assertEquals(2, lines.size(), "written, then written again: " + lines);
            assertEquals(1, MAPPER.readTree(lines.get(0).json).get("num_mentions").asInt());
            assertEquals(2, MAPPER.readTree(lines.get(1).json).get("num_mentions").asInt());
            assertEquals(MAPPER.readTree(lines.get(0).json).get("id"), MAPPER.readTree(lines.get(1).json).get("id"));
            assertEquals(2, harness.getSideOutput(MergeEvents.MENTIONS).size());
        } finally {
            harness.close();
        }
    }

    @Test
    void aRestoredMergerGoesOnAsIfTheJobHadNotStopped() throws Exception {
        List<CodedArticle> articles = corpus();
        List<MergeInput> inputs = new ArrayList<>();
        articles.forEach(coded -> inputs.addAll(MergeCodec.inputs(coded)));
        inputs.sort((a, b) -> Long.compare(a.day, b.day));
        int half = inputs.size() / 2;
        OperatorSubtaskState snapshot;
        List<DayLine> before;
        var first = harness();
        try {
            for (MergeInput input : inputs.subList(0, half)) {
                first.processElement(input, timestamp(input));
                first.processWatermark(timestamp(input) - 1);
            }
            snapshot = first.snapshot(1, 1);
            before = new ArrayList<>(first.extractOutputValues());
        } finally {
            first.close();
        }
        // A harness made but not yet opened, as a restarted task is, to restore the snapshot into.
        var second = new KeyedOneInputStreamOperatorTestHarness<String, MergeInput, DayLine>(
                new KeyedProcessOperator<>(new MergeEvents(MergeRules.defaults(), CLOSE_DAYS, 30)),
                input -> input.partition, Types.STRING);
        try {
            second.initializeState(snapshot);
            second.open();
            for (MergeInput input : inputs.subList(half, inputs.size())) {
                second.processElement(input, timestamp(input));
                second.processWatermark(timestamp(input) - 1);
            }
            second.processWatermark(Long.MAX_VALUE);
            List<DayLine> all = new ArrayList<>(before);
            all.addAll(second.extractOutputValues());
            assertEquals(expected(articles), latest(all));
        } finally {
            second.close();
        }
    }
}
