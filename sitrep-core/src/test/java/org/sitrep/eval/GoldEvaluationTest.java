package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.GoldScoreTest.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.ActorSpotter;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Segmented;

/**
 * The evaluation's use of the pipeline, with stub stages: the whole text is one sentence; Norland and Vallonia
 * are known actors, other capitalised words unknown ones; the first actor arrests the second, if any.
 */
class GoldEvaluationTest {

    private static final Map<String, String> KNOWN = Map.of("Norland", "NOR", "Vallonia", "VAL");

    /** What the resolver was handed: the text and the date of each article. */
    private final List<String> seen = new ArrayList<>();

    private Pipeline pipeline() {
        ActorSpotter spotter = new ActorSpotter() {
            @Override
            public boolean mayNameActor(Sentence sentence) {
                return true;
            }

            @Override
            public boolean needsParse(Sentence tagged) {
                return false;
            }
        };
        return new Pipeline(text -> {
            List<Token> tokens = new ArrayList<>();
            int position = 0;
            for (String word : text.split(" ")) {
                tokens.add(Token.unparsed(tokens.size(), word, new Span(position, position + word.length())));
                position += word.length() + 1;
            }
            return new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), tokens)));
        }, spotter, (segmented, tag, parse) -> new Parsed(segmented.text(), segmented.sentences()), (parsed, date) -> {
            seen.add(parsed.text() + " @" + date);
            List<Mention> mentions = new ArrayList<>();
            for (Token token : parsed.sentences().get(0).tokens()) {
                String word = token.word().replaceAll("\\W", "");
                boolean unknownName = token.index() > 0 && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
                if (KNOWN.containsKey(word) || unknownName) {
                    Actor actor = KNOWN.containsKey(word) ? new Actor(KNOWN.get(word), word, "stub")
                            : Actor.unknown(word);
                    mentions.add(new Mention(0, token.index(), token.index(), token.span(), actor));
                }
            }
            return new org.sitrep.pipeline.Resolved(parsed, mentions);
        }, (resolved, articleId, problems) -> {
            List<Mention> mentions = resolved.mentions();
            if (mentions.isEmpty()) {
                return List.of();
            }
            Mention source = mentions.get(0);
            Mention target = mentions.size() > 1 ? mentions.get(1) : null;
            Span evidence = target == null ? source.span() : source.span().union(target.span());
            return List.of(new Event(Event.idOf(articleId, 0, "173", source.actor().code(),
                    target == null ? "" : target.actor().code(), evidence), articleId, 0, source.actor(),
                    target == null ? null : target.actor(), "173", -5, 4, source.span(),
                    target == null ? null : target.span(), evidence, source.span(), "stub"));
        });
    }

    private static GoldSentence sentence(String id, String text, LocalDate date) {
        return new GoldSentence(id, "dev", text, date, List.of(event("NOR", "173", "VAL")));
    }

    @Test
    void codesEachSentenceAloneWithItsOwnDate() {
        GoldEvaluation evaluation = new GoldEvaluation(pipeline());
        evaluation.code(sentence("s1", "Norland arrested Vallonia traders.", LocalDate.of(2024, 1, 5)));
        evaluation.code(sentence("s2", "Norland waved.", null));
        assertEquals(List.of("Norland arrested Vallonia traders. @2024-01-05", "Norland waved. @null"), seen);
    }

    @Test
    void producedEventsBecomeTriplesWithEmptyCodesForUnknownOrMissingActors() {
        GoldEvaluation evaluation = new GoldEvaluation(pipeline());
        assertEquals(List.of(event("NOR", "173", "VAL")),
                evaluation.code(sentence("s1", "Norland arrested Vallonia traders.", null)));
        assertEquals(List.of(event("NOR", "173", "")),
                evaluation.code(sentence("s2", "Norland arrested Ostmark traders.", null)));
        assertEquals(List.of(event("NOR", "173", "")), evaluation.code(sentence("s3", "Norland waved.", null)));
    }

    @Test
    void runScoresEverySentenceAndReportsProgress() {
        List<Long> progress = new ArrayList<>();
        GoldFile.Contents contents = new GoldFile.Contents(List.of(
                sentence("s1", "Norland arrested Vallonia traders.", null), sentence("s2", "Norland waved.", null)),
                List.of(new GoldFile.LineError("gold.jsonl", 3, "s3", "broken")));
        GoldScore score = new GoldEvaluation(pipeline()).run(contents, (read, events, problems) -> progress.add(read));
        assertEquals(List.of(1L, 2L), progress);
        // s1 exactly right; s2 has the root but not the target
        assertEquals(new GoldScore.Count(2, 2, 2, 2), score.level(GoldLevel.ROOT));
        assertEquals(new GoldScore.Count(2, 1, 2, 1), score.level(GoldLevel.TRIPLE));
        assertEquals(1, score.unreadable());
    }
}
