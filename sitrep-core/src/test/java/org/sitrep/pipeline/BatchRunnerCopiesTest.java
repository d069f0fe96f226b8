package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

class BatchRunnerCopiesTest {

    /** A sink that calls an article a copy when its body starts like one seen before, after "copy:". */
    private static final class CopySpottingSink implements ArticleSink {
        final Set<String> stored = new HashSet<>();
        final List<String> events = new ArrayList<>();
        final Map<String, String> copies = new HashMap<>();
        final Map<String, String> seenBodies = new HashMap<>();
        final List<Problem> copyProblems = new ArrayList<>();

        @Override
        public boolean contains(String articleId) {
            return stored.contains(articleId);
        }

        @Override
        public void accept(CodedArticle article) {
            if (!article.wasSkipped()) {
                stored.add(article.article().id());
            }
            events.add(article.article().origin());
        }

        @Override
        public void reject(Problem problem) {
        }

        @Override
        public Optional<String> originalOf(Article article) {
            String body = article.body().replace("copy: ", "");
            String original = seenBodies.putIfAbsent(body, article.id());
            return Optional.ofNullable(original);
        }

        @Override
        public void acceptCopy(Article copy, String originalId, List<Problem> problems) {
            // The original must be stored by now, even if it was still being coded when the copy was read.
            assertEquals(true, stored.contains(originalId), "original stored before its copy");
            copies.put(copy.origin(), originalId);
            stored.add(copy.id());
            copyProblems.addAll(problems);
        }
    }

    private static Input article(String body, String origin) {
        return new Input.Readable(Article.of("", body, null, "", "", origin), List.of());
    }

    @Test
    void copiesAreNotCodedButLinkedAfterTheirOriginalIsStored() {
        CopySpottingSink sink = new CopySpottingSink();
        List<Input> inputs = List.of(article("Kestria hit Norland", "f:1"), article("Tessaly met Ostra", "f:2"),
                article("copy: Kestria hit Norland", "f:3"));
        BatchReport report = new BatchRunner(StubStages.pipeline(1000), 2).run(inputs.iterator(), sink,
                (read, events, problems) -> { });
        assertEquals(3, report.read());
        assertEquals(2, report.coded());
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L), report.skippedByReason());
        assertEquals(List.of("f:1", "f:2"), sink.events, "the copy was not coded");
        assertEquals(Map.of("f:3", Article.contentId("", "Kestria hit Norland")), sink.copies);
        assertEquals(Problem.Kind.DUPLICATE, sink.copyProblems.get(0).kind());
    }

    @Test
    void copyOfAnOriginalWhoseCodingFailedIsCodedItself() {
        CopySpottingSink sink = new CopySpottingSink();
        List<Input> inputs = List.of(article("Kestria EXPLODE Norland", "f:1"),
                article("copy: Kestria EXPLODE Norland", "f:2"));
        BatchReport report = new BatchRunner(StubStages.pipeline(1000), 1).run(inputs.iterator(), sink,
                (read, events, problems) -> { });
        assertEquals(Map.of(Problem.Kind.FAILURE, 2L), report.skippedByReason(),
                "both were tried: the original failed, so the copy is no copy of anything stored");
        assertEquals(Map.of(), sink.copies);
    }
}
