package org.sitrep.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.sitrep.geo.internal.GazetteerBuilder;
import org.sitrep.geo.internal.GazetteerIndex;

/**
 * A gazetteer compiled, as the build compiles the real one, from a few dozen GeoNames-style rows in the test
 * resources, with the built-in country file and supplement (whose rows with parents outside the sample are
 * skipped).
 */
final class SampleGazetteer {

    private static final Gazetteer GAZETTEER = build();

    private SampleGazetteer() {
    }

    static Gazetteer get() {
        return GAZETTEER;
    }

    static byte[] indexBytes() {
        try {
            GazetteerIndex index = new GazetteerBuilder().build(resource("cities500-sample.txt"),
                    resource("admin1-sample.json"), resource("admin2-sample.json"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            index.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gazetteer build() {
        return Gazetteer.load(new ByteArrayInputStream(indexBytes()));
    }

    private static Path resource(String name) {
        try {
            return Path.of(SampleGazetteer.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
