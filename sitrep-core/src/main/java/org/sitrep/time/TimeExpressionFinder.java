package org.sitrep.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Finds the time expressions of a sentence: absolute and partial dates, weekdays, days, weeks, months and years
 * counted from the article's date, and days counted from a date set earlier ("two hours later"). Month and
 * weekday names count only capitalised, so the verb "may" and the noun "march" are no dates. Where expressions
 * overlap the longest wins. Stateless and thread-safe.
 */
public final class TimeExpressionFinder {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|"
            + "October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|"
            + "Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String OPTIONAL_WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d{2})";
    private static final String NUMBER = "(?<number>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|several|a few|few|a couple of)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private record Rule(Pattern pattern, Function<Matcher, TimeExpressionParts> read) {
    }

    /** What a rule reads from its match. */
    private record TimeExpressionParts(TimeExpression.Kind kind, int year, int month, int day, DayOfWeek weekday,
                                       int offset) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\b" + YEAR + "-(?<month>\\d{2})-(?<day>\\d{2})\\b", m -> new TimeExpressionParts(
                    TimeExpression.Kind.DATE, year(m), Integer.parseInt(m.group("month")), day(m), null, 0)),
            rule("\\b" + OPTIONAL_WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", m -> new TimeExpressionParts(
                    TimeExpression.Kind.DATE, year(m), month(m), day(m), null, 0)),
            rule("\\b" + OPTIONAL_WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.DATE, year(m), month(m), day(m), null, 0)),
            rule("\\b" + OPTIONAL_WEEKDAY + MONTH + "\\s+" + DAY + "\\b(?![:.]?\\d)", m -> new TimeExpressionParts(
                    TimeExpression.Kind.MONTH_DAY, 0, month(m), day(m), null, 0)),
            rule("\\b" + OPTIONAL_WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b", m -> new TimeExpressionParts(
                    TimeExpression.Kind.MONTH_DAY, 0, month(m), day(m), null, 0)),
            rule("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", m -> new TimeExpressionParts(
                    TimeExpression.Kind.MONTH_YEAR, year(m), month(m), 0, null, 0)),
            rule("(?i:\\b(?:in|since|until|till|by|during|throughout|from|through)\\s+(?:(?:early|mid|late)[- ])?)"
                    + MONTH + "\\b", m -> new TimeExpressionParts(TimeExpression.Kind.MONTH, 0, month(m), 0, null, 0)),
            rule("(?i:\\b(?:in|since|until|till|by|during|throughout|from|through|of|early|late)\\s+)" + YEAR + "\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.YEAR, year(m), 0, 0, null, 0)),
            rule("(?:\\b(?i:early|late)\\s+(?:on\\s+)?)?(?:\\b(?<which>last|next|this|on|by|since|until|before|after|from)\\s+)?"
                    + "(?:(?i:early|late)\\s+)?" + WEEKDAY + "(?:['\u2019]s)?(?:\\s+(?i:morning|afternoon|evening|night|overnight))?\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.WEEKDAY, 0, 0, 0, weekday(m),
                            "last".equals(m.group("which")) ? TimeExpression.WEEKDAY_LAST
                                    : "next".equals(m.group("which")) ? TimeExpression.WEEKDAY_NEXT
                                    : TimeExpression.WEEKDAY_PLAIN)),
            rule("(?i)\\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|"
                    + "last night|this (?:morning|afternoon|evening))\\b", m -> new TimeExpressionParts(
                    TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, null, dayOffset(m.group().toLowerCase(Locale.ROOT)))),
            rule("(?i)\\b" + NUMBER + "\\s+(?<unit>day|week|month|year)s?\\s+ago\\b", TimeExpressionFinder::ago),
            rule("(?i)\\b(?:(?:earlier|later)\\s+)?(?<which>last|this|next|past|coming)\\s+(?<unit>week|month|year)\\b",
                    TimeExpressionFinder::countedUnit),
            rule("(?i)\\b(?:" + NUMBER + "\\s+)?(?<unit>minute|hour|day|week)s?\\s+later\\b", TimeExpressionFinder::later),
            rule("(?i)\\b(?:the\\s+)?(?:next|following)\\s+(?<unit>day|morning|afternoon|evening|night|week)\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.LATER, 0, 0, 0, null,
                            m.group("unit").equalsIgnoreCase("week") ? 7 : 1)),
            rule("(?i)\\b(?:later that|that same|the same|earlier that)\\s+(?:day|morning|afternoon|evening|night)\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.LATER, 0, 0, 0, null, 0)),
            rule("(?i)\\bthe (?:day|night) before\\b",
                    m -> new TimeExpressionParts(TimeExpression.Kind.LATER, 0, 0, 0, null, -1)));

    private static Rule rule(String regex, Function<Matcher, TimeExpressionParts> read) {
        return new Rule(Pattern.compile(regex), read);
    }

    /** The time expressions of a sentence, in text order, none overlapping. */
    public List<TimeExpression> find(String text, Sentence sentence) {
        String sentenceText = sentence.span().of(text);
        int base = sentence.span().begin();
        List<TimeExpression> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(sentenceText);
            while (matcher.find()) {
                TimeExpressionParts parts = rule.read().apply(matcher);
                if (parts == null || !valid(parts)) {
                    continue;
                }
                Span span = new Span(base + matcher.start(), base + matcher.end());
                found.add(new TimeExpression(sentence.index(), span, matcher.group(), parts.kind(), parts.year(),
                        parts.month(), parts.day(), parts.weekday(), parts.offset()));
            }
        }
        found.sort(Comparator.comparingInt((TimeExpression e) -> -e.span().length())
                .thenComparingInt(e -> e.span().begin()));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression expression : found) {
            boolean overlaps = kept.stream().anyMatch(k -> k.span().begin() < expression.span().end()
                    && expression.span().begin() < k.span().end());
            if (!overlaps) {
                kept.add(expression);
            }
        }
        kept.sort(Comparator.comparingInt(e -> e.span().begin()));
        return kept;
    }

    private static boolean valid(TimeExpressionParts parts) {
        if (parts.day() > 0 && parts.month() > 0) {
            int[] lengths = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            return parts.day() <= lengths[parts.month() - 1];
        }
        return parts.day() == 0 || parts.day() <= 31;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int day(Matcher m) {
        return Integer.parseInt(m.group("day"));
    }

    private static int month(Matcher m) {
        String name = m.group("month").toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (name.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalStateException("not a month: " + name);
    }

    private static DayOfWeek weekday(Matcher m) {
        return DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
    }

    private static int dayOffset(String words) {
        return switch (words) {
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
    }

    /** A count in words or digits, or -1 for "several" and "a few", which fix no day. */
    private static int number(String words) {
        if (words == null) {
            return 1;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d+")) {
            return Integer.parseInt(lower);
        }
        return NUMBERS.getOrDefault(lower, -1);
    }

    private static TimeExpressionParts ago(Matcher m) {
        int count = number(m.group("number"));
        if (count < 0) {
            return null;
        }
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> new TimeExpressionParts(TimeExpression.Kind.DAY_OFFSET, 0, 0, 0, null, -count);
            case "week" -> new TimeExpressionParts(TimeExpression.Kind.WEEK_OFFSET, 0, 0, 0, null, -count);
            case "month" -> new TimeExpressionParts(TimeExpression.Kind.MONTH_OFFSET, 0, 0, 0, null, -count);
            default -> new TimeExpressionParts(TimeExpression.Kind.YEAR_OFFSET, 0, 0, 0, null, -count);
        };
    }

    private static TimeExpressionParts countedUnit(Matcher m) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        int offset = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "week" -> new TimeExpressionParts(TimeExpression.Kind.WEEK_OFFSET, 0, 0, 0, null, offset);
            case "month" -> new TimeExpressionParts(TimeExpression.Kind.MONTH_OFFSET, 0, 0, 0, null, offset);
            default -> new TimeExpressionParts(TimeExpression.Kind.YEAR_OFFSET, 0, 0, 0, null, offset);
        };
    }

    private static TimeExpressionParts later(Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (unit.equals("minute") || unit.equals("hour")) {
            // Hours later is the same day as far as a date goes.
            return new TimeExpressionParts(TimeExpression.Kind.LATER, 0, 0, 0, null, 0);
        }
        int count = number(m.group("number"));
        if (count < 0) {
            return null;
        }
        return new TimeExpressionParts(TimeExpression.Kind.LATER, 0, 0, 0, null, unit.equals("week") ? 7 * count : count);
    }
}
