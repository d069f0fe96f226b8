package org.sitrep.flink.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.Encoder;

/** Writes a {@link DayLine}'s JSON as one UTF-8 line. */
public final class JsonLineEncoder implements Encoder<DayLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public void encode(DayLine line, OutputStream out) throws IOException {
        out.write(line.json.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
