package org.sitrep.flink.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * An article's merge inputs as JSON: the article without its body (the merger does not read it, as the store's
 * merge rebuild does not), its events of one partition, and each event's evidence text. Records go through
 * their components (fields and canonical constructors), so decoding validates them again.
 */
public final class MergeCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
                        @Override
                        public LocalDate deserialize(JsonParser parser, DeserializationContext context)
                                throws IOException {
                            return LocalDate.parse(parser.getValueAsString());
                        }
                    }));

    /**
     * What the merger takes for one article: its events of one partition with their evidence texts, or, for a
     * republished copy, the copy with its text and the article it copies ({@code republishedFrom}, otherwise
     * empty).
     */
    public record Part(Article article, List<Event> events, List<String> evidence, String republishedFrom) {
        public Part(Article article, List<Event> events, List<String> evidence) {
            this(article, events, evidence, "");
        }

        public Part {
            java.util.Objects.requireNonNull(republishedFrom, "republishedFrom");
            events = List.copyOf(events);
            evidence = List.copyOf(evidence);
            if (events.size() != evidence.size()) {
                throw new IllegalArgumentException(events.size() + " events but " + evidence.size() + " evidence texts");
            }
        }
    }

    private MergeCodec() {
    }

    /**
     * One input per partition the article's events fall in, events in the order the store's merge rebuild
     * reads them (sentence, evidence start, id).
     */
    public static List<MergeInput> inputs(CodedArticle coded) {
        Article article = coded.article();
        Article meta = new Article(article.id(), article.title(), "", article.date(), article.source(), article.url(),
                article.origin());
        String text = article.text();
        List<Event> events = new ArrayList<>(coded.events());
        events.sort(Comparator.comparingInt(Event::sentence).thenComparingInt(e -> e.evidence().begin())
                .thenComparing(Event::id));
        Map<String, List<Event>> byPartition = new LinkedHashMap<>();
        for (Event event : events) {
            byPartition.computeIfAbsent(EventMerger.mergeKey(event), key -> new ArrayList<>()).add(event);
        }
        long day = article.date() == null ? MergeInput.UNDATED : article.date().toEpochDay();
        List<MergeInput> inputs = new ArrayList<>(byPartition.size());
        byPartition.forEach((partition, partEvents) -> {
            List<String> evidence = partEvents.stream().map(event -> event.evidence().of(text)).toList();
            inputs.add(new MergeInput(partition, day, article.id(), encode(new Part(meta, partEvents, evidence))));
        });
        return inputs;
    }

    /** A republished copy of {@code originalId}, to be counted in each partition of the original's events. */
    public static MergeInput copy(Article copy, String originalId) {
        long day = copy.date() == null ? MergeInput.UNDATED : copy.date().toEpochDay();
        return MergeInput.copy(day, copy.id(), originalId, encode(new Part(copy, List.of(), List.of(), originalId)));
    }

    public static String encode(Part part) {
        try {
            return MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode merge input of " + part.article().id(), e);
        }
    }

    public static Part decode(String json) {
        try {
            return MAPPER.readValue(json, Part.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an encoded merge input", e);
        }
    }
}
