package org.sitrep.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.SharedData;

class LanguageGuessTest {

    @Test
    void englishNewsIsEnglish() {
        assertEquals("en", LanguageGuess.guess("The government of Norland said on Tuesday that it would send "
                + "a delegation to Vallonia for talks on the border dispute, which has closed three crossings "
                + "since the winter and hurt farmers on both sides."));
    }

    @Test
    void spanishFrenchAndGermanNewsAreNamed() {
        assertEquals("es", LanguageGuess.guess("El gobierno de Norlandia anunció el martes que enviará una "
                + "delegación a Valonia para negociar sobre la disputa fronteriza, que ha cerrado tres pasos "
                + "desde el invierno y ha perjudicado a los agricultores de los dos lados."));
        assertEquals("fr", LanguageGuess.guess("Le gouvernement de la Norlande a annoncé mardi qu'il enverrait "
                + "une délégation en Vallonie pour des discussions sur le différend frontalier, qui a fermé trois "
                + "points de passage depuis l'hiver et a pénalisé les agriculteurs des deux côtés."));
        assertEquals("de", LanguageGuess.guess("Die Regierung von Norland hat am Dienstag angekündigt, dass sie "
                + "eine Delegation nach Vallonien schicken wird, um über den Grenzstreit zu verhandeln, der seit "
                + "dem Winter drei Übergänge geschlossen hat und den Bauern auf beiden Seiten schadet."));
    }

    @Test
    void otherScriptsAreNamedByScript() {
        assertEquals("ru", LanguageGuess.guess("Правительство Норландии заявило во вторник, что направит "
                + "делегацию в Валлонию для переговоров по пограничному спору, который закрыл три перехода."));
        assertEquals("ar", LanguageGuess.guess("قالت حكومة نورلاند يوم الثلاثاء إنها سترسل وفدا إلى فالونيا"));
        assertEquals("zh", LanguageGuess.guess("诺兰政府周二表示将派代表团前往瓦洛尼亚就边界争端进行谈判。"));
    }

    @Test
    void vietnameseNewsIsNamed() {
        assertEquals("vi", LanguageGuess.guess("Chính phủ Norland hôm thứ Ba cho biết sẽ cử một phái đoàn tới "
                + "Vallonia để đàm phán về tranh chấp biên giới, vốn đã khiến ba cửa khẩu bị đóng từ mùa đông và "
                + "gây thiệt hại cho nông dân của cả hai bên."));
    }

    @Test
    void shortLatinTextIsTooShortToTellAndTakenAsEnglish() {
        assertEquals("en", LanguageGuess.guess("Acuerdo en Valonia"));
    }

    @Test
    void englishWithASpanishQuoteStaysEnglish() {
        assertEquals("en", LanguageGuess.guess("Protesters in the capital of Vallonia chanted \"el pueblo unido "
                + "jamás será vencido\" as police blocked the road to the parliament, where lawmakers were "
                + "debating a bill that would raise the price of fuel for the second time this year."));
    }

    /** False alarms on real English news, and speed; skips, saying so, without the shared corpus. */
    @Test
    void allSidesEnglishArticlesAreAlmostNeverFlagged() throws IOException {
        Path corpus = SharedData.require("corpora/allsides/articles.jsonl.gz");
        ObjectMapper mapper = new ObjectMapper();
        int articles = 0;
        int flagged = 0;
        long chars = 0;
        long nanos = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && articles < 5000) {
                var record = mapper.readTree(line);
                String text = record.path("title").asText("") + "\n" + record.path("content_original").asText("");
                long start = System.nanoTime();
                String language = LanguageGuess.guess(text);
                nanos += System.nanoTime() - start;
                chars += text.length();
                articles++;
                if (!language.equals("en")) {
                    flagged++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "LanguageGuess on %d AllSides articles (%d chars): %d flagged non-English, "
                + "%.3f ms per article%n", articles, chars, flagged, nanos / 1e6 / articles);
        assertTrue(flagged <= articles / 1000, flagged + " English articles flagged");
    }
}
