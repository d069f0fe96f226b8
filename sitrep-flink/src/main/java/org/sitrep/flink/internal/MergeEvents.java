package org.sitrep.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.merge.EventMention;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.MergeRules;
import org.sitrep.merge.MergedEvent;

/**
 * Merges events in event time, one merge partition per key ({@link EventMerger#mergeKey}: CAMEO root and
 * source country, the coarsest key the merger never crosses), with sitrep's own {@link EventMerger}.
 *
 * <p>An article waits, in state, until the watermark passes the end of its day; then the articles of that day
 * are merged in article id order, after every earlier day. That is the order of the store's merge rebuild
 * (date, then id), so with no late article the merged events are those of {@code sitrep ingest}. The watermark
 * trails the latest article date by the allowed lateness; an article older than the watermark is merged on
 * arrival, like an article of a later {@code sitrep ingest} run into the same store, and counted as
 * {@code lateArticles}. Undated articles merge on arrival: their reports merge only within their article.
 *
 * <p>A merged event is written when it is closed: when the watermark passes its latest report's date plus
 * {@code closeDays}, or at the end of a bounded input. If a late report joins it afterwards it is written
 * again with its new counts: of several lines with one id, the one with most mentions is the latest. Mentions
 * are written once each, on the {@link #MENTIONS} side output. A partition with no article for
 * {@code keepDays} after its latest is forgotten, merger and all.
 */
public final class MergeEvents extends KeyedProcessFunction<String, MergeInput, DayLine> {

    private static final long serialVersionUID = 1L;
    static final long DAY_MS = 86_400_000L;

    /** Mentions of merged events, as JSON lines. */
    public static final OutputTag<DayLine> MENTIONS = new OutputTag<>("mentions") {
        private static final long serialVersionUID = 1L;
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int windowDays;
    private final int closeDays;
    private final int keepDays;

    /** Inputs waiting for the watermark, by {@link #pendingKey}: sorted keys are the merge order. */
    private transient MapState<String, String> pending;
    /** Every input merged, in merge order: the merger is rebuilt from it after a restart. */
    private transient ListState<String> history;
    /** Republished copies whose original is not merged yet (still waiting for the watermark), by copy id. */
    private transient MapState<String, String> waitingCopies;
    /** Mentions written so far, by merged event id. */
    private transient MapState<String, Integer> written;
    /** Merged events changed since they were last written. */
    private transient MapState<String, Boolean> dirty;
    private transient ValueState<Long> latestDay;
    /** The mergers of this subtask's partitions; not state, since {@link #history} rebuilds them. */
    private transient Map<String, EventMerger> mergers;
    private transient Counter lateArticles;
    private transient Counter mergedLines;

    public MergeEvents(MergeRules rules, int closeDays, int keepDays) {
        if (closeDays < 0 || keepDays <= rules.windowDays() + closeDays) {
            throw new IllegalArgumentException("need 0 <= closeDays and keepDays > window + closeDays: " + closeDays
                    + ", " + keepDays);
        }
        this.windowDays = rules.windowDays();
        this.closeDays = closeDays;
        this.keepDays = keepDays;
    }

    @Override
    public void open(OpenContext context) {
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.STRING, Types.STRING));
        history = getRuntimeContext().getListState(new ListStateDescriptor<>("history", Types.STRING));
        waitingCopies = getRuntimeContext().getMapState(new MapStateDescriptor<>("waitingCopies", Types.STRING,
                Types.STRING));
        written = getRuntimeContext().getMapState(new MapStateDescriptor<>("written", Types.STRING, Types.INT));
        dirty = getRuntimeContext().getMapState(new MapStateDescriptor<>("dirty", Types.STRING, Types.BOOLEAN));
        latestDay = getRuntimeContext().getState(new ValueStateDescriptor<>("latestDay", Types.LONG));
        mergers = new HashMap<>();
        lateArticles = getRuntimeContext().getMetricGroup().counter("lateArticles");
        mergedLines = getRuntimeContext().getMetricGroup().counter("mergedEventLines");
    }

    /** Day, then article id, as a string that sorts in that order (epoch days shifted to be positive). */
    static String pendingKey(long epochDay, String articleId) {
        return String.format("%012d|%s", epochDay + 100_000_000L, articleId);
    }

    static long dayOf(String pendingKey) {
        return Long.parseLong(pendingKey.substring(0, pendingKey.indexOf('|'))) - 100_000_000L;
    }

    static long endOfDay(long epochDay) {
        return (epochDay + 1) * DAY_MS - 1;
    }

    @Override
    public void processElement(MergeInput input, Context context, Collector<DayLine> out) throws Exception {
        if (input.isCopy() && input.day == MergeInput.UNDATED) {
            // An undated copy of a dated original: counted once the original is merged.
            waitingCopies.put(input.articleId, input.payload);
            mergeWaitingCopies(context.getCurrentKey(), context);
            writeClosed(context.timerService().currentWatermark(), context, out);
            return;
        }
        if (input.day == MergeInput.UNDATED) {
            merge(context.getCurrentKey(), input.payload, context);
            mergeWaitingCopies(context.getCurrentKey(), context);
            writeClosed(context.timerService().currentWatermark(), context, out);
            return;
        }
        Long latest = latestDay.value();
        if (latest == null || input.day > latest) {
            latestDay.update(input.day);
            context.timerService().registerEventTimeTimer(endOfDay(input.day + keepDays));
        }
        if (context.timerService().currentWatermark() >= endOfDay(input.day)) {
            lateArticles.inc();
            mergePending(context.getCurrentKey(), context.timerService().currentWatermark(), context);
            merge(context.getCurrentKey(), input.payload, context);
            mergeWaitingCopies(context.getCurrentKey(), context);
            writeClosed(context.timerService().currentWatermark(), context, out);
            return;
        }
        // Copies after the articles of their day, as the store's rebuild adds copies after all articles: copies
        // change no match, only counts, so their place among later days does not matter.
        pending.put(pendingKey(input.day, (input.isCopy() ? "~" : "") + input.articleId), input.payload);
        context.timerService().registerEventTimeTimer(endOfDay(input.day));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<DayLine> out) throws Exception {
        String key = context.getCurrentKey();
        mergePending(key, timestamp, context);
        writeClosed(timestamp, context, out);
        Long latest = latestDay.value();
        if (latest != null && timestamp >= endOfDay(latest + keepDays) && pending.isEmpty() && dirty.isEmpty()) {
            pending.clear();
            waitingCopies.clear();
            history.clear();
            written.clear();
            dirty.clear();
            latestDay.clear();
            mergers.remove(key);
        }
    }

    /** Merges the waiting days up to the one {@code time} ends, each in article id order. */
    private void mergePending(String key, long time, Context context) throws Exception {
        List<String> due = new ArrayList<>();
        for (String pendingKey : pending.keys()) {
            if (endOfDay(dayOf(pendingKey)) <= time) {
                due.add(pendingKey);
            }
        }
        due.sort(null);
        for (String pendingKey : due) {
            merge(key, pending.get(pendingKey), context);
            pending.remove(pendingKey);
        }
        if (!due.isEmpty()) {
            mergeWaitingCopies(key, context);
        }
    }

    private void mergeWaitingCopies(String key, Context context) throws Exception {
        List<String> ids = new ArrayList<>();
        waitingCopies.keys().forEach(ids::add);
        for (String id : ids) {
            if (merge(key, waitingCopies.get(id), context)) {
                waitingCopies.remove(id);
            }
        }
    }

    /** Merges one input; false for a copy whose original is not merged (yet), which changes nothing. */
    private boolean merge(String key, String payload, Context context) throws Exception {
        MergeCodec.Part part = MergeCodec.decode(payload);
        EventMerger merger = merger(key);
        List<String> touched;
        if (part.republishedFrom().isEmpty()) {
            touched = merger.add(part.article(), part.events(), part.evidence());
        } else {
            try {
                touched = merger.addRepublished(part.article(), part.republishedFrom());
            } catch (IllegalArgumentException originalNotMerged) {
                if (!waitingCopies.contains(part.article().id())) {
                    waitingCopies.put(part.article().id(), payload);
                }
                return false;
            }
        }
        history.add(payload);
        for (String id : touched) {
            dirty.put(id, Boolean.TRUE);
            MergedEvent event = merger.event(id).orElseThrow();
            if (event.lastSeen() != null) {
                context.timerService().registerEventTimeTimer(endOfDay(event.lastSeen().toEpochDay() + closeDays));
            }
        }
        return true;
    }

    private EventMerger merger(String key) throws Exception {
        EventMerger merger = mergers.get(key);
        if (merger == null) {
            merger = new EventMerger(new MergeRules(windowDays));
            for (String payload : history.get()) {
                MergeCodec.Part part = MergeCodec.decode(payload);
                if (part.republishedFrom().isEmpty()) {
                    merger.add(part.article(), part.events(), part.evidence());
                } else {
                    merger.addRepublished(part.article(), part.republishedFrom());
                }
            }
            mergers.put(key, merger);
        }
        return merger;
    }

    /** Writes the changed events that are closed at {@code time}, with their mentions not written yet. */
    private void writeClosed(long time, Context context, Collector<DayLine> out) throws Exception {
        EventMerger merger = merger(context.getCurrentKey());
        List<String> done = new ArrayList<>();
        for (String id : dirty.keys()) {
            MergedEvent event = merger.event(id).orElseThrow();
            boolean closed = event.lastSeen() == null || endOfDay(event.lastSeen().toEpochDay() + closeDays) <= time;
            if (!closed) {
                continue;
            }
            String day = event.firstSeen() == null ? DayLine.UNDATED : event.firstSeen().toString();
            out.collect(new DayLine(day, eventLine(event)));
            mergedLines.inc();
            Integer before = written.get(id);
            List<EventMention> mentions = event.mentions();
            for (int i = before == null ? 0 : before; i < mentions.size(); i++) {
                EventMention mention = mentions.get(i);
                context.output(MENTIONS, new DayLine(mention.date() == null ? DayLine.UNDATED
                        : mention.date().toString(), mentionLine(mention)));
            }
            written.put(id, mentions.size());
            done.add(id);
        }
        for (String id : done) {
            dirty.remove(id);
        }
    }

    /** The columns of the store's {@code merged_events} table. */
    static String eventLine(MergedEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id());
        node.put("founding_event_id", event.foundingEventId());
        node.put("first_seen", event.firstSeen() == null ? null : event.firstSeen().toString());
        node.put("last_seen", event.lastSeen() == null ? null : event.lastSeen().toString());
        node.put("source_code", event.source().code());
        node.put("source_name", event.source().name());
        node.put("target_code", event.target() == null ? null : event.target().code());
        node.put("target_name", event.target() == null ? null : event.target().name());
        String code = event.cameoCode();
        node.put("cameo_code", code);
        node.put("base_code", code.length() > 3 ? code.substring(0, 3) : code);
        node.put("root_code", event.rootCode());
        node.put("goldstein", event.goldstein());
        node.put("quad_class", event.quadClass());
        node.put("place", event.place() == null ? "" : event.place().fullName());
        node.put("num_mentions", event.numMentions());
        node.put("num_sources", event.numSources());
        node.put("num_articles", event.numArticles());
        return node.toString();
    }

    /** The columns of the store's {@code event_mentions} table. */
    static String mentionLine(EventMention mention) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("merged_event_id", mention.mergedEventId());
        node.put("event_id", mention.codedEventId());
        node.put("article_id", mention.articleId());
        node.put("date", mention.date() == null ? null : mention.date().toString());
        node.put("source", mention.source());
        node.put("url", mention.url());
        node.put("sentence_index", mention.sentence());
        node.put("actor1_offset", mention.actor1Offset());
        node.put("actor2_offset", mention.actor2Offset());
        node.put("action_offset", mention.actionOffset());
        node.put("cameo_code", mention.cameoCode());
        node.put("republished_from", mention.republishedFrom());
        return node.toString();
    }
}
