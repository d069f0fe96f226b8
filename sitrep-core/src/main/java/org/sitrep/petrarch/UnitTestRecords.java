package org.sitrep.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.pipeline.EnvironmentException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PETRARCH's unit-test records ({@code PETR.UnitTest.records.xml}): an environment naming the dictionary
 * files, then sentences, each with an id, category, date, text and expected events, with {@code <Config>}
 * elements between them that change coder options for the sentences that follow. Only the text, date,
 * category and the {@code require_dyad} option are used to code; the expected events only to score.
 */
public final class UnitTestRecords {

    /** An expected event: codes as the record writes them; a missing target is {@code ---}. */
    public record Triple(String source, String code, String target) {
        public Triple {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String toString() {
            return source + " " + code + " " + target;
        }
    }

    /**
     * One record.
     *
     * @param id          the record's id
     * @param category    its category (DEMO, SYNSET, COMPOUND...)
     * @param date        the date it is coded on
     * @param text        the sentence, white space collapsed
     * @param expected    the events it should yield; empty for "no events" and error records
     * @param error       the error PETRARCH should report instead of events (dateline, discard...), or empty
     * @param requireDyad the {@code require_dyad} option in force for it
     */
    public record Record(String id, String category, LocalDate date, String text, Set<Triple> expected,
                         String error, boolean requireDyad) {
        public Record {
            expected = Set.copyOf(new LinkedHashSet<>(expected));
        }
    }

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<Record> records;
    private final Map<String, String> files;
    private final Set<String> ignoredOptions;

    private UnitTestRecords(List<Record> records, Map<String, String> files, Set<String> ignoredOptions) {
        this.records = List.copyOf(records);
        this.files = Map.copyOf(files);
        this.ignoredOptions = Set.copyOf(ignoredOptions);
    }

    public static UnitTestRecords read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + file, e);
        }
    }

    static UnitTestRecords parse(InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Errors become exceptions with their message; the parser must not print them as well.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform's XML parser lacks a standard feature", e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not a well-formed records file: " + e.getMessage(), e);
        }
        Map<String, String> files = new LinkedHashMap<>();
        NodeList environments = document.getElementsByTagName("Environment");
        if (environments.getLength() > 0) {
            for (Node child = environments.item(0).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().endsWith("file")) {
                    files.put(element.getTagName(), element.getTextContent().strip());
                }
            }
        }
        NodeList sentencesNodes = document.getElementsByTagName("Sentences");
        if (sentencesNodes.getLength() == 0) {
            throw new IllegalArgumentException("the records file has no <Sentences>");
        }
        List<Record> records = new ArrayList<>();
        Set<String> ignored = new LinkedHashSet<>();
        boolean requireDyad = true;
        for (Node node = sentencesNodes.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            if (element.getTagName().equals("Config")) {
                String option = element.getAttribute("option").strip();
                if (option.equals("require_dyad")) {
                    requireDyad = Boolean.parseBoolean(element.getAttribute("value").strip().toLowerCase(Locale.ROOT));
                } else {
                    ignored.add(option);
                }
            } else if (element.getTagName().equals("Sentence")) {
                records.add(record(element, requireDyad));
            }
        }
        return new UnitTestRecords(records, files, ignored);
    }

    private static Record record(Element sentence, boolean requireDyad) {
        String id = sentence.getAttribute("id").strip();
        String category = sentence.getAttribute("category").strip();
        LocalDate date;
        try {
            date = LocalDate.parse(sentence.getAttribute("date").strip(), BASIC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("record " + id + " has no date of the form YYYYMMDD", e);
        }
        String text = "";
        Set<Triple> expected = new LinkedHashSet<>();
        String error = "";
        for (Node node = sentence.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            if (element.getTagName().equals("Text")) {
                text = String.join(" ", element.getTextContent().strip().split("\\s+"));
            } else if (element.getTagName().equals("EventCoding")) {
                if (!element.getAttribute("error").isEmpty()) {
                    error = element.getAttribute("error").strip();
                } else if (element.getAttribute("noevents").isEmpty()) {
                    String target = element.getAttribute("targetcode").strip();
                    expected.add(new Triple(element.getAttribute("sourcecode").strip(),
                            element.getAttribute("eventcode").strip(), target.isEmpty() ? "---" : target));
                }
            }
        }
        return new Record(id, category, date, text, expected, error, requireDyad);
    }

    public List<Record> records() {
        return records;
    }

    /** The dictionary files the environment names, by element: Verbfile, Actorfile, Agentfile, Discardfile. */
    public Map<String, String> files() {
        return files;
    }

    /** Options of {@code <Config>} elements that sitrep does not reproduce (comma handling, new actors). */
    public Set<String> ignoredOptions() {
        return ignoredOptions;
    }
}
