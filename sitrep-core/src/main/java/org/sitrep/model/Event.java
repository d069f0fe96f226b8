package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One coded event: who did what to whom, with the evidence.
 *
 * @param id          stable id derived from the article, sentence, code, actors and evidence
 * @param articleId   the article it was coded from
 * @param sentence    index of the sentence
 * @param source      who acts; when the text names no one who acted ("ten soldiers were killed", "a bomb blast
 *                    killed six") an actor with empty code, name and entry, as GDELT leaves Actor1 blank
 * @param target      who is acted upon, or {@code null} when the sentence names no one
 * @param cameoCode   CAMEO event code, such as {@code 0874}
 * @param goldstein   Goldstein score of the code (GDELT 2.0 table)
 * @param quadClass   GDELT 2.0 QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                    4 material conflict
 * @param sourceSpan  where the source is named; the trigger when no source is named
 * @param targetSpan  where the target is named, or {@code null} with the target
 * @param evidence    the smallest span covering trigger and actors: what a reader should look at
 * @param trigger     the word or phrase that matched the pattern
 * @param rule        id of the lexicon entry that fired
 * @param location    where it happened, or {@code null} when not known (no gazetteer, or no place named)
 * @param date        when it happened, or {@code null} when not known (no article date and none in the text)
 */
public record Event(String id, String articleId, int sentence, Actor source, Actor target, String cameoCode,
                    double goldstein, int quadClass, Span sourceSpan, Span targetSpan, Span evidence,
                    Span trigger, String rule, Location location, EventDate date) {

    /** An event as the coder makes it, before its place and date are known. */
    public Event(String id, String articleId, int sentence, Actor source, Actor target, String cameoCode,
                 double goldstein, int quadClass, Span sourceSpan, Span targetSpan, Span evidence, Span trigger,
                 String rule) {
        this(id, articleId, sentence, source, target, cameoCode, goldstein, quadClass, sourceSpan, targetSpan,
                evidence, trigger, rule, null, null);
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameoCode, "cameoCode");
        Objects.requireNonNull(sourceSpan, "sourceSpan");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
        if ((target == null) != (targetSpan == null)) {
            throw new IllegalArgumentException("target and targetSpan must be both present or both absent");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
        }
        if (!cameoCode.matches("[0-2][0-9]{1,3}")) {
            throw new IllegalArgumentException("not a CAMEO code: " + cameoCode);
        }
        if (!evidence.contains(trigger) || !evidence.contains(sourceSpan)
                || (targetSpan != null && !evidence.contains(targetSpan))) {
            throw new IllegalArgumentException("evidence " + evidence + " must cover trigger and actors");
        }
    }

    /** The same event with its place and date. */
    public Event withLocationAndDate(Location newLocation, EventDate newDate) {
        return new Event(id, articleId, sentence, source, target, cameoCode, goldstein, quadClass, sourceSpan,
                targetSpan, evidence, trigger, rule, newLocation, newDate);
    }

    /** The two-digit root of the code: {@code 19} for {@code 193}. */
    public String rootCode() {
        return cameoCode.substring(0, 2);
    }

    /** The three-digit base code ({@code 087} for {@code 0874}), as in GDELT's EventBaseCode. */
    public String baseCode() {
        return cameoCode.length() > 3 ? cameoCode.substring(0, 3) : cameoCode;
    }

    /** A stable id: the same inputs give the same id across runs and machines. */
    public static String idOf(String articleId, int sentence, String cameoCode, String sourceCode,
                              String targetCode, Span evidence) {
        String key = String.join("|", articleId, Integer.toString(sentence), cameoCode, sourceCode,
                targetCode, Integer.toString(evidence.begin()), Integer.toString(evidence.end()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
