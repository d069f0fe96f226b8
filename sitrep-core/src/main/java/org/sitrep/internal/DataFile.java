package org.sitrep.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.pipeline.EnvironmentException;

/**
 * Reads sitrep's line-based data files: UTF-8, one record a line, {@code #} starts a comment line, blank
 * lines ignored. A malformed line is the data file's author's mistake, reported with file and line as an
 * {@link IllegalArgumentException}, since shipping a broken dictionary is a bug, not bad input.
 */
public final class DataFile {

    /** One non-comment line. */
    public record Line(String file, int number, String text) {

        /** Tab-separated fields; empty fields are kept, so the count is reliable. */
        public List<String> fields(int expected) {
            List<String> fields = Arrays.asList(text.split("\t", -1));
            if (fields.size() != expected) {
                throw error("expected " + expected + " tab-separated fields, found " + fields.size());
            }
            return fields;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + number + ": " + message);
        }
    }

    private DataFile() {
    }

    /** Reads a class-path resource next to {@code anchor}. */
    public static List<Line> resource(Class<?> anchor, String name) {
        InputStream stream = anchor.getResourceAsStream(name);
        if (stream == null) {
            throw new EnvironmentException("built-in data file missing from the class path: " + name);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read built-in data file " + name, e);
        }
    }

    public static List<Line> file(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), reader);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read data file " + path, e);
        }
    }

    private static List<Line> read(String name, Reader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader buffered = new BufferedReader(reader);
        String text;
        int number = 0;
        while ((text = buffered.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            lines.add(new Line(name, number, text));
        }
        return lines;
    }

    /** Splits a multi-valued field on {@code |}, dropping blanks. */
    public static List<String> values(String field) {
        List<String> values = new ArrayList<>();
        for (String value : field.split("\\|")) {
            String stripped = value.strip();
            if (!stripped.isEmpty()) {
                values.add(stripped);
            }
        }
        return values;
    }
}
