package org.sitrep.app.server.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked: an unknown name, a repeated one or a value of the wrong
 * form is an {@link IllegalArgumentException} naming the parameter, which the exception mapper turns into
 * a 400.
 */
public final class Params {

    /** Longest free-text value accepted. */
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, refusing any not in {@code allowed}. */
    public static Params of(Context context, Set<String> allowed) {
        return of(context.queryParamMap(), allowed);
    }

    static Params of(Map<String, List<String>> values, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed)));
        }
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new IllegalArgumentException(entry.getKey() + " is given " + entry.getValue().size()
                        + " times; give it once (lists are comma-separated)");
            }
        }
        return new Params(values);
    }

    /** The stripped value, or {@code null} when absent or blank. */
    public String text(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return null;
        }
        String value = given.get(0).strip();
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** A CAMEO actor code or code prefix, upper-cased: letters and digits only. */
    public String actorCode(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        value = value.toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z0-9]{1,30}")) {
            throw new IllegalArgumentException(name + " must be a CAMEO actor code or its start, such as SYR or "
                    + "SYRMIL: '" + given(name) + "'");
        }
        return value;
    }

    /** A story's id as the store gives it: letters, digits, dashes and underscores. */
    public String storyId(String name) {
        String value = text(name);
        if (value != null && !value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(name + " must be a story id, letters and digits: '" + given(name) + "'");
        }
        return value;
    }

    /** A three-letter country code (CAMEO and ISO 3166 alpha-3), upper-cased. */
    public String country(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        value = value.toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(name + " must be a three-letter country code such as SYR: '"
                    + given(name) + "'");
        }
        return value;
    }

    /** A CAMEO event code or its start: one to four digits. */
    public String cameoPrefix(String name) {
        String value = text(name);
        if (value != null && !value.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException(name + " must be a CAMEO event code or its start, one to four "
                    + "digits such as 19 or 0874: '" + given(name) + "'");
        }
        return value;
    }

    /** A CAMEO root: 01 to 20 (a single digit is read with its leading zero). */
    public String cameoRoot(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (value.matches("[1-9]")) {
            value = "0" + value;
        }
        if (!value.matches("0[1-9]|1[0-9]|20")) {
            throw new IllegalArgumentException(name + " must be a CAMEO root code, 01 to 20: '" + given(name) + "'");
        }
        return value;
    }

    /** A comma-separated list of QuadClasses, 1 to 4; empty when absent. */
    public Set<Integer> quadClasses(String name) {
        String value = text(name);
        Set<Integer> classes = new TreeSet<>();
        if (value == null) {
            return classes;
        }
        for (String part : value.split(",")) {
            String item = part.strip();
            if (!item.matches("[1-4]")) {
                throw new IllegalArgumentException(name + " must list QuadClasses 1 to 4, comma-separated "
                        + "(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material "
                        + "conflict): '" + given(name) + "'");
            }
            classes.add(Integer.parseInt(item));
        }
        return classes;
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD: '" + given(name) + "'", e);
        }
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: '" + given(name) + "'", e);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + parsed);
        }
        return parsed;
    }

    public boolean bool(String name, boolean defaultValue) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: '" + given(name) + "'");
        };
    }

    /** One of a fixed set of words, lower-cased. */
    public String choice(String name, String defaultValue, List<String> choices) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices) + ": '"
                    + given(name) + "'");
        }
        return lower;
    }

    public Page page(int defaultLimit, int maxLimit) {
        return new Page(integer("limit", defaultLimit, 1, maxLimit), integer("offset", 0, 0, Page.MAX_OFFSET));
    }

    /** The raw value, shortened, for error messages. */
    private String given(String name) {
        String value = values.get(name).get(0);
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** Parameter names shared by every endpoint that lists events or aggregates over them. */
    public static Set<String> withFilters(String... more) {
        Set<String> names = new TreeSet<>(EventFilter.PARAMETERS);
        names.addAll(List.of(more));
        return names;
    }
}
