import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.store.EventStore;
import org.sitrep.store.MergeUpdate;

/**
 * Measurements of continuous operation (issue 16), run by bench/continuous.sh; not a unit test.
 *
 * <p>{@code merge N}: a store of N synthesized articles (coded events made here, not parsed: CoreNLP would
 * take hours for 20k articles, and merging only reads stored events), 80 articles a day with three events
 * each, 40 invented countries with Zipf-like shares, five roles and twelve CAMEO codes; then batches of 20
 * new articles dated the last day, and one batch of 20 dated 30 days back (a late archive), each merged with
 * mergeNewEvents; a full rebuild for comparison; then the store opened again six times, timing the opening and
 * the first look-up for republished copies of each.
 *
 * <p>{@code latency PORT INBOX CORPUS N}: moves N articles of a JSON Lines corpus, one per file, into the
 * folder a running {@code serve --watch} follows, one at a time, and times each from the move until the API
 * shows the article, and until it shows its merged events.
 */
public final class ContinuousBench {

    private static final int PER_DAY = 80;
    private static final String[] ROLES = {"", "GOV", "MIL", "COP", "REB"};
    private static final String[][] CODES = {{"010", "0", "1"}, {"036", "4", "1"}, {"040", "1", "1"},
            {"042", "1.9", "1"}, {"043", "2.8", "1"}, {"051", "3.4", "2"}, {"057", "8", "2"}, {"111", "-2", "3"},
            {"112", "-2", "3"}, {"173", "-5", "4"}, {"190", "-10", "4"}, {"195", "-10", "4"}};
    private static final Pattern WORD = Pattern.compile("\\S+");

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("interleaved")) {
            interleaved(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length >= 2 && args[0].equals("merge")) {
            merge(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("merge"));
        } else if (args.length == 5 && args[0].equals("latency")) {
            latency(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
        } else {
            System.err.println("usage: ContinuousBench merge N [DIR] | interleaved N M DIR "
                    + "| latency PORT INBOX CORPUS.jsonl.gz N");
            System.exit(2);
        }
    }

    // ---- merge time against store size

    private static String country(Random random) {
        // Zipf-like: country k has a share proportional to 1/(k+1).
        double total = 0;
        for (int k = 0; k < 40; k++) {
            total += 1.0 / (k + 1);
        }
        double pick = random.nextDouble() * total;
        for (int k = 0; k < 40; k++) {
            pick -= 1.0 / (k + 1);
            if (pick <= 0) {
                return String.format(Locale.ROOT, "Q%02d", k);
            }
        }
        return "Q39";
    }

    private static CodedArticle article(Random random, int n, LocalDate date) {
        List<String> sentences = new ArrayList<>();
        List<String[]> specs = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String source = country(random) + ROLES[random.nextInt(ROLES.length)];
            String target = random.nextInt(5) == 0 ? null : country(random) + ROLES[random.nextInt(ROLES.length)];
            String[] code = CODES[random.nextInt(CODES.length)];
            sentences.add("Actor" + source + " acted" + code[0] + (target == null ? "" : " Actor" + target)
                    + " in report " + n + " part " + s + ".");
            specs.add(new String[] {source, target, code[0], code[1], code[2]});
        }
        Article article = Article.of("Synthetic report " + n, String.join(" ", sentences), date,
                "source" + random.nextInt(50), "", "synthetic:" + n);
        String text = article.text();
        List<Sentence> parsed = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int from = article.title().length();
        parsed.add(sentence(0, text, 0, article.title()));
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            int begin = text.indexOf(sentence, from);
            from = begin + sentence.length();
            Sentence unparsed = sentence(s + 1, text, begin, sentence);
            parsed.add(unparsed);
            String[] spec = specs.get(s);
            Span sourceSpan = new Span(begin, begin + 5 + spec[0].length());
            Span trigger = new Span(sourceSpan.end() + 1, sourceSpan.end() + 9);
            Actor source = new Actor(spec[0], "Actor" + spec[0], "synthetic:" + spec[0]);
            mentions.add(new Mention(s + 1, 0, 0, sourceSpan, source));
            Actor target = null;
            Span targetSpan = null;
            Span evidence = sourceSpan.union(trigger);
            if (spec[1] != null) {
                targetSpan = new Span(trigger.end() + 1, trigger.end() + 6 + spec[1].length());
                target = new Actor(spec[1], "Actor" + spec[1], "synthetic:" + spec[1]);
                mentions.add(new Mention(s + 1, 2, 2, targetSpan, target));
                evidence = evidence.union(targetSpan);
            }
            events.add(new Event(Event.idOf(article.id(), s + 1, spec[2], spec[0], spec[1] == null ? "" : spec[1],
                    evidence), article.id(), s + 1, source, target, spec[2], Double.parseDouble(spec[3]),
                    Integer.parseInt(spec[4]), sourceSpan, targetSpan, evidence, trigger, "synthetic"));
        }
        return new CodedArticle(article, parsed, mentions, events, List.of());
    }

    private static Sentence sentence(int index, String text, int begin, String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            tokens.add(Token.unparsed(tokens.size(), word.group(), new Span(begin + word.start(), begin + word.end())));
        }
        return Sentence.unparsed(index, new Span(begin, begin + sentence.length()), tokens);
    }

    private static void merge(int articles, Path folder) {
        Random random = new Random(16);
        LocalDate first = LocalDate.of(2024, 1, 1);
        Path database = folder.resolve("merge-" + articles + ".duckdb");
        long stored = System.nanoTime();
        int n = 0;
        try (EventStore store = EventStore.open(database)) {
            for (; n < articles; n++) {
                store.accept(article(random, n, first.plusDays(n / PER_DAY)));
            }
            long fill = System.nanoTime();
            store.mergeNewEvents(MergeRules.defaults());
            long firstMerge = System.nanoTime();
            System.out.printf(Locale.ROOT, "store of %,d synthesized articles (%,d events, %d days): stored in %.1f s, "
                    + "first merge (all new) %.0f ms%n", articles, articles * 3, articles / PER_DAY,
                    (fill - stored) / 1e9, (firstMerge - fill) / 1e6);
            LocalDate today = first.plusDays((articles - 1) / PER_DAY);
            long[] times = new long[10];
            long[] replayed = new long[10];
            for (int batch = 0; batch < 10; batch++) {
                for (int i = 0; i < 20; i++, n++) {
                    store.accept(article(random, n, today));
                }
                store.flush();
                long start = System.nanoTime();
                MergeUpdate update = store.mergeNewEvents(MergeRules.defaults());
                times[batch] = System.nanoTime() - start;
                replayed[batch] = update.reportsRemerged();
            }
            Arrays.sort(times);
            Arrays.sort(replayed);
            System.out.printf(Locale.ROOT, "  10 batches of 20 articles dated the last day: merge median %.0f ms, "
                    + "max %.0f ms; reports merged again median %d, max %d%n", times[4] / 1e6, times[9] / 1e6,
                    replayed[4], replayed[9]);
            for (int i = 0; i < 20; i++, n++) {
                store.accept(article(random, n, today.minusDays(30)));
            }
            store.flush();
            long start = System.nanoTime();
            MergeUpdate late = store.mergeNewEvents(MergeRules.defaults());
            System.out.printf(Locale.ROOT, "  1 batch of 20 articles dated 30 days back: merge %.0f ms, %d reports "
                    + "merged again%n", (System.nanoTime() - start) / 1e6, late.reportsRemerged());
            start = System.nanoTime();
            store.mergeEvents(MergeRules.defaults());
            System.out.printf(Locale.ROOT, "  full rebuild of %,d articles for comparison: %.0f ms%n", n,
                    (System.nanoTime() - start) / 1e6);
        }
        // What a watch batch pays besides coding and merging: opening the store, and the first look-up for
        // republished copies (the first opening of the process indexes every stored text; later ones only the
        // texts stored since).
        long[] opens = new long[6];
        long[] lookups = new long[6];
        for (int i = 0; i < opens.length; i++) {
            long start = System.nanoTime();
            try (EventStore store = EventStore.open(database)) {
                opens[i] = System.nanoTime() - start;
                start = System.nanoTime();
                store.originalOf(article(random, n++, first).article());
                lookups[i] = System.nanoTime() - start;
            }
        }
        long firstLookup = lookups[0];
        long[] later = Arrays.copyOfRange(lookups, 1, lookups.length);
        long[] laterOpens = Arrays.copyOfRange(opens, 1, opens.length);
        Arrays.sort(later);
        Arrays.sort(laterOpens);
        System.out.printf(Locale.ROOT, "  opening the store again: first look-up for copies %.0f ms; 5 later openings: "
                + "open median %.0f ms, first look-up median %.0f ms%n", firstLookup / 1e6, laterOpens[2] / 1e6,
                later[2] / 1e6);
    }

    /**
     * Two stores of N and M synthesized articles, merged a batch of 20 new ones at a time in turns, so that
     * the load of a shared machine weighs on both alike.
     */
    private static void interleaved(int small, int large, Path folder) {
        int[] sizes = {small, large};
        EventStore[] stores = new EventStore[2];
        Random[] randoms = {new Random(16), new Random(16)};
        int[] next = new int[2];
        LocalDate first = LocalDate.of(2024, 1, 1);
        long[][] times = new long[2][11];
        try {
            for (int s = 0; s < 2; s++) {
                stores[s] = EventStore.open(folder.resolve("interleaved-" + sizes[s] + ".duckdb"));
                for (; next[s] < sizes[s]; next[s]++) {
                    stores[s].accept(article(randoms[s], next[s], first.plusDays(next[s] / PER_DAY)));
                }
                stores[s].mergeNewEvents(MergeRules.defaults());
            }
            for (int batch = 0; batch < 11; batch++) {
                for (int s = 0; s < 2; s++) {
                    LocalDate today = first.plusDays((sizes[s] - 1) / PER_DAY);
                    for (int i = 0; i < 20; i++, next[s]++) {
                        stores[s].accept(article(randoms[s], next[s], today));
                    }
                    stores[s].flush();
                    long start = System.nanoTime();
                    stores[s].mergeNewEvents(MergeRules.defaults());
                    times[s][batch] = System.nanoTime() - start;
                }
            }
        } finally {
            for (EventStore store : stores) {
                if (store != null) {
                    store.close();
                }
            }
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        System.out.printf(Locale.ROOT, "11 batches of 20 articles merged in turns: median %.0f ms with %,d stored "
                + "articles, %.0f ms with %,d (ratio %.2f)%n", times[0][5] / 1e6, small, times[1][5] / 1e6, large,
                (double) times[1][5] / times[0][5]);
    }

    // ---- watch latency, file to API

    private static long count(HttpClient http, int port, String sql) throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sql?q="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher number = Pattern.compile("\"rows\"\\s*:\\s*\\[\\s*\\[\\s*(\\d+)").matcher(body);
        if (!number.find()) {
            throw new IOException("unexpected answer: " + body);
        }
        return Long.parseLong(number.group(1));
    }

    private static void latency(int port, Path inbox, Path corpus, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus))) {
            for (String line : new String(in.readNBytes(64 << 20), StandardCharsets.UTF_8).split("\n")) {
                if (lines.size() >= count + 1) {
                    break;
                }
                if (line.startsWith("{")) {
                    lines.add(line);
                }
            }
        } catch (java.io.EOFException cut) {
            // Only the head of the corpus is read.
        }
        Path staging = Files.createTempDirectory("staging");
        List<Long> toArticle = new ArrayList<>();
        List<Long> toEvents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long articles = count(http, port, "SELECT count(*) FROM articles");
            long merged = count(http, port, "SELECT count(*) FROM event_mentions");
            Path file = staging.resolve("article-" + i + ".jsonl");
            Files.writeString(file, lines.get(i) + "\n");
            long start = System.nanoTime();
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            long seen = -1;
            long deadline = start + 300_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (seen < 0 && count(http, port, "SELECT count(*) FROM articles") > articles) {
                    seen = System.nanoTime();
                }
                if (seen > 0 && count(http, port, "SELECT count(*) FROM event_mentions") > merged) {
                    break;
                }
                if (seen > 0 && System.nanoTime() - seen > 5_000_000_000L) {
                    break;
                }
                Thread.sleep(20);
            }
            long mergedAt = count(http, port, "SELECT count(*) FROM event_mentions") > merged ? System.nanoTime() : -1;
            String label = i == 0 ? "warm-up (loads the models)" : "article " + i;
            System.out.printf(Locale.ROOT, "  %s: in the API after %.0f ms, its merged events after %s%n", label,
                    (seen - start) / 1e6, mergedAt < 0 ? "- (no events)" : String.format(Locale.ROOT, "%.0f ms",
                            (mergedAt - start) / 1e6));
            if (i > 0) {
                toArticle.add((seen - start) / 1_000_000);
                if (mergedAt > 0) {
                    toEvents.add((mergedAt - start) / 1_000_000);
                }
            }
        }
        toArticle.sort(null);
        toEvents.sort(null);
        System.out.printf(Locale.ROOT, "watch latency over %d articles: to the article median %d ms (max %d); to its "
                + "merged events median %s ms over %d articles with events%n", toArticle.size(),
                toArticle.get(toArticle.size() / 2), toArticle.get(toArticle.size() - 1),
                toEvents.isEmpty() ? "-" : toEvents.get(toEvents.size() / 2), toEvents.size());
    }
}
