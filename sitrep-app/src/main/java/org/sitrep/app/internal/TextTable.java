package org.sitrep.app.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with a header row and columns padded to their widest cell. Cells are put on one line
 * (runs of whitespace become one space) and cut at a maximum width, so that long evidence text or SQL values
 * do not wreck the layout.
 */
public final class TextTable {

    private static final String ELLIPSIS = "...";
    private static final String GAP = "  ";

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param maxWidths the widest each column may be; the header is cut too if need be */
    public TextTable(List<String> headers, int... maxWidths) {
        if (headers.isEmpty() || headers.size() != maxWidths.length) {
            throw new IllegalArgumentException(headers.size() + " headers but " + maxWidths.length + " widths");
        }
        for (int width : maxWidths) {
            if (width <= ELLIPSIS.length()) {
                throw new IllegalArgumentException("column width too small: " + width);
            }
        }
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    /** A table whose columns may all be {@code maxWidth} wide. */
    public static TextTable uniform(List<String> headers, int maxWidth) {
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, maxWidth);
        return new TextTable(headers, widths);
    }

    public void add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            row.add(cell(cells.get(i), maxWidths[i]));
        }
        rows.add(row);
    }

    public int size() {
        return rows.size();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        List<String> header = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            header.add(cell(headers.get(i), maxWidths[i]));
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, header, widths);
        List<String> rule = new ArrayList<>(widths.length);
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        printRow(out, rule, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length()));
            }
        }
        out.println(line);
    }

    /** One line of at most {@code maxWidth} characters. */
    public static String cell(String text, int maxWidth) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= maxWidth) {
            return flat;
        }
        return flat.substring(0, maxWidth - ELLIPSIS.length()) + ELLIPSIS;
    }
}
