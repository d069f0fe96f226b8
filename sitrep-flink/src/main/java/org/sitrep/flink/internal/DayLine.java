package org.sitrep.flink.internal;

import java.util.Objects;

/**
 * One output line and the day it belongs to ({@code YYYY-MM-DD}, or {@code undated}). A Flink POJO (public
 * fields, no-argument constructor) so Flink serializes it itself, without Kryo.
 */
public final class DayLine {

    /** The partition of lines whose article has no date. */
    public static final String UNDATED = "undated";

    public String day;
    public String json;

    public DayLine() {
    }

    public DayLine(String day, String json) {
        this.day = Objects.requireNonNull(day, "day");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public String toString() {
        return day + " " + json;
    }
}
