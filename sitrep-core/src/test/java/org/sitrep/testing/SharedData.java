package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's read-only data beside the repository ({@code ../shared}), which the project's own tests must
 * pass without. A test that needs it calls {@link #require}: where the data is missing the test is skipped
 * with a message saying so, except in CI ({@code CI=true}), where missing data is a failure, so that a
 * moved folder cannot silently turn a check off. {@code -Dsitrep.shared=DIR} points elsewhere.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The folder the data lives in: {@code -Dsitrep.shared}, else {@code ../shared} of the repository. */
    public static Path root() {
        String configured = System.getProperty("sitrep.shared");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Surefire runs each module's tests in the module's folder, one below the repository.
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    /** The path below the shared folder, or a skipped (locally) or failed (CI) test when it is missing. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            String message = "shared data missing: " + path + " (set -Dsitrep.shared=DIR)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.err.println("SKIPPED, " + message);
            Assumptions.abort(message);
        }
        return path;
    }
}
