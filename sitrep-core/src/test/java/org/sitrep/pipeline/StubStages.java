package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Minimal stages for testing the pipeline's plumbing: one sentence per line, one token per word, every
 * capitalised word an actor, and one event per sentence with two actors. A body containing "EXPLODE" makes
 * the parser fail as a broken model would.
 */
final class StubStages {

    private StubStages() {
    }

    static final ActorSpotter SPOTTER = new ActorSpotter() {
        @Override
        public boolean mayNameActor(Sentence sentence) {
            return true;
        }

        @Override
        public boolean needsParse(Sentence tagged) {
            return false;
        }
    };
    static final ActorResolver RESOLVER = (parsed, date) -> {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            for (Token token : sentence.tokens()) {
                if (Character.isUpperCase(token.word().charAt(0))) {
                    mentions.add(new Mention(sentence.index(), token.index(), token.index(), token.span(),
                            new Actor((token.word() + "XXX").toUpperCase(java.util.Locale.ROOT).substring(0, 3), token.word(), "stub")));
                }
            }
        }
        return new Resolved(parsed, mentions);
    };
    static final EventCoder CODER = new EventCoder() {
      @Override
      public boolean mayTrigger(Sentence tagged) {
        return true;
      }

      @Override
      public List<Event> code(Resolved resolved, String articleId, List<org.sitrep.model.Problem> problems) {
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : resolved.parsed().sentences()) {
            List<Mention> mentions = resolved.mentionsIn(sentence.index());
            if (mentions.size() >= 2) {
                Mention source = mentions.get(0);
                Mention target = mentions.get(1);
                Span evidence = source.span().union(target.span());
                events.add(new Event(Event.idOf(articleId, sentence.index(), "190", source.actor().code(),
                        target.actor().code(), evidence), articleId, sentence.index(), source.actor(),
                        target.actor(), "190", -10, 4, source.span(), target.span(), evidence, source.span(),
                        "stub"));
            }
        }
        return events;
      }
    };

    static Pipeline pipeline(int maxChars) {
        return pipeline(maxChars, Situator.NONE);
    }

    static Pipeline pipeline(int maxChars, Situator situator) {
        Segmenter segmenter = text -> {
            List<Sentence> sentences = new ArrayList<>();
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                List<Token> tokens = new ArrayList<>();
                int position = lineStart;
                for (String word : line.split(" ")) {
                    if (!word.isEmpty()) {
                        tokens.add(Token.unparsed(tokens.size(), word, new Span(position, position + word.length())));
                    }
                    position += word.length() + 1;
                }
                if (!tokens.isEmpty()) {
                    sentences.add(Sentence.unparsed(sentences.size(),
                            new Span(lineStart, lineStart + line.length()), tokens));
                }
                lineStart += line.length() + 1;
            }
            return new Segmented(text, sentences);
        };
        Parser parser = (segmented, worthTagging, worthParsing) -> {
            if (segmented.text().contains("EXPLODE")) {
                throw new EnvironmentException("model file vanished");
            }
            return new Parsed(segmented.text(), segmented.sentences());
        };
        return new Pipeline(segmenter, SPOTTER, parser, RESOLVER, CODER, situator, maxChars);
    }
}
