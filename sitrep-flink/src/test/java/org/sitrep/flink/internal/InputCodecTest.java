package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

class InputCodecTest {

    @Test
    void aReadableArticleWithItsProblemsComesBackEqual() {
        Input input = new Input.Readable(
                Article.of("Vallonia and Norland", "Talks \"resumed\"\nin Kestria.", LocalDate.of(2026, 3, 1),
                        "Wire", "https://news.example/1", "in/a.jsonl:3"),
                List.of(new Problem(Problem.Kind.BROKEN_ENCODING, "in/a.jsonl:3", "bytes replaced")));
        assertEquals(input, InputCodec.decode(InputCodec.encode(input)));
    }

    @Test
    void anUndatedArticleStaysUndated() {
        Input input = new Input.Readable(Article.of("", "Text only.", null, "", "", "x.txt"), List.of());
        assertEquals(input, InputCodec.decode(InputCodec.encode(input)));
    }

    @Test
    void anUnreadableRecordKeepsItsProblem() {
        Input input = new Input.Unreadable(new Problem(Problem.Kind.MALFORMED_RECORD, "b.jsonl:4", "not JSON"));
        assertEquals(input, InputCodec.decode(InputCodec.encode(input)));
    }
}
