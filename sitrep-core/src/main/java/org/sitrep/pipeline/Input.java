package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/** One item read from a source: an article to code, or a record that could not be read at all. */
public sealed interface Input permits Input.Readable, Input.Unreadable {

    /** Where it came from, such as {@code file.jsonl:12}. */
    String origin();

    /** An article, with any non-fatal problems the reader met (bad date, broken encoding). */
    record Readable(Article article, List<Problem> problems) implements Input {
        public Readable {
            Objects.requireNonNull(article, "article");
            problems = List.copyOf(problems);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** A record that holds no article: its problem says why. */
    record Unreadable(Problem problem) implements Input {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String origin() {
            return problem.origin();
        }
    }
}
