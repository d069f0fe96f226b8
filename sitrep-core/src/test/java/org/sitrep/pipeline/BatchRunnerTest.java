package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

class BatchRunnerTest {

    /** Collects what the runner delivers, remembering ids like a store does. */
    private static final class ListSink implements ArticleSink {
        final Set<String> stored = new HashSet<>();
        final List<CodedArticle> accepted = new ArrayList<>();
        final List<Problem> rejected = new ArrayList<>();

        @Override
        public boolean contains(String articleId) {
            return stored.contains(articleId);
        }

        @Override
        public void accept(CodedArticle article) {
            stored.add(article.article().id());
            accepted.add(article);
        }

        @Override
        public void reject(Problem problem) {
            rejected.add(problem);
        }
    }

    private static Input article(String body, String origin) {
        return new Input.Readable(Article.of("", body, null, "", "", origin), List.of());
    }

    @Test
    void brokenEnvironmentStopsOnlyItsArticleAndCountsAddUp() {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inputs.add(article("Kestria hit Norland " + i, "f:" + i));
        }
        inputs.add(article("Kestria EXPLODE Norland", "f:boom"));
        inputs.add(new Input.Unreadable(new Problem(Problem.Kind.MALFORMED_RECORD, "f:bad", "not JSON")));
        inputs.add(article("Kestria hit Norland 0", "f:again"));
        ListSink sink = new ListSink();
        BatchReport report = new BatchRunner(StubStages.pipeline(1000), 2).run(inputs.iterator(), sink, (r, e, p) -> { });
        assertEquals(53, report.read());
        assertEquals(50, report.coded());
        assertEquals(3, report.skipped());
        assertEquals(Map.of(Problem.Kind.FAILURE, 1L, Problem.Kind.MALFORMED_RECORD, 1L, Problem.Kind.DUPLICATE, 1L),
                report.skippedByReason());
        assertEquals(50, report.events());
        CodedArticle failed = sink.accepted.stream().filter(a -> a.article().origin().equals("f:boom")).findFirst().orElseThrow();
        assertTrue(failed.problems().get(0).message().contains("model file vanished"));
    }

    @Test
    void deliversInInputOrderWhateverTheThreads() {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add(article("Kestria hit Norland " + i, "f:" + i));
        }
        ListSink sink = new ListSink();
        new BatchRunner(StubStages.pipeline(1000), 2).run(inputs.iterator(), sink, (r, e, p) -> { });
        for (int i = 0; i < 200; i++) {
            assertEquals("f:" + i, sink.accepted.get(i).article().origin());
        }
    }

    @Test
    void articleStoredInAnEarlierBatchIsADuplicate() {
        ListSink sink = new ListSink();
        BatchRunner runner = new BatchRunner(StubStages.pipeline(1000), 1);
        runner.run(List.of(article("Kestria hit Norland", "a")).iterator(), sink, (r, e, p) -> { });
        BatchReport second = runner.run(List.of(article("Kestria hit Norland", "b")).iterator(), sink, (r, e, p) -> { });
        assertEquals(0, second.coded());
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L), second.skippedByReason());
        assertEquals("read 1, coded 0, skipped 1 (DUPLICATE 1), events 0, problems 1", second.summary());
    }

    @Test
    void rejectsReportWhoseCountsDoNotAddUp() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BatchReport(3, 1, 1, Map.of(Problem.Kind.EMPTY, 1L), 0, 0, 0, 1));
    }

    @Test
    void failureMessageSaysEachCauseOnceOnOneLine() {
        java.io.IOException disk = new java.io.IOException("No space left on device");
        EnvironmentException wrapper = new EnvironmentException("cannot load the tagger: No space left on device",
                disk);
        assertEquals("cannot load the tagger: No space left on device", BatchRunner.failureMessage(wrapper));
        RuntimeException bug = new RuntimeException("coder gave up", new NullPointerException());
        assertEquals("coder gave up (NullPointerException)", BatchRunner.failureMessage(bug));
        String longWords = "word ".repeat(200);
        String message = BatchRunner.failureMessage(new IllegalStateException(longWords, new RuntimeException(
                "second\nline")));
        assertTrue(message.length() <= BatchRunner.MAX_FAILURE_MESSAGE, message);
        assertTrue(message.indexOf('\n') < 0, message);
    }
}
