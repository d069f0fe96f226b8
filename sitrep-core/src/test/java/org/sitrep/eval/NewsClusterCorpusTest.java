package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Problem;

class NewsClusterCorpusTest {

    @TempDir
    Path folder;

    private void write(String name, String json) throws IOException {
        Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void readsLabelledArticlesInNameOrderAndRecordsBrokenFiles() throws IOException {
        write("b.json", """
                {"title": "Ferry sinks off Varnholm", "text": "Ferry sinks off Varnholm\\nA ferry sank on Tuesday.",
                 "date_publish": "2019-03-05T08:00:00", "source_domain": "example.org", "url": "https://example.org/1",
                 "newsCluster": {"EventId": 7, "Event": "ferry"}}""");
        write("a.json", """
                {"title": "Harvest festival opens", "text": "Crowds came to the valley.", "date_publish": null,
                 "source_domain": "", "url": "", "newsCluster": {"EventId": 8}}""");
        write("c.json", "{ not json");
        write("d.json", "{\"title\": \"No label\", \"text\": \"x\"}");
        write("notes.txt", "ignored");
        NewsClusterCorpus.Contents contents = NewsClusterCorpus.read(folder);
        assertEquals(2, contents.articles().size());
        NewsClusterCorpus.LabelledArticle first = contents.articles().get(0);
        assertEquals("a.json", first.article().origin());
        assertEquals("8", first.label());
        assertNull(first.article().date());
        NewsClusterCorpus.LabelledArticle second = contents.articles().get(1);
        assertEquals("A ferry sank on Tuesday.", second.article().body(), "the repeated headline is dropped");
        assertEquals(LocalDate.of(2019, 3, 5), second.article().date());
        assertEquals("example.org", second.article().source());
        assertEquals(2, contents.problems().size());
        assertEquals(Problem.Kind.MALFORMED_RECORD, contents.problems().get(0).kind());
        assertEquals("c.json", contents.problems().get(0).origin());
        assertEquals("d.json", contents.problems().get(1).origin());
    }
}
