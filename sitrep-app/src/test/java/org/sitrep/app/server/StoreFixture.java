package org.sitrep.app.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.store.EventStore;

/**
 * Writes event stores for server tests without the parser: articles are built by hand, one invented sentence
 * per event, so tests know exactly which events a filter must return.
 */
public final class StoreFixture {

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** One event to write: who, what, whom, and the sentence it is read from. */
    public record Spec(LocalDate date, String sourceCode, String sourceName, String verb, String targetCode,
                       String targetName, String cameoCode, double goldstein, int quadClass, String rest,
                       LocalDate eventDay, EventDate.Precision precision, String expression, boolean quoted,
                       org.sitrep.model.Place place) {

        public Spec(LocalDate date, String sourceCode, String sourceName, String verb, String targetCode,
                    String targetName, String cameoCode, double goldstein, int quadClass, String rest) {
            this(date, sourceCode, sourceName, verb, targetCode, targetName, cameoCode, goldstein, quadClass, rest,
                    null, null, null, false, null);
        }

        /** This event dated by words of its sentence ({@code expression}, such as "in 1877") to {@code day}. */
        public Spec dated(String day, EventDate.Precision given, String words) {
            return new Spec(date, sourceCode, sourceName, verb, targetCode, targetName, cameoCode, goldstein,
                    quadClass, words + ".", LocalDate.parse(day), given, words, quoted, place);
        }

        /**
         * This event as reported speech: the source is the speaker, the verb the cue, and what follows it the
         * words reported, such as "Tehran warned that talks would fail".
         */
        public Spec said(String words) {
            return new Spec(date, sourceCode, sourceName, verb, targetCode, targetName, cameoCode, goldstein,
                    quadClass, words + ".", eventDay, precision, expression, true, place);
        }

        /** This event placed at an invented town named in its sentence ("near Zelvora"). */
        public Spec placed(String town, String countryIso2, double latitude, double longitude) {
            org.sitrep.model.Place where = new org.sitrep.model.Place("fixture:" + town, 0, town,
                    org.sitrep.model.Place.Kind.TOWN, countryIso2, "", "", "", latitude, longitude, 0);
            return new Spec(date, sourceCode, sourceName, verb, targetCode, targetName, cameoCode, goldstein,
                    quadClass, "near " + town + ".", eventDay, precision, expression, quoted, where);
        }

        String sentence() {
            return sourceName + " " + verb + " " + (targetName == null ? "" : targetName + " ") + rest;
        }
    }

    private final List<List<Spec>> articles = new ArrayList<>();
    private final List<String> publishers = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    /** Starts a new article; the specs that follow go into it. */
    public StoreFixture article(Spec... specs) {
        return articleFrom(PUBLISHER, specs);
    }

    /** Starts a new article from {@code publisher}; the specs that follow go into it. */
    public StoreFixture articleFrom(String publisher, Spec... specs) {
        return articleTitled(publisher, null, specs);
    }

    /** Starts a new article with a headline of its own ({@code null}: a numbered one). */
    public StoreFixture articleTitled(String publisher, String title, Spec... specs) {
        articles.add(List.of(specs));
        publishers.add(publisher);
        titles.add(title);
        return this;
    }

    static final String PUBLISHER = "Fixture Wire";

    public static Spec event(String date, String sourceCode, String sourceName, String verb, String targetCode,
                             String targetName, String cameoCode, double goldstein, int quadClass) {
        return new Spec(date == null ? null : LocalDate.parse(date), sourceCode, sourceName, verb, targetCode,
                targetName, cameoCode, goldstein, quadClass, "on the invented day.");
    }

    /** Writes the articles to a new store. */
    public Path write(Path database) {
        try (EventStore store = EventStore.open(database)) {
            for (int number = 0; number < articles.size(); number++) {
                store.accept(build(articles.get(number), number, publishers.get(number), titles.get(number)));
            }
        }
        return database;
    }

    /** Writes the articles to a new store, merges their events and groups them into stories. */
    public Path writeWithStories(Path database) {
        writeMerged(database);
        try (EventStore store = EventStore.open(database)) {
            store.buildStories(org.sitrep.stories.StoryOptions.defaults(), code -> java.util.Optional.empty());
        }
        return database;
    }

    /** Writes the articles to a new store and merges their events, as an ingest does when it ends. */
    public Path writeMerged(Path database) {
        write(database);
        try (EventStore store = EventStore.open(database)) {
            store.mergeEvents(org.sitrep.merge.MergeRules.defaults());
        }
        return database;
    }

    /**
     * Writes the articles to a new store shaped as schema version 1 wrote it, before events had a place and a
     * date of their own and before the quotes tables: the shape older stores in the field still have.
     */
    public Path writeVersion1(Path database) {
        write(database);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + database);
             java.sql.Statement statement = connection.createStatement()) {
            for (String column : org.sitrep.store.internal.Schema.EVENT_SITUATION_COLUMNS) {
                statement.execute("ALTER TABLE events DROP COLUMN " + column.substring(0, column.indexOf(' ')));
            }
            for (String table : org.sitrep.store.internal.Schema.TABLES_V2) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("DELETE FROM schema_version");
            statement.execute("INSERT INTO schema_version VALUES (1, now())");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reshape " + database, e);
        }
        return database;
    }

    static CodedArticle build(List<Spec> specs, int number) {
        return build(specs, number, PUBLISHER);
    }

    static CodedArticle build(List<Spec> specs, int number, String publisher) {
        return build(specs, number, publisher, null);
    }

    static CodedArticle build(List<Spec> specs, int number, String publisher, String headline) {
        LocalDate date = specs.get(0).date();
        String title = headline == null ? "Invented report number " + number : headline;
        List<String> body = specs.stream().map(Spec::sentence).toList();
        Article article = Article.of(title, String.join(" ", body), date, publisher,
                "https://example.org/fixture/" + number, "fixture:" + number);
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(sentence(0, text, 0, title));
        int offset = title.length() + Article.TITLE_SEPARATOR.length();
        for (int i = 0; i < body.size(); i++) {
            sentences.add(sentence(i + 1, text, offset, body.get(i)));
            offset += body.get(i).length() + 1;
        }
        List<Mention> mentions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<org.sitrep.model.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            Sentence sentence = sentences.get(i + 1);
            int begin = sentence.span().begin();
            Span source = new Span(begin, begin + spec.sourceName().length());
            Span trigger = new Span(source.end() + 1, source.end() + 1 + spec.verb().length());
            Actor sourceActor = new Actor(spec.sourceCode(), spec.sourceName(),
                    spec.sourceCode().isEmpty() ? "" : "fixture:" + spec.sourceCode());
            mentions.add(new Mention(i + 1, 0, 0, source, sourceActor));
            Span target = null;
            Actor targetActor = null;
            Span evidence = source.union(trigger);
            if (spec.targetName() != null) {
                target = new Span(trigger.end() + 1, trigger.end() + 1 + spec.targetName().length());
                targetActor = new Actor(spec.targetCode(), spec.targetName(), "fixture:" + spec.targetCode());
                mentions.add(new Mention(i + 1, 0, 0, target, targetActor));
                evidence = evidence.union(target);
            }
            String id = Event.idOf(article.id(), i + 1, spec.cameoCode(), spec.sourceCode(),
                    spec.targetCode() == null ? "" : spec.targetCode(), evidence);
            Event event = new Event(id, article.id(), i + 1, sourceActor, targetActor, spec.cameoCode(),
                    spec.goldstein(), spec.quadClass(), source, target, evidence, trigger, "fixture-" + spec.cameoCode());
            EventDate eventDate = null;
            if (spec.eventDay() != null) {
                int at = text.indexOf(spec.expression(), begin);
                eventDate = new EventDate(spec.eventDay(), spec.precision(), spec.expression(),
                        new Span(at, at + spec.expression().length()), EventDate.Basis.SAME_SENTENCE);
            }
            org.sitrep.model.Location location = null;
            if (spec.place() != null) {
                int at = text.indexOf(spec.place().name(), begin);
                location = new org.sitrep.model.Location(spec.place(), new Span(at, at + spec.place().name().length()),
                        org.sitrep.model.Location.Basis.SAME_SENTENCE);
            }
            if (eventDate != null || location != null) {
                event = event.withLocationAndDate(location, eventDate);
            }
            events.add(event);
            if (spec.quoted()) {
                // The reported words run from after the cue (and target) to the sentence's end, stop excluded.
                int wordsBegin = (target == null ? trigger : target).end() + 1;
                Span words = new Span(wordsBegin, sentence.span().end() - 1);
                quotes.add(new org.sitrep.model.Quote(i + 1, words, words.of(text), org.sitrep.model.Quote.Kind.INDIRECT,
                        source, spec.sourceName(), sourceActor, trigger));
            }
        }
        return new CodedArticle(article, sentences, mentions, events, List.of(), List.of(), quotes);
    }

    private static Sentence sentence(int index, String text, int begin, String sentence) {
        if (!text.startsWith(sentence, begin)) {
            throw new IllegalStateException("sentence " + index + " is not at " + begin);
        }
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            tokens.add(Token.unparsed(tokens.size(), word.group(),
                    new Span(begin + word.start(), begin + word.end())));
        }
        return Sentence.unparsed(index, new Span(begin, begin + sentence.length()), tokens);
    }

    // ---- a large store of random events, for the page and the load test ----

    private record Party(String code, String name) {
    }

    private record Act(String verb, String code, double goldstein, int quadClass) {
    }

    private static final List<Party> PARTIES = List.of(
            new Party("SYRGOV", "the Syrian government"), new Party("SYRMIL", "Syrian troops"),
            new Party("SYRREB", "Syrian rebels"), new Party("IRNGOV", "the Iranian government"),
            new Party("IRNMIL", "Iranian forces"), new Party("RUSGOV", "the Russian government"),
            new Party("RUSMIL", "Russian forces"), new Party("ISRMIL", "Israeli forces"),
            new Party("ISRGOV", "the Israeli government"), new Party("TURMIL", "Turkish troops"),
            new Party("USAGOV", "the United States"), new Party("LBNREB", "Hezbollah fighters"),
            new Party("IRQGOV", "the Iraqi government"), new Party("JORGOV", "Jordan"),
            new Party("EGYGOV", "Egypt"), new Party("SAUGOV", "Saudi Arabia"), new Party("UKRMIL", "Ukrainian forces"),
            new Party("FRAGOV", "France"), new Party("CHNGOV", "China"), new Party("IGOUNO", "the United Nations"));

    private static final List<Act> ACTS = List.of(
            new Act("met", "040", 1.0, 1), new Act("praised", "051", 3.4, 1),
            new Act("agreed to cooperate with", "057", 8.0, 1), new Act("sent aid to", "073", 7.4, 2),
            new Act("signed a pact with", "061", 6.4, 2), new Act("criticized", "111", -2.0, 3),
            new Act("threatened", "138", -7.0, 3), new Act("accused", "112", -2.0, 3),
            new Act("shelled", "194", -10.0, 4), new Act("attacked", "190", -10.0, 4),
            new Act("arrested members of", "173", -5.0, 4), new Act("blockaded", "191", -9.5, 4));

    private static final List<String> RANDOM_PUBLISHERS = List.of("Invented Herald", "Made-up Times",
            "Fictional Post", PUBLISHER);

    /** {@code articles} articles of one to five random events each, over a year, from a fixed seed. */
    public static Path random(Path database, int articles, long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (EventStore store = EventStore.open(database)) {
            for (int n = 0; n < articles; n++) {
                LocalDate date = first.plusDays(random.nextInt(366));
                int count = 1 + random.nextInt(5);
                List<Spec> specs = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Party source = PARTIES.get(random.nextInt(PARTIES.size()));
                    Party target = PARTIES.get(random.nextInt(PARTIES.size()));
                    Act act = ACTS.get(random.nextInt(ACTS.size()));
                    specs.add(new Spec(date, source.code(), capitalised(source.name()), act.verb(), target.code(),
                            target.name(), act.code(), act.goldstein(), act.quadClass(),
                            "in report " + n + " item " + i + "."));
                }
                store.accept(build(specs, n, RANDOM_PUBLISHERS.get(random.nextInt(RANDOM_PUBLISHERS.size()))));
            }
            store.mergeEvents(org.sitrep.merge.MergeRules.defaults());
        }
        return database;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes a random store: {@code StoreFixture FILE ARTICLES}, for trying the page or loading the server. */
    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        random(database, articles, 42);
        System.out.println("wrote " + articles + " random articles to " + database);
    }
}
