package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Resolved;

/**
 * What the coder saw and decided, sentence by sentence, as plain text for people: the tokens with their tags,
 * lemmas and dependency arcs, the actor mentions with their codes and dictionary entries, every pattern tried
 * at each trigger with its outcome, and the events. This is what {@code sitrep explain} prints.
 */
public final class Explanation {

    private Explanation() {
    }

    /** Explains every sentence of {@code resolved}, which should have been parsed in full. */
    public static String of(Resolved resolved, ExplainableCoder coder, CameoTable table, String articleId) {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(table, "table");
        StringBuilder out = new StringBuilder();
        String text = resolved.parsed().text();
        for (Sentence sentence : resolved.parsed().sentences()) {
            if (sentence.index() > 0) {
                out.append('\n');
            }
            out.append("sentence ").append(sentence.index()).append(": ").append(sentence.span().of(text)).append('\n');
            List<Mention> mentions = resolved.mentionsIn(sentence.index());
            if (!sentence.parsed()) {
                out.append("  not parsed (too long for the parser); nothing is coded from it\n");
                continue;
            }
            DependencyTree tree = new DependencyTree(sentence);
            out.append("parse:\n");
            for (Token token : sentence.tokens()) {
                int head = tree.parent(token.index());
                out.append(String.format(Locale.ROOT, "  %3d %-18s %-5s %-16s %s%n", token.index(), token.word(),
                        token.tag(), token.lemma(), tree.relation(token.index()) + " <- "
                                + (head < 0 ? "ROOT" : head + " " + tree.token(head).word())));
            }
            out.append("actors:\n");
            if (mentions.isEmpty()) {
                out.append("  none\n");
            }
            for (Mention mention : mentions) {
                out.append("  ").append('"').append(mention.span().of(text)).append('"')
                        .append(" tokens ").append(mention.firstToken()).append('-').append(mention.lastToken())
                        .append(": ").append(mention.actor().isKnown() ? mention.actor().code() : "unknown")
                        .append(mention.actor().entry().isEmpty() ? "" : " (" + mention.actor().entry() + ")")
                        .append('\n');
            }
            List<String> trace = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            List<Event> events = coder.codeSentence(tree, mentions, articleId, problems, trace);
            out.append("patterns:\n");
            if (trace.isEmpty()) {
                out.append("  no word of this sentence triggers a pattern\n");
            }
            trace.forEach(line -> out.append("  ").append(line).append('\n'));
            out.append("events:\n");
            if (events.isEmpty()) {
                out.append("  none\n");
            }
            for (Event event : events) {
                out.append("  ").append(describe(event, text, table)).append('\n');
            }
            for (Problem problem : problems) {
                out.append("  problem ").append(problem.kind()).append(": ").append(problem.message()).append('\n');
            }
        }
        return out.toString();
    }

    private static String describe(Event event, String text, CameoTable table) {
        StringBuilder line = new StringBuilder();
        line.append(event.source().code()).append(' ').append(event.cameoCode()).append(' ')
                .append(event.target() == null ? "-" : event.target().isKnown() ? event.target().code() : "?");
        table.find(event.cameoCode()).ifPresent(code -> {
            line.append("  ").append(code.description());
            if (code.hasPlover()) {
                line.append("; PLOVER ").append(code.ploverEvent());
                if (!code.ploverMode().isEmpty()) {
                    line.append(" mode ").append(code.ploverMode());
                }
                if (!code.ploverContexts().isEmpty()) {
                    line.append(" context ").append(String.join(", ", code.ploverContexts()));
                }
            }
        });
        line.append("\n    rule ").append(event.rule()).append(", trigger \"").append(event.trigger().of(text))
                .append("\", source \"").append(event.sourceSpan().of(text)).append('"');
        if (event.targetSpan() != null) {
            line.append(", target \"").append(event.targetSpan().of(text)).append('"');
        }
        line.append(", evidence \"").append(event.evidence().of(text)).append('"');
        return line.toString();
    }
}
