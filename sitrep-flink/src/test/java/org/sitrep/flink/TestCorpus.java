package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus written for these tests (fictional reports about real countries), with bad records of
 * every kind the reader reports: a malformed line, a blank line, a record without text, an empty file, a
 * binary file, a file type sitrep does not read, an exact copy of an article, and republished (near) copies.
 */
final class TestCorpus {

    static final String[] ACTORS = {"France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Egypt"};

    /** Sentence patterns with two actors; each says something an event coder should recognise. */
    static final String[] PATTERNS = {
        "%s accused %s of violating the fishing agreement.",
        "The foreign minister of %s met officials from %s in the capital on Tuesday.",
        "%s condemned %s after the border incident.",
        "%s praised %s for its help with the flood relief.",
        "%s threatened %s with new sanctions over the dispute.",
        "%s signed a trade agreement with %s.",
        "%s expelled diplomats of %s on Wednesday.",
        "%s urged %s to release the detained journalists.",
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestCorpus() {
    }

    /** Words for each article's own line, so that articles made from one pattern are not near copies. */
    static final String[] TOPICS = {"harvest", "railways", "pensions", "tariffs", "fisheries", "vaccines", "bridges",
        "elections", "drought", "tourism", "broadband", "ports", "textiles", "mining", "forestry", "housing",
        "schools", "hospitals", "satellites", "shipping", "wheat", "copper", "rice", "coffee", "airlines", "banks",
        "courts", "police", "museums", "rivers", "dams", "highways", "bonds", "wages", "refugees", "visas",
        "festivals", "cables", "pipelines", "glaciers", "wildfires", "orchards", "vineyards", "reservoirs"};

    /** Articles in the JSON Lines files, besides the letters. */
    static final int WIRE_ARTICLES = 150;
    /** Originals that a later record of the second file republishes with a new headline and a cut ending. */
    static final int REPUBLISHED = 3;

    /** Writes the corpus into {@code folder}; returns the number of distinct readable articles written. */
    static int write(Path folder) throws IOException {
        int articles = 0;
        java.util.Random random = new java.util.Random(18);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<ObjectNode> originals = new ArrayList<>();
        for (int i = 0; i < WIRE_ARTICLES; i++) {
            String a = ACTORS[i % ACTORS.length];
            String b = ACTORS[(i * 3 + 1) % ACTORS.length];
            if (a.equals(b)) {
                b = ACTORS[(i + 2) % ACTORS.length];
            }
            StringBuilder topics = new StringBuilder();
            for (int t = 0; t < 30; t++) {
                topics.append(t == 0 ? "" : ", ").append(TOPICS[random.nextInt(TOPICS.length)]);
            }
            String text = String.format(PATTERNS[i % PATTERNS.length], a, b)
                    + " Report number " + i + " was filed by our correspondent. Other subjects of the day were "
                    + topics + ". " + String.format(PATTERNS[(i + 3) % PATTERNS.length], b, a);
            ObjectNode record = MAPPER.createObjectNode();
            record.put("title", "Report " + i + " on " + a + " and " + b);
            record.put("text", text);
            // Six days, so that merged events meet the two-day window.
            record.put("date", "2026-03-0" + (1 + (i * 5) % 6));
            record.put("source", i % 4 == 0 ? "Other Wire" : "Test Wire");
            record.put("url", "https://news.example/" + i);
            (i < WIRE_ARTICLES / 2 ? first : second).add(record.toString());
            if (i < REPUBLISHED) {
                originals.add(record);
            }
            articles++;
        }
        // Bad records among good ones: a cut-off object, a blank line, a record with no text at all.
        second.add(3, "{\"title\": \"cut off\", \"text\": \"France");
        second.add(5, "");
        second.add(7, "{\"title\": \"a title and nothing else\", \"date\": \"2026-03-02\"}");
        // An exact copy of an article of the first file: coded once, reported once as a duplicate.
        second.add(first.get(4));
        // Republished copies, at the end of the second file, so that they are read long after their originals
        // (which open the first): a later date, another publisher, the last sentence cut.
        for (ObjectNode original : originals) {
            ObjectNode copy = original.deepCopy();
            String text = original.get("text").asText();
            copy.put("text", text.substring(0, text.lastIndexOf(". ") + 1));
            copy.put("date", java.time.LocalDate.parse(original.get("date").asText()).plusDays(1).toString());
            copy.put("source", "Copy Desk");
            copy.put("url", "https://copies.example/" + original.get("url").asText().replaceAll(".*/", ""));
            second.add(copy.toString());
            articles++;
        }
        Files.write(folder.resolve("wire-a.jsonl"), first, StandardCharsets.UTF_8);
        Files.write(folder.resolve("wire-b.jsonl"), second, StandardCharsets.UTF_8);

        Path letters = Files.createDirectories(folder.resolve("letters"));
        for (int i = 0; i < 8; i++) {
            String a = ACTORS[(i + 5) % ACTORS.length];
            String b = ACTORS[(i + 2) % ACTORS.length];
            String text = "Letter " + i + " from the desk\n\n"
                    + String.format(PATTERNS[(i + 1) % PATTERNS.length], a, b) + "\n";
            Files.writeString(letters.resolve("letter-" + i + ".txt"), text, StandardCharsets.UTF_8);
            articles++;
        }
        Files.writeString(letters.resolve("empty.txt"), "");
        Files.write(letters.resolve("scan.txt"), new byte[] {0x25, 0x50, 0x00, 0x01, 0x00, 0x7f, 0x00, 0x00});
        Files.writeString(folder.resolve("notes.csv"), "a,b\n1,2\n");
        return articles;
    }
}
