package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.internal.Clauses;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

/**
 * Finds and dates the time expressions of an article, in text order. Expressions count from the publication
 * date; "two hours later" and "the next day" count from the last day-precise date before them, or the
 * publication date when there is none. Without a publication date only expressions that carry their year are
 * dated. Does not use CoreNLP's SUTime, which resolves bare weekdays without regard to tense. Thread-safe.
 */
public final class TimeResolver {

    private final TimeExpressionFinder finder = new TimeExpressionFinder();
    private final DateResolver resolver = new DateResolver();

    public List<DatedExpression> resolve(String text, List<Sentence> sentences, LocalDate published) {
        List<DatedExpression> dated = new ArrayList<>();
        LocalDate anchor = published;
        for (Sentence sentence : sentences) {
            for (TimeExpression expression : finder.find(text, sentence)) {
                Tense tense = Tenses.of(sentence, Clauses.tokenAt(sentence, expression.span().end() - 1));
                DateResolver.Resolved resolved;
                if (published == null) {
                    if (!carriesYear(expression)) {
                        continue;
                    }
                    resolved = resolver.resolve(expression, LocalDate.of(expression.year(), 1, 1),
                            LocalDate.of(expression.year(), 1, 1), tense);
                } else {
                    resolved = resolver.resolve(expression, published, anchor, tense);
                }
                if (resolved == null) {
                    continue;
                }
                dated.add(new DatedExpression(expression, tense, resolved.date(), resolved.precision()));
                if (resolved.precision() == EventDate.Precision.DAY) {
                    anchor = resolved.date();
                }
            }
        }
        return dated;
    }

    private static boolean carriesYear(TimeExpression expression) {
        return switch (expression.kind()) {
            case DATE, MONTH_YEAR, YEAR -> true;
            default -> false;
        };
    }
}
