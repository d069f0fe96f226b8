package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path folder;

    @Test
    void showsParseActorsPatternsAndEvents() {
        Cli.Result result = Cli.run("explain", "--date", "2018-05-21",
                "Russian troops captured the Syrian town of Douma.");
        assertEquals(0, result.status(), result.toString());
        String out = result.out();
        assertTrue(out.contains("sentence 0: Russian troops captured the Syrian town of Douma."), out);
        assertTrue(out.matches("(?s).*\\n\\s+2 captured\\s+VBD\\s+capture\\s+root <- ROOT\\n.*"), out);
        assertTrue(out.contains("\"Russian troops\" tokens 0-1: RUSMIL"), out);
        assertTrue(out.contains("'captured' capture."), out);
        assertTrue(out.contains(": fired: 1 event(s)"), out);
        assertTrue(out.contains("RUSMIL 192 SYR"), out);
        assertTrue(out.contains("PLOVER "), out);
    }

    @Test
    void saysWhyAPatternDidNotFire() {
        Cli.Result result = Cli.run("explain", "--date", "2018-05-21", "Russia did not attack Ukraine.");
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("not coded: negated"), result.toString());
        assertTrue(result.out().contains("events:\n  none"), result.toString());
    }

    /**
     * Sentences with what news text throws at the parser: a headline without a verb, a quote glued to a word,
     * a long sentence with parentheses and numbers, a question, a date-only line. Each must be explained.
     */
    @Test
    void explainsEveryKindOfSentenceOfANewsArticle() {
        List<String> sentences = List.of(
                "Turkey Calls Syria Presence Illegal: \"Nobody Will Push Us Out\"",
                "All'foreign troops to quit Lebanon Erdogan tells Aoun",
                "Lebanese state media denied a truce was agreed to move the fighters.",
                "Three days later, the radio said soldiers seized the militants' former base of Ain Qara and showed "
                        + "pictures of soldiers raising the national flag over the ruined quarter.",
                "Col. Omar Haddad, a Lebanese army spokesman, declared Beirut and its suburbs \"fully safe\" on Friday.",
                "A short truce (the third since May) had held since Tuesday evening in Ain Qara to let 1,200 women, "
                        + "children and elderly people leave, the agency said late on Friday.",
                "Would Iran send more advisers to Iraq?",
                "Monday, 4 March 2019");
        for (String sentence : sentences) {
            Cli.Result result = Cli.run("explain", "--date", "2019-03-04", sentence);
            assertEquals(0, result.status(), sentence + "\n" + result);
            assertTrue(result.out().contains("parse:\n"), result.toString());
            assertTrue(result.out().contains("actors:\n"), result.toString());
            assertTrue(result.out().contains("patterns:\n"), result.toString());
            assertTrue(result.out().contains("events:\n"), result.toString());
        }
        Cli.Result headline = Cli.run("explain", "--date", "2019-03-04", sentences.get(1));
        assertTrue(headline.out().contains("TURGOV 106 "),
                headline.toString());
    }

    @Test
    void explainsWithPetrarchDictionaries() throws IOException {
        Path dictionaries = EvalPetrarchCommandTest.dictionaries(folder);
        Cli.Result result = Cli.run("explain", "--date", "2012-03-01", "--dictionaries", dictionaries.toString(),
                "Valdoria shipped barley to Nur.");
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("SHIP pattern '- * &GRAINS TO +  [0233]'"), result.toString());
        assertTrue(result.out().contains("VAL 0233 NUR"), result.toString());
    }

    @Test
    void anEmptySentenceIsBadUsage() {
        Cli.Result result = Cli.run("explain", " ");
        assertEquals(2, result.status(), result.toString());
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
