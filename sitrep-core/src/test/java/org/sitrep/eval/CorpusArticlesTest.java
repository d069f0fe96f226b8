package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusArticlesTest {

    private static final String BODY = "  Rebels shelled Ovra on Monday, Norland's army said.";

    private static Path corpora(Path root) throws IOException {
        Files.createDirectories(root.resolve("allsides"));
        Files.createDirectories(root.resolve("newscluster/news_cluster"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("allsides/articles.jsonl.gz")))) {
            String lines = "{\"topic\": \"world\", \"title\": \"Shelling in Ovra\", \"date\": \"2019-03-04\", "
                    + "\"content_original\": \"" + BODY + "\", \"ID\": \"a1\"}\n"
                    + "{\"topic\": \"world\", \"title\": \"Other\", \"content_original\": \"Talks went on.\", \"ID\": \"a2\"}\n";
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(root.resolve("newscluster/news_cluster/n1.json"), "{\"title\": \"Truce in Kestra\", "
                + "\"text\": \"Truce in Kestra\\n\\nA truce held in Kestra.\", \"date_publish\": \"2017-12-29 09:29:57\"}");
        return root;
    }

    private static PlaceGold ref(String corpus, String article, String hash) {
        return new PlaceGold("", "", corpus, article, hash, new PlaceGold.GoldPlace("Ovra", "", 1, 2, 0), List.of());
    }

    @Test
    void findsArticlesOfBothCorporaByReference() throws IOException {
        Path root = corpora(Files.createTempDirectory("corpora"));
        CorpusArticles.Contents contents = CorpusArticles.read(root, List.of(
                ref("allsides", "a1", CorpusArticles.hash(BODY)), ref("newscluster", "n1.json", "")));
        assertEquals(2, contents.articles().size(), contents.problems().toString());
        CorpusArticles.Found allsides = contents.articles().get("allsides/a1");
        assertEquals("Shelling in Ovra", allsides.article().title());
        assertEquals(java.time.LocalDate.of(2019, 3, 4), allsides.article().date());
        int ovra = BODY.indexOf("Ovra");
        assertEquals("Ovra", allsides.article().text().substring(allsides.bodyOffset() + ovra,
                allsides.bodyOffset() + ovra + 4));
        CorpusArticles.Found news = contents.articles().get("newscluster/n1.json");
        assertEquals("A truce held in Kestra.", news.article().body());
    }

    @Test
    void aChangedBodyOrAMissingArticleIsAProblemNotAResult(@TempDir Path dir) throws IOException {
        Path root = corpora(dir);
        CorpusArticles.Contents contents = CorpusArticles.read(root, List.of(
                ref("allsides", "a1", "0000000000000000"), ref("allsides", "zz", ""), ref("newscluster", "none.json", "")));
        assertTrue(contents.articles().isEmpty());
        assertEquals(3, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().get(0).message().contains("no longer matches"));
    }
}
