package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.internal.CsvEventWriter;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.QueryResult;

/**
 * Writes the answer to an SQL query for scripts: CSV (RFC 4180, header row, CRLF, empty field for NULL) or
 * JSON Lines (one object per row, keys in column order, NULL as {@code null}, numbers and booleans as JSON
 * values, dates and times as ISO 8601 text, lists as arrays).
 */
public final class QueryResultWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private QueryResultWriter() {
    }

    public static void csv(QueryResult result, Writer out) {
        try {
            out.write(csvRow(result.columns()));
            for (List<Object> row : result.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value == null ? "" : value.toString());
                }
                out.write(csvRow(cells));
            }
            out.flush();
        } catch (IOException e) {
            throw new EnvironmentException("cannot write the query result: " + e.getMessage(), e);
        }
    }

    public static void jsonLines(QueryResult result, Writer out) {
        try {
            for (List<Object> row : result.rows()) {
                JsonGenerator json = FACTORY.createGenerator(out);
                json.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    json.writeFieldName(result.columns().get(i));
                    writeValue(json, row.get(i));
                }
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new EnvironmentException("cannot write the query result: " + e.getMessage(), e);
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            json.writeString(number.toString());
        } else if (value instanceof Float number && (number.isNaN() || number.isInfinite())) {
            json.writeString(number.toString());
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    private static String csvRow(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(CsvEventWriter.quote(values.get(i)));
        }
        return line.append("\r\n").toString();
    }
}
