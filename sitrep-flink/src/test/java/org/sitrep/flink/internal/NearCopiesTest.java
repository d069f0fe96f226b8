package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Input;

class NearCopiesTest {

    static final String STORY = "Fishermen in the Norland port of Vell blocked the harbour with forty trawlers on Sunday,"
            + " protesting against a quota that cuts the cod catch by a third. The fisheries ministry said the quota"
            + " followed scientific advice and would stay. Ferries to the outer islands were cancelled for the day,"
            + " and police said the protest was peaceful and that nobody had been arrested by the evening.";
    /** The story as another site runs it: its own headline, the last clause cut. */
    static final String RETOLD = "Fishermen in the Norland port of Vell blocked the harbour with forty trawlers on Sunday,"
            + " protesting against a quota that cuts the cod catch by a third. The fisheries ministry said the quota"
            + " followed scientific advice and would stay. Ferries to the outer islands were cancelled for the day.";

    private static Article article(String title, String body, int day) {
        return Article.of(title, body, LocalDate.of(2026, 3, day), "", "", title + ".jsonl:1");
    }

    private static List<BandAnswer> probe(List<Article> arrivals) throws Exception {
        var harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new BandIndex(java.time.Duration.ofDays(30)), (BandProbe probe) -> probe.band, Types.LONG);
        try {
            for (Article article : arrivals) {
                for (BandProbe probe : probes(article)) {
                    harness.processElement(probe, 0);
                }
            }
            return harness.extractOutputValues();
        } finally {
            harness.close();
        }
    }

    private static List<BandProbe> probes(Article article) throws Exception {
        List<BandProbe> probes = new ArrayList<>();
        new SignBands().flatMap(InputCodec.encode(new Input.Readable(article, List.of())),
                new org.apache.flink.api.common.functions.util.ListCollector<>(probes));
        return probes;
    }

    @Test
    void aLaterCopyIsNamedAsCopyOfTheEarlierArticleInSomeBand() throws Exception {
        Article original = article("Harbour blocked", STORY, 1);
        Article copy = article("Trawlers close Vell harbour", RETOLD, 2);
        List<BandAnswer> answers = probe(List.of(original, copy));

        int bands = NearCopies.bandKeys(NearCopies.sign(original)).length;
        assertEquals(40, bands);
        assertTrue(answers.subList(0, bands).stream().noneMatch(BandAnswer::matched), "the first has nothing before it");
        assertTrue(answers.stream().filter(a -> a.articleId.equals(copy.id())).anyMatch(a -> a.matchedId.equals(original.id())));
        assertTrue(answers.stream().filter(a -> a.articleId.equals(original.id())).noneMatch(BandAnswer::matched));
    }

    @Test
    void anArticleSeenFirstIsNeverTheCopyAndAnEarlierOneSeenLaterIsNoCopyEither() throws Exception {
        // The retold story is dated before the original but arrives after it: neither is called a copy, so
        // both are coded; no arrival order can make each the copy of the other.
        Article original = article("Harbour blocked", STORY, 2);
        Article earlier = article("Trawlers close Vell harbour", RETOLD, 1);
        List<BandAnswer> answers = probe(List.of(original, earlier));
        assertTrue(answers.stream().noneMatch(BandAnswer::matched), "no answer names a copy");
    }

    @Test
    void theJudgeWaitsForEveryBandThenCodesTheOriginalAndReportsTheCopy() throws Exception {
        Article original = article("Harbour blocked", STORY, 1);
        Article copy = article("Trawlers close Vell harbour", RETOLD, 2);
        List<BandAnswer> answers = probe(List.of(original, copy));
        var judge = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(new JudgeCopies(), InputCodec::keyOf,
                (BandAnswer answer) -> answer.articleId, Types.STRING);
        try {
            String encodedCopy = InputCodec.encode(new Input.Readable(copy, List.of()));
            String encodedOriginal = InputCodec.encode(new Input.Readable(original, List.of()));
            // The copy's answers come before the copy itself; the original's after it.
            for (BandAnswer answer : answers) {
                if (answer.articleId.equals(copy.id())) {
                    judge.processElement2(answer, 0);
                }
            }
            judge.processElement1(encodedCopy, 0);
            judge.processElement1(encodedOriginal, 0);
            assertEquals(List.of(), judge.extractOutputValues(), "the original still waits for its bands");
            for (BandAnswer answer : answers) {
                if (answer.articleId.equals(original.id())) {
                    judge.processElement2(answer, 0);
                }
            }
            assertEquals(List.of(encodedOriginal), judge.extractOutputValues());
            List<DayLine> copies = judge.getSideOutput(JudgeCopies.COPIES).stream().map(StreamRecord::getValue).toList();
            assertEquals(1, copies.size());
            assertTrue(copies.get(0).json.contains("\"original_id\":\"" + original.id() + "\""), copies.get(0).json);
            assertEquals("2026-03-02", copies.get(0).day);
            List<DayLine> problems = judge.getSideOutput(CodeArticles.PROBLEMS).stream().map(StreamRecord::getValue)
                    .toList();
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).json.contains("\"kind\":\"DUPLICATE\""));
        } finally {
            judge.close();
        }
    }
}
