package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.export.internal.GdeltEventWriter;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.StoredEvent;
import org.sitrep.testing.SharedData;

class EventWriterTest {

    private static final Instant EXPORTED = Instant.parse("2024-02-29T23:45:07Z");

    private static List<StoredEvent> events() {
        CodedArticle coded = EventJsonTest.article();
        return coded.events().stream().map(e -> StoredEvent.of(coded, e)).toList();
    }

    private static String export(ExportFormat format, List<StoredEvent> events) {
        StringWriter out = new StringWriter();
        try (EventWriter writer = EventWriter.create(format, out, EXPORTED)) {
            events.forEach(writer::write);
        }
        return out.toString();
    }

    @Test
    void writesOneJsonObjectPerLine() throws Exception {
        String jsonl = export(ExportFormat.JSONL, events());
        String[] lines = jsonl.split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(EventJson.toJson(events().get(0)), lines[0]);
        assertEquals("020", new ObjectMapper().readTree(lines[1]).get("cameo_code").asText());
    }

    @Test
    void writesPloverRecordsAndLeavesOutAppealsPloverDrops() throws Exception {
        String plover = export(ExportFormat.PLOVER, events());
        String[] lines = plover.split("\n", -1);
        // Two events: a blockade (191, PLOVER COERCE) and an appeal (020), which PLOVER has no type for.
        assertEquals(2, lines.length, plover);
        var json = new ObjectMapper().readTree(lines[0]);
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "date", "event", "mode", "context", "quad_code", "actor", "recipient",
                "event_text", "event_loc", "text", "date_basis", "cameo_code", "goldstein", "rule", "url",
                "publisher", "article_date"), names);
        assertEquals("COERCE", json.get("event").get(0).asText());
        assertEquals("restrict", json.get("mode").get(0).asText());
        assertEquals("military", json.get("context").get(0).asText());
        assertEquals("2022-08-14", json.get("date").asText());
        assertEquals("MIL", json.get("actor").get(0).get("sector").get(0).asText());
        assertEquals("MRVMIL", json.get("actor").get(0).get("cameo").asText());
        assertEquals("Maravian gunboats", json.get("actor").get(0).get("entity_text").asText());
        assertEquals("TSLGOV", json.get("recipient").get(0).get("cameo").asText());
        assertEquals("blockaded", json.get("event_text").asText());
        assertEquals("Maravian gunboats blockaded the port of Tessel, witnesses said.", json.get("text").asText());
        assertEquals(events().get(0).event().id(), json.get("id").asText());
    }

    @Test
    void ploverModeAndContextComeFromTheCameoMap() throws Exception {
        var surrender = org.sitrep.coding.CameoTable.standard().get("0874");
        assertEquals("RETREAT", surrender.ploverEvent());
        assertEquals("disarm", surrender.ploverMode());
        assertEquals(List.of("military"), surrender.ploverContexts());
        assertEquals(List.of("crime", "corruption"), org.sitrep.coding.CameoTable.standard().get("091").ploverContexts());
        assertTrue(!org.sitrep.coding.CameoTable.standard().get("010").hasPlover());
    }

    @Test
    void writesCsvWithHeaderAndRfc4180Quoting() {
        String csv = export(ExportFormat.CSV, events());
        List<List<String>> rows = parseCsv(csv);
        assertEquals(3, rows.size());
        List<String> header = rows.get(0);
        assertEquals("id", header.get(0));
        assertEquals(43, header.size());
        for (List<String> row : rows) {
            assertEquals(header.size(), row.size());
        }
        List<String> first = rows.get(1);
        assertEquals("Maravian gunboats blockaded the port of Tessel, witnesses said.",
                first.get(header.indexOf("sentence")));
        assertEquals("Naval standoff in the \"Grey Strait\"", first.get(header.indexOf("article_title")));
        assertEquals("-9.5", first.get(header.indexOf("goldstein")));
        assertEquals("TSLGOV", first.get(header.indexOf("target_code")));
        assertEquals("", rows.get(2).get(header.indexOf("target_code")));
        assertEquals("appealed", rows.get(2).get(header.indexOf("trigger_text")));
        assertTrue(csv.contains("\"Naval standoff in the \"\"Grey Strait\"\"\""), csv);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void writesCsvHeaderEvenWithoutEvents() {
        List<List<String>> rows = parseCsv(export(ExportFormat.CSV, List.of()));
        assertEquals(1, rows.size());
        assertEquals("id", rows.get(0).get(0));
    }

    @Test
    void writesGdeltRowsOfSixtyOneColumnsInGdeltOrder() throws IOException {
        String gdelt = export(ExportFormat.GDELT, events());
        String[] lines = gdelt.split("\n");
        assertEquals(2, lines.length);
        List<String> labels = gdeltLabels();
        assertEquals(61, labels.size());
        String[] row = lines[0].split("\t", -1);
        assertEquals(labels.size(), row.length);
        assertEquals("20220814", row[labels.indexOf("SQLDATE")]);
        assertEquals("202208", row[labels.indexOf("MonthYear")]);
        assertEquals("2022", row[labels.indexOf("Year")]);
        assertEquals("2022.6137", row[labels.indexOf("FractionDate")]);
        assertEquals("MRVMIL", row[labels.indexOf("Actor1Code")]);
        assertEquals("MARAVIAN GUNBOATS", row[labels.indexOf("Actor1Name")]);
        assertEquals("MIL", row[labels.indexOf("Actor1Type1Code")]);
        assertEquals("TSLGOV", row[labels.indexOf("Actor2Code")]);
        assertEquals("GOV", row[labels.indexOf("Actor2Type1Code")]);
        assertEquals("1", row[labels.indexOf("IsRootEvent")]);
        assertEquals("191", row[labels.indexOf("EventCode")]);
        assertEquals("191", row[labels.indexOf("EventBaseCode")]);
        assertEquals("19", row[labels.indexOf("EventRootCode")]);
        assertEquals("4", row[labels.indexOf("QuadClass")]);
        assertEquals("-9.5", row[labels.indexOf("GoldsteinScale")]);
        assertEquals("1", row[labels.indexOf("NumMentions")]);
        assertEquals("1", row[labels.indexOf("NumSources")]);
        assertEquals("1", row[labels.indexOf("NumArticles")]);
        assertEquals(Double.toString(Tone.standard().score(events().get(0).articleText())),
                Double.toString(Double.parseDouble(row[labels.indexOf("AvgTone")])));
        assertEquals("", row[labels.indexOf("ActionGeo_FullName")]);
        assertEquals("20240229234500", row[labels.indexOf("DATEADDED")], "never stored: the export's batch");
        assertEquals("https://news.example/strait?id=7&lang=en", row[labels.indexOf("SOURCEURL")]);
        long id = Long.parseLong(row[labels.indexOf("GLOBALEVENTID")]);
        assertTrue(id > 0);
        String[] second = lines[1].split("\t", -1);
        assertEquals(61, second.length);
        assertTrue(id != Long.parseLong(second[0]), "different events get different ids");
        assertEquals("", second[labels.indexOf("Actor2Code")]);
        assertEquals(lines[0], export(ExportFormat.GDELT, events()).split("\n")[0], "ids are deterministic");
    }

    /** Where GDELT's own export has a number, ours has a number or nothing, column by column. */
    @Test
    void gdeltRowsHaveTheShapeOfGdeltsOwn() throws IOException {
        Path sample = SharedData.require("corpora/gdelt-export-sample/20191024143000.export.CSV");
        String[] theirs = Files.readAllLines(sample, StandardCharsets.UTF_8).get(1).split("\t", -1);
        String[] ours = export(ExportFormat.GDELT, events()).split("\n")[0].split("\t", -1);
        assertEquals(theirs.length, ours.length);
        for (int i = 0; i < ours.length; i++) {
            boolean theirsNumeric = theirs[i].matches("-?[0-9]+(\\.[0-9]+)?");
            // GDELT writes a whole tone without a decimal point too.
            if (theirsNumeric && !ours[i].isEmpty() && i != GdeltEventWriter.COLUMNS.indexOf("AvgTone")) {
                assertTrue(ours[i].matches("-?[0-9]+(\\.[0-9]+)?"), "column " + i + ": " + ours[i]);
                assertEquals(theirs[i].contains("."), ours[i].contains("."), "column " + i + " decimal point");
            }
        }
        assertEquals(theirs[59].length(), ours[59].length(), "DATEADDED is YYYYMMDDHHMMSS");
        assertEquals(theirs[1].length(), ours[1].length(), "SQLDATE is YYYYMMDD");
    }

    @Test
    void gdeltRowsNeverSplitOnTabsInsideFields() {
        CodedArticle coded = org.sitrep.store.CodedArticles.titled("Tabs")
                .sentence("Maravian\tgunboats left Tessel.")
                .event(1, "Maravian\tgunboats", "MRVMIL", "left", "Tessel", "TSLGOV", "0874", -1.0, 2).build();
        String line = export(ExportFormat.GDELT, List.of(StoredEvent.of(coded, coded.events().get(0))));
        assertTrue(line.endsWith("\n"));
        assertEquals(61, line.substring(0, line.length() - 1).split("\t", -1).length);
        assertEquals("20240229", line.split("\t", -1)[1], "no date, never stored: the export's day");
    }

    @Test
    void reportsWriteFailuresAsEnvironmentFailures() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        EventWriter writer = EventWriter.create(ExportFormat.JSONL, broken);
        assertThrows(EnvironmentException.class, () -> writer.write(events().get(0)));
    }

    private static List<String> gdeltLabels() throws IOException {
        // Without the shared data the header comes from sitrep's own column list.
        Path labels = SharedData.root()
                .resolve("corpora/gdelt-export-sample/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        if (!Files.isRegularFile(labels)) {
            return org.sitrep.export.internal.GdeltEventWriter.COLUMNS;
        }
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                names.add(line.substring(0, line.indexOf(',')));
            }
        }
        assertEquals(org.sitrep.export.internal.GdeltEventWriter.COLUMNS.stream().map(String::toUpperCase)
                .toList(), names.stream().map(String::toUpperCase).toList());
        return names;
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(c != '"' && c != '\n' && c != '\r', "bare " + (int) c + " at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "last row must end in CRLF");
        return rows;
    }
}
