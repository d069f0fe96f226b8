package org.sitrep.app.internal;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --date} option of every command that reads text, declared once so that it means the same
 * everywhere: the article's publication date, used only where the source gives none. There is no default
 * (such as today): without it, undated text stays undated.
 */
public final class PublishedOption {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = LocalDateConverter.class,
            description = "Publication date of text whose source gives none (plain text, standard input, records "
                    + "without a date). It decides the roles of people whose offices are dated (without it, their "
                    + "latest role) and the days of relative dates such as 'on Tuesday'.")
    private LocalDate date;

    /** The date the user gave, or {@code null}. */
    public LocalDate date() {
        return date;
    }
}
