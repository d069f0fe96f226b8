package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;

/** Reader, batch runner and store together: what the batch reports is what the store holds. */
class BatchIntoStoreTest {

    @TempDir
    Path folder;

    /** Stages that find one sentence per article and no events: enough to move articles through. */
    private static Pipeline wholeTextPipeline() {
        return new Pipeline(
                text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
                sentence -> false,
                (segmented, worthTagging, worthParsing) -> new Parsed(segmented.text(), segmented.sentences()),
                (parsed, date) -> new Resolved(parsed, List.of()),
                (resolved, articleId, problems) -> List.of());
    }

    @Test
    void storeHoldsWhatTheBatchReports() throws IOException {
        Path corpus = folder.resolve("corpus");
        Files.createDirectories(corpus.resolve("more"));
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"title": "Rail strike", "date": "2020-02-02", "text": "Rail workers in Dunmore walked out."}
                {"title": "Rail strike", "date": "2020-02-02", "text": "Rail workers in Dunmore walked out."}
                {"title": "Broken
                {"title": "Odd date", "date": "0001-11-30", "text": "Markets in Dunmore opened late."}

                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("more/note.txt"), "Harbour news\n\nThe harbour reopened.",
                StandardCharsets.UTF_8);
        Files.write(corpus.resolve("more/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Path database = folder.resolve("batch.duckdb");
        BatchReport first;
        try (EventStore store = EventStore.open(database);
             ArticleReader reader = ArticleReader.open(List.of(corpus), ReadOptions.defaults())) {
            first = new BatchRunner(wholeTextPipeline(), 2).run(reader, store, (read, events, problems) -> { });
        }
        assertEquals(7, first.read());
        assertEquals(3, first.coded());
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L, Problem.Kind.MALFORMED_RECORD, 2L, Problem.Kind.EMPTY, 1L),
                first.skippedByReason());
        try (EventStore store = EventStore.openReadOnly(database)) {
            StoreCounts counts = store.counts();
            assertEquals(first.coded(), counts.articles());
            assertEquals(first.problems(), counts.problems());
            assertEquals(List.of(List.of("BAD_DATE", 1L), List.of("DUPLICATE", 1L), List.of("EMPTY", 1L),
                    List.of("MALFORMED_RECORD", 2L)),
                    store.sql("SELECT kind, count(*) FROM problems GROUP BY kind ORDER BY kind", 10).rows());
        }

        BatchReport second;
        try (EventStore store = EventStore.open(database);
             ArticleReader reader = ArticleReader.open(List.of(corpus), ReadOptions.defaults())) {
            second = new BatchRunner(wholeTextPipeline(), 2).run(reader, store, (read, events, problems) -> { });
        }
        assertEquals(0, second.coded(), "everything readable was stored before");
        assertEquals(4L, second.skippedByReason().get(Problem.Kind.DUPLICATE));
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertEquals(first.problems(), store.counts().problems(),
                    "a re-run counts the records it read again but stores no problem row for them");
        }
    }
}
