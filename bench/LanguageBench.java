import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.internal.LanguageGuess;

/**
 * Compares language detectors for sitrep's English-only check (issue 16): model load time, time per AllSides
 * article (its first CAP characters), AllSides articles kept as English, and labels on invented fixtures.
 * One detector per JVM so load times and memory do not mix: see bench/language.sh.
 *
 *   java -cp CP bench/LanguageBench.java DETECTOR CORPUS ARTICLES CAP FIXTURES.tsv...
 *   DETECTOR: builtin | optimaize | lingua7-low | lingua24-low | lingua24
 */
public class LanguageBench {

    /** The languages of the invented fixtures, and 24 languages news often comes in. */
    static final Language[] SEVEN = {Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
            Language.ARABIC, Language.RUSSIAN, Language.CHINESE};
    static final Language[] TWENTY_FOUR = {Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
            Language.ARABIC, Language.RUSSIAN, Language.CHINESE, Language.ITALIAN, Language.PORTUGUESE,
            Language.DUTCH, Language.SWEDISH, Language.DANISH, Language.POLISH, Language.CZECH, Language.ROMANIAN,
            Language.TURKISH, Language.INDONESIAN, Language.UKRAINIAN, Language.PERSIAN, Language.HINDI,
            Language.JAPANESE, Language.KOREAN, Language.VIETNAMESE, Language.BOKMAL};

    public static void main(String[] args) throws Exception {
        String name = args[0];
        List<String> english = corpus(Path.of(args[1]), Integer.parseInt(args[2]));
        int cap = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        Function<String, String> detector = detector(name);
        detector.apply("warm up");
        long load = System.nanoTime() - start;
        for (int i = 0; i < 200; i++) {
            detector.apply(cut(english.get(i % english.size()), cap));
        }
        int kept = 0;
        start = System.nanoTime();
        for (String text : english) {
            if (detector.apply(cut(text, cap)).equals("en")) {
                kept++;
            }
        }
        double perArticle = (System.nanoTime() - start) / 1e3 / english.size();
        System.out.printf("%-13s load %6.0f ms  per article %7.0f us  AllSides kept as en %d/%d%n", name,
                load / 1e6, perArticle, kept, english.size());
        for (int f = 4; f < args.length; f++) {
            int exact = 0, total = 0, foreign = 0, flagged = 0;
            StringBuilder wrong = new StringBuilder();
            for (String line : Files.readAllLines(Path.of(args[f]))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fixture = line.split("\t", 2);
                String got = detector.apply(fixture[1]);
                total++;
                exact += got.equals(fixture[0]) ? 1 : 0;
                if (!got.equals(fixture[0])) {
                    wrong.append(' ').append(fixture[0]).append("->").append(got);
                }
                if (!fixture[0].equals("en")) {
                    foreign++;
                    flagged += got.equals("en") ? 0 : 1;
                }
            }
            System.out.printf("    %s: right language %d/%d, non-English flagged %d/%d%s%n",
                    Path.of(args[f]).getFileName(), exact, total, flagged, foreign, wrong);
        }
    }

    static Function<String, String> detector(String name) throws Exception {
        switch (name) {
            case "builtin":
                return LanguageGuess::guess;
            case "optimaize": {
                var detector = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
                return text -> {
                    var language = detector.detect(texts.forText(text));  // Guava's Optional, not Java's
                    return language.isPresent() ? language.get().getLanguage() : "en";
                };
            }
            default: {
                LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(
                        name.startsWith("lingua7") ? SEVEN : TWENTY_FOUR);
                if (name.endsWith("-low")) {
                    builder = builder.withLowAccuracyMode();
                }
                LanguageDetector detector = builder.withPreloadedLanguageModels().build();
                return text -> {
                    Language language = detector.detectLanguageOf(text);
                    return language == Language.UNKNOWN ? "en"
                            : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
                };
            }
        }
    }

    static List<String> corpus(Path file, int count) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (texts.size() < count && (line = reader.readLine()) != null) {
                JsonNode article = json.readTree(line);
                texts.add(article.path("title").asText() + "\n" + article.path("content").asText());
            }
        }
        return texts;
    }

    static String cut(String text, int cap) {
        return text.length() > cap ? text.substring(0, cap) : text;
    }
}
