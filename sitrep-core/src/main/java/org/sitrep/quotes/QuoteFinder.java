package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds what an article reports people said, and who said it.
 *
 * <p><em>Direct quotes</em> are words in quotation marks of any style: straight and typographic double and
 * single quotes, guillemets and low-high quotes. A quote may run over paragraphs: by the convention of news
 * writing a paragraph that opens a quote without closing it continues in the next paragraph that opens with a
 * quotation mark. Its speaker is named by a speech verb next to it ({@code "...," she said}, {@code said X},
 * {@code X said: "..."}, {@code X declared the city "secure"}, a headline's {@code X Warns ...: "..."}), or by a
 * colon at the end of the sentence before. Unattributed quotes of three words or fewer are scare quotes and are
 * left out.
 *
 * <p><em>Indirect speech</em>: "X said (that) ...", "..., X said", "X told Reuters ...", "X added ...",
 * "according to X". The speaker is the actor mention that is the verb's subject (from the parse when there is
 * one), stepping back over an apposition ("Gen. Tarik Hamdan, an army spokesman, said") and following "he" or
 * "she" back to the last person named; without a mention, the words naming the speaker ("state television")
 * are kept. Thread-safe.
 */
public final class QuoteFinder {

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "stated", "states", "declared", "declares", "noted", "notes", "warned", "warns", "insisted",
            "insists", "explained", "explains", "stressed", "stresses", "asked", "asks", "announced", "announces",
            "wrote", "writes", "tweeted", "tweets", "argued", "argues", "claimed", "claims", "urged", "urges",
            "vowed", "vows", "promised", "promises", "replied", "replies", "responded", "continued", "recalled",
            "conceded", "acknowledged", "acknowledges", "cautioned", "emphasized", "emphasised", "emphasizes",
            "emphasises", "underlined", "affirmed", "affirms", "reiterated", "reiterates", "remarked", "commented",
            "concluded", "pledged", "pledges", "predicted", "boasted", "complained", "confirmed", "confirms",
            "suggested", "demanded", "demands", "reported", "reports", "quoted", "mused", "shouted", "yelled",
            "insist", "warn", "stress", "claim", "add", "declare", "announce", "confirm", "urge", "vow");
    /** Verbs that introduce reported content ("said that ..."), a narrower list than those a quote can follow. */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "told", "tells", "added",
            "adds", "stated", "states", "claimed", "claims", "insisted", "insists", "warned", "warns", "announced",
            "announces", "noted", "notes", "stressed", "stresses", "argued", "argues", "explained", "explains",
            "confirmed", "confirms", "acknowledged", "acknowledges", "reported", "reports", "wrote", "writes",
            "declared", "declares", "reiterated", "reiterates", "emphasized", "emphasised", "believes", "maintained",
            "maintains", "alleged", "alleges", "predicted", "predicts", "admitted", "admits", "revealed", "reveals");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Words between a speech verb and its content: "said on Monday that", "told reporters in Geneva". */
    private static final Set<String> BRIDGE_WORDS = Set.of("that", "on", "early", "late", "in", "a", "an", "the",
            "statement", "interview", "earlier", "later", "also", "again", "previously", "separately",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tonight", "morning", "evening", "afternoon", "night", "last", "week", "recently", "then", ",");

    /** An opening quotation mark and the marks that may close it. */
    private record Marks(char open, String closers) {
    }

    private static final List<Marks> MARKS = List.of(new Marks('\u201C', "\u201D\""), new Marks('\u201E', "\u201C\u201D"),
            new Marks('\u00AB', "\u00BB"), new Marks('\u2018', "\u2019"), new Marks('"', "\"\u201D"),
            new Marks('\'', "'"));

    /** A stretch in quotation marks; {@code inner} excludes the marks. */
    private record Quoted(Span outer, Span inner, String text) {
    }

    /**
     * The quotes of an article, in text order.
     *
     * @param text      the article text all spans refer to
     * @param sentences its sentences; parses are used where present
     * @param articleMentions its actor mentions, in text order (may be empty)
     */
    public List<Quote> find(String text, List<Sentence> sentences, List<Mention> articleMentions) {
        List<Quoted> quoted = quoted(text);
        Mentions mentions = new Mentions(articleMentions);
        List<Quote> quotes = new ArrayList<>();
        for (Quoted q : quoted) {
            int first = sentenceOf(sentences, q.outer().begin());
            int last = sentenceOf(sentences, Math.max(q.outer().begin(), q.outer().end() - 1));
            if (first < 0 || last < 0) {
                continue;
            }
            Speaker speaker = speakerAfter(text, sentences.get(last), q, mentions, quoted);
            if (speaker == null) {
                speaker = speakerBefore(text, sentences.get(first), q, mentions, quoted);
            }
            if (speaker == null && first > 0) {
                speaker = speakerOfColon(text, sentences.get(first - 1), q, mentions, quoted);
            }
            int words = q.text().split("\\s+").length;
            if (speaker == null && words <= 3) {
                continue;
            }
            quotes.add(speaker == null
                    ? new Quote(first, q.inner(), q.text(), Quote.Kind.DIRECT, null, "", null, null)
                    : new Quote(first, q.inner(), q.text(), Quote.Kind.DIRECT, speaker.span(), speaker.text(),
                    speaker.actor(), speaker.cue()));
        }
        for (Sentence sentence : sentences) {
            Quote indirect = indirect(text, sentence, mentions, quoted);
            if (indirect != null) {
                quotes.add(indirect);
            }
        }
        quotes.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return quotes;
    }

    // ---- Finding quoted stretches ------------------------------------------------------------------------

    private static List<Quoted> quoted(String text) {
        List<Quoted> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Marks marks = opening(text, i);
            if (marks == null) {
                i++;
                continue;
            }
            Quoted q = close(text, i, marks);
            if (q == null) {
                i++;
                continue;
            }
            found.add(q);
            i = q.outer().end();
        }
        return found;
    }

    /** The marks opened at {@code i}, or {@code null} when the character opens no quote there. */
    private static Marks opening(String text, int i) {
        char c = text.charAt(i);
        for (Marks marks : MARKS) {
            if (marks.open() != c) {
                continue;
            }
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            if (c == '\'' || c == '\u2018') {
                // An apostrophe is no quote: a single quote opens only after a non-letter and before a letter.
                return before && after && Character.isLetter(text.charAt(i + 1)) ? marks : null;
            }
            return after || c != '"' ? marks : null;
        }
        return null;
    }

    /**
     * The quote opened at {@code open}: up to its closing mark in the same paragraph; or, when the paragraph ends
     * first and the next one opens with a quotation mark, on into that paragraph.
     */
    private static Quoted close(String text, int open, Marks marks) {
        int i = open + 1;
        StringBuilder words = new StringBuilder();
        int segmentStart = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (marks.closers().indexOf(c) >= 0 && isClosing(text, i, marks)) {
                words.append(text, segmentStart, i);
                String joined = words.toString().strip().replaceAll("\\s+", " ");
                if (joined.isEmpty()) {
                    return null;
                }
                return new Quoted(new Span(open, i + 1), new Span(open + 1, i), joined);
            }
            if (c == '\n' && i + 1 < text.length() && paragraphBreak(text, i)) {
                int next = nextNonBlank(text, i);
                if (next < text.length() && text.charAt(next) == marks.open() && marks.open() != '\'') {
                    words.append(text, segmentStart, i).append(' ');
                    i = next + 1;
                    segmentStart = i;
                    continue;
                }
                return null;
            }
            i++;
        }
        return null;
    }

    private static boolean isClosing(String text, int i, Marks marks) {
        char c = text.charAt(i);
        if (c == '\'' || c == '\u2019') {
            // Not an apostrophe inside a word ("Iran's", "don't").
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            boolean letterBefore = i > 0 && Character.isLetter(text.charAt(i - 1));
            return !(letterBefore && letterAfter) && !(c == '\u2019' && letterAfter);
        }
        return true;
    }

    private static boolean paragraphBreak(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n' || looksLikeParagraphStart(text, j);
    }

    private static boolean looksLikeParagraphStart(String text, int j) {
        // A single newline counts as a paragraph break when the article uses no blank lines at all.
        return !text.contains("\n\n") && j < text.length();
    }

    private static int nextNonBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---- Speakers ----------------------------------------------------------------------------------------

    /** A speaker found: where named, as written, the actor if a mention names it, and the speech verb. */
    private record Speaker(Span span, String text, Actor actor, Span cue) {
    }

    /** {@code "...," X said} or {@code "...," said X}: a speech verb right after the quote. */
    private Speaker speakerAfter(String text, Sentence sentence, Quoted q, Mentions mentions, List<Quoted> quoted) {
        List<Token> tokens = sentence.tokens();
        int t = firstTokenAtOrAfter(sentence, q.outer().end());
        // Skip punctuation closing the quote's sentence: "...," he said.
        int limit = Math.min(tokens.size(), t + 8);
        for (int c = t; c < limit; c++) {
            Token token = tokens.get(c);
            if (insideAny(token.span(), quoted)) {
                break;
            }
            String word = token.word().toLowerCase(Locale.ROOT);
            if (word.equals(".") || word.equals(";") || word.equals("!") || word.equals("?")) {
                break;
            }
            if (SPEECH_VERBS.contains(word)) {
                Speaker subject = subjectOf(text, sentence, c, mentions, q.outer().end());
                if (subject != null) {
                    return subject;
                }
                Speaker inverted = speakerAfterVerb(text, sentence, c, mentions);
                if (inverted != null) {
                    return inverted;
                }
            }
        }
        return null;
    }

    /** {@code X said: "..."}, {@code X declared the city "secure"}: a speech verb before the quote, same sentence. */
    private Speaker speakerBefore(String text, Sentence sentence, Quoted q, Mentions mentions, List<Quoted> quoted) {
        List<Token> tokens = sentence.tokens();
        int t = lastTokenBefore(sentence, q.outer().begin());
        for (int c = t; c >= 0; c--) {
            Token token = tokens.get(c);
            if (insideAny(token.span(), quoted)) {
                break;
            }
            String word = token.word().toLowerCase(Locale.ROOT);
            if (word.equals(";")) {
                break;
            }
            if (SPEECH_VERBS.contains(word)) {
                Speaker subject = subjectOf(text, sentence, c, mentions, sentence.span().begin());
                if (subject != null) {
                    return subject;
                }
                return null;
            }
        }
        return null;
    }

    /** "X said:" ending the sentence before a quote that fills its own paragraph. */
    private Speaker speakerOfColon(String text, Sentence previous, Quoted q, Mentions mentions, List<Quoted> quoted) {
        List<Token> tokens = previous.tokens();
        if (tokens.size() < 2 || !tokens.get(tokens.size() - 1).word().equals(":")) {
            return null;
        }
        for (int c = tokens.size() - 2; c >= 0; c--) {
            if (SPEECH_VERBS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                return subjectOf(text, previous, c, mentions, previous.span().begin());
            }
        }
        return null;
    }

    /**
     * The subject of the speech verb at token {@code cue}: from the parse when there is one, else the actor
     * mention right before it (stepping back over an apposition), a pronoun's last person, or the words before
     * the verb back to a comma or the start.
     *
     * @param floor no speaker starts before this offset (the end of the quote, for a verb after it)
     */
    private Speaker subjectOf(String text, Sentence sentence, int cue, Mentions mentions, int floor) {
        List<Token> tokens = sentence.tokens();
        Span cueSpan = tokens.get(cue).span();
        List<Mention> inSentence = mentions.inSentence(sentence.index());
        if (sentence.parsed() && !sentence.dependencies().isEmpty()) {
            DependencyTree tree = new DependencyTree(sentence);
            int subject = tree.firstChild(cue, "nsubj");
            if (subject >= 0 && tokens.get(subject).span().begin() >= floor) {
                Mention covering = covering(inSentence, subject);
                if (covering != null) {
                    return speaker(text, covering, cueSpan);
                }
                if (PRONOUNS.contains(tokens.get(subject).word().toLowerCase(Locale.ROOT))) {
                    return pronoun(text, tokens.get(subject), mentions, sentence, cueSpan);
                }
            }
        }
        int before = cue - 1;
        if (before < 0 || tokens.get(before).span().begin() < floor) {
            return null;
        }
        String previous = tokens.get(before).word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(previous)) {
            return pronoun(text, tokens.get(before), mentions, sentence, cueSpan);
        }
        // Skip an adverb between subject and verb: "X also said", "X later added".
        int end = before;
        if (end > 0 && (tokens.get(end).word().toLowerCase(Locale.ROOT).endsWith("ly")
                || Set.of("also", "later", "then", "again", "earlier").contains(previous))) {
            end--;
        }
        Mention mention = mentionEndingAt(inSentence, end);
        if (mention != null && mention.span().begin() >= floor) {
            return speaker(text, stepBackOverApposition(sentence, inSentence, mention), cueSpan);
        }
        // ", an army spokesman, said": the apposition ends in a comma before the verb.
        if (tokens.get(end).word().equals(",")) {
            Mention apposition = mentionEndingAt(inSentence, end - 1);
            if (apposition != null && apposition.span().begin() >= floor) {
                return speaker(text, stepBackOverApposition(sentence, inSentence, apposition), cueSpan);
            }
        }
        int start = end;
        while (start - 1 >= 0 && end - start < 5 && isNounPhraseWord(tokens.get(start - 1))
                && tokens.get(start - 1).span().begin() >= floor) {
            start--;
        }
        if (!isNounPhraseWord(tokens.get(end)) || tokens.get(start).span().begin() < floor) {
            return null;
        }
        Span span = sentence.tokenSpan(start, end);
        return new Speaker(span, span.of(text), null, cueSpan);
    }

    /** {@code said X}: a mention right after the verb, maybe after "the". */
    private Speaker speakerAfterVerb(String text, Sentence sentence, int cue, Mentions mentions) {
        List<Token> tokens = sentence.tokens();
        int start = cue + 1;
        if (start < tokens.size() && DETERMINERS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
            start++;
        }
        for (Mention mention : mentions.inSentence(sentence.index())) {
            if (mention.firstToken() == cue + 1 || mention.firstToken() == start) {
                return speaker(text, mention, tokens.get(cue).span());
            }
        }
        int end = start;
        while (end < tokens.size() && end - start < 5 && isNounPhraseWord(tokens.get(end))) {
            end++;
        }
        if (end == start) {
            return null;
        }
        Span span = sentence.tokenSpan(start, end - 1);
        return new Speaker(span, span.of(text), null, tokens.get(cue).span());
    }

    /** "Gen. Tarik Hamdan, an army spokesman," : the name the apposition describes is the speaker. */
    private static Mention stepBackOverApposition(Sentence sentence, List<Mention> inSentence, Mention mention) {
        List<Token> tokens = sentence.tokens();
        int before = mention.firstToken() - 1;
        while (before >= 0 && DETERMINERS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            before--;
        }
        if (before >= 1 && tokens.get(before).word().equals(",")) {
            Mention head = mentionEndingAt(inSentence, before - 1);
            if (head != null) {
                return head;
            }
        }
        return mention;
    }

    /** "he said": the last person or unnamed proper name mentioned before. */
    private Speaker pronoun(String text, Token pronoun, Mentions mentions, Sentence sentence, Span cue) {
        Mention referent = mentions.lastReferentBefore(pronoun.span().begin());
        if (referent == null) {
            return new Speaker(pronoun.span(), pronoun.span().of(text), null, cue);
        }
        return new Speaker(pronoun.span(), referent.span().of(text), referent.actor(), cue);
    }

    /** The mention as speaker, without punctuation a tokenizer left at its edges (", Hamdan"). */
    private static Speaker speaker(String text, Mention mention, Span cue) {
        int begin = mention.span().begin();
        int end = mention.span().end();
        while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
            end--;
        }
        Span span = begin < end ? new Span(begin, end) : mention.span();
        return new Speaker(span, span.of(text), mention.actor(), cue);
    }

    private static boolean isNounPhraseWord(Token token) {
        String word = token.word();
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (!token.tag().isEmpty()) {
            return token.tag().startsWith("NN") || token.tag().equals("DT") || token.tag().equals("JJ")
                    || token.tag().equals("POS");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !SPEECH_VERBS.contains(lower) && !lower.endsWith("ed") && !Set.of("and", "or", "but", "that", "which",
                "who", "as", "while", "is", "was", "were", "are", "has", "had", "have", "will", "would", "to", "of",
                "in", "on", "at", "for", "with", "by", "from", "it", "this").contains(lower);
    }

    // ---- Indirect speech ---------------------------------------------------------------------------------

    private Quote indirect(String text, Sentence sentence, Mentions mentions, List<Quoted> quoted) {
        List<Token> tokens = sentence.tokens();
        for (int c = 0; c < tokens.size(); c++) {
            Token token = tokens.get(c);
            if (insideAny(token.span(), quoted)) {
                continue;
            }
            String word = token.word().toLowerCase(Locale.ROOT);
            if (word.equals("according") && c + 1 < tokens.size() && tokens.get(c + 1).word().equalsIgnoreCase("to")) {
                Quote according = according(text, sentence, c, mentions, quoted);
                if (according != null) {
                    return according;
                }
                continue;
            }
            if (!REPORTING_VERBS.contains(word)) {
                continue;
            }
            // "X said (that) CONTENT"
            int contentStart = c + 1;
            if (word.equals("told") || word.equals("tells")) {
                while (contentStart < tokens.size() && contentStart - c <= 4
                        && !tokens.get(contentStart).word().equalsIgnoreCase("that")
                        && isNounPhraseWord(tokens.get(contentStart))) {
                    contentStart++;
                }
            }
            while (contentStart < tokens.size() && BRIDGE_WORDS.contains(tokens.get(contentStart).word().toLowerCase(Locale.ROOT))
                    && !startsClause(tokens, contentStart)) {
                contentStart++;
            }
            int contentEnd = lastWordToken(tokens);
            if (contentEnd - contentStart >= 2 && !anyInside(tokens, contentStart, contentEnd, quoted)
                    && Character.isLetter(tokens.get(contentStart).word().charAt(0))) {
                Speaker speaker = subjectOf(text, sentence, c, mentions, sentence.span().begin());
                if (speaker != null) {
                    Span span = sentence.tokenSpan(contentStart, contentEnd);
                    return new Quote(sentence.index(), span, span.of(text), Quote.Kind.INDIRECT, speaker.span(),
                            speaker.text(), speaker.actor(), token.span());
                }
            }
            // "CONTENT, X said."
            if (c >= 3 && lastWordToken(tokens) - c <= 4) {
                int comma = -1;
                for (int t = c - 1; t > 0; t--) {
                    if (tokens.get(t).word().equals(",")) {
                        comma = t;
                        break;
                    }
                }
                if (comma >= 3 && !anyInside(tokens, 0, comma - 1, quoted)) {
                    Speaker speaker = subjectOf(text, sentence, c, mentions, tokens.get(comma).span().end());
                    if (speaker == null) {
                        speaker = speakerAfterVerb(text, sentence, c, mentions);
                    }
                    if (speaker != null) {
                        Span span = sentence.tokenSpan(0, comma - 1);
                        return new Quote(sentence.index(), span, span.of(text), Quote.Kind.INDIRECT, speaker.span(),
                                speaker.text(), speaker.actor(), token.span());
                    }
                }
            }
        }
        return null;
    }

    /** "..., according to X." and "According to X, ...". */
    private Quote according(String text, Sentence sentence, int cue, Mentions mentions, List<Quoted> quoted) {
        List<Token> tokens = sentence.tokens();
        int start = cue + 2;
        if (start >= tokens.size()) {
            return null;
        }
        int end = start;
        while (end + 1 < tokens.size() && !tokens.get(end + 1).word().equals(",") && !isEndPunctuation(tokens.get(end + 1))) {
            end++;
        }
        Span cueSpan = sentence.tokenSpan(cue, cue + 1);
        Mention named = null;
        for (Mention mention : mentions.inSentence(sentence.index())) {
            if (mention.firstToken() >= start && mention.lastToken() <= end) {
                named = mention;
                break;
            }
        }
        Span speakerSpan = named != null ? named.span() : sentence.tokenSpan(start, end);
        Actor actor = named != null ? named.actor() : null;
        int contentStart;
        int contentEnd;
        if (cue >= 2 && tokens.get(cue - 1).word().equals(",")) {
            contentStart = 0;
            contentEnd = cue - 2;
        } else if (cue == 0 && end + 2 < tokens.size()) {
            contentStart = end + 2;
            contentEnd = lastWordToken(tokens);
        } else {
            return null;
        }
        if (contentEnd - contentStart < 2 || anyInside(tokens, contentStart, contentEnd, quoted)) {
            return null;
        }
        Span span = sentence.tokenSpan(contentStart, contentEnd);
        return new Quote(sentence.index(), span, span.of(text), Quote.Kind.INDIRECT, speakerSpan,
                speakerSpan.of(text), actor, cueSpan);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private static boolean startsClause(List<Token> tokens, int t) {
        // "said the talks failed": "the" opens the content, not a bridge, when a verb follows soon after.
        String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
        if (!DETERMINERS.contains(word)) {
            return false;
        }
        for (int i = t + 1; i < Math.min(tokens.size(), t + 6); i++) {
            String next = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (next.equals("statement") || next.equals("interview")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEndPunctuation(Token token) {
        return token.word().equals(".") || token.word().equals("!") || token.word().equals("?");
    }

    private static int lastWordToken(List<Token> tokens) {
        int last = tokens.size() - 1;
        while (last > 0 && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) {
            last--;
        }
        return last;
    }

    /** Quoted stretches come in text order without overlap: only the last one starting before can hold it. */
    private static boolean insideAny(Span span, List<Quoted> quoted) {
        int low = 0;
        int high = quoted.size() - 1;
        int last = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (quoted.get(middle).outer().begin() <= span.begin()) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        // An empty span at the boundary of two stretches lies in both; step back over such neighbours.
        for (int q = last; q >= 0 && quoted.get(q).outer().end() >= span.begin(); q--) {
            if (quoted.get(q).outer().contains(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyInside(List<Token> tokens, int first, int last, List<Quoted> quoted) {
        for (int t = Math.max(0, first); t <= last && t < tokens.size(); t++) {
            if (insideAny(tokens.get(t).span(), quoted)) {
                return true;
            }
        }
        return false;
    }

    private static Mention mentionEndingAt(List<Mention> mentions, int token) {
        for (Mention mention : mentions) {
            if (mention.lastToken() == token) {
                return mention;
            }
        }
        return null;
    }

    private static Mention covering(List<Mention> mentions, int token) {
        for (Mention mention : mentions) {
            if (mention.covers(token)) {
                return mention;
            }
        }
        return null;
    }

    /** Sentences come in text order: a binary search finds the one holding the offset. */
    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (offset < sentence.span().begin()) {
                high = middle - 1;
            } else if (offset >= sentence.span().end()) {
                low = middle + 1;
            } else {
                return sentence.index();
            }
        }
        // Not found where text order puts it: look at every sentence, as for sentences out of order.
        for (Sentence sentence : sentences) {
            if (sentence.span().begin() <= offset && offset < sentence.span().end()) {
                return sentence.index();
            }
        }
        return -1;
    }

    private static int firstTokenAtOrAfter(Sentence sentence, int offset) {
        for (Token token : sentence.tokens()) {
            if (token.span().begin() >= offset) {
                return token.index();
            }
        }
        return sentence.tokens().size();
    }

    private static int lastTokenBefore(Sentence sentence, int offset) {
        int found = -1;
        for (Token token : sentence.tokens()) {
            if (token.span().end() <= offset) {
                found = token.index();
            }
        }
        return found;
    }

    /**
     * An article's mentions, indexed once per article: by sentence, and, for pronouns, the last possible
     * referent before each mention. Asking the whole list for every speech verb and pronoun made articles of
     * thousands of sentences quadratic.
     */
    private static final class Mentions {
        private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
        /** The largest begin among the first i + 1 mentions: where the search for "mentions before" stops. */
        private final int[] beginsSoFar;
        /** The last person or unnamed name among the first i + 1 mentions, or null. */
        private final Mention[] referentSoFar;

        Mentions(List<Mention> mentions) {
            beginsSoFar = new int[mentions.size()];
            referentSoFar = new Mention[mentions.size()];
            int maxBegin = Integer.MIN_VALUE;
            Mention referent = null;
            for (int i = 0; i < mentions.size(); i++) {
                Mention mention = mentions.get(i);
                bySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
                maxBegin = Math.max(maxBegin, mention.span().begin());
                beginsSoFar[i] = maxBegin;
                String entry = mention.actor().entry();
                if (entry.contains("person:") || !mention.actor().isKnown() || entry.contains("appos:")
                        || entry.contains("surname")) {
                    referent = mention;
                }
                referentSoFar[i] = referent;
            }
        }

        /** The sentence's mentions, in the order given. */
        List<Mention> inSentence(int sentence) {
            return bySentence.getOrDefault(sentence, List.of());
        }

        /**
         * The last person or unnamed proper name among the mentions before the first one that begins at or
         * after {@code offset}.
         */
        Mention lastReferentBefore(int offset) {
            int low = 0;
            int high = beginsSoFar.length - 1;
            int stop = beginsSoFar.length;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (beginsSoFar[middle] >= offset) {
                    stop = middle;
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
            return stop == 0 ? null : referentSoFar[stop - 1];
        }
    }
}
