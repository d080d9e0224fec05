package org.reportminer.corpus.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one rule for tests that need a Debian tool (chromium, tesseract, a font): a missing tool fails the test, since
 * {@code .ci/run} installs it, so nothing is silently left untested; a developer without it may skip on purpose
 * with {@code -Dreportminer.skipMissingTools=true}, and only then.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    /** Fails naming {@code packages} when {@code present} is false, unless skipping was asked for. */
    public static void require(boolean present, String packages) {
        if (!present && Boolean.getBoolean("reportminer.skipMissingTools")) {
            assumeTrue(false, packages + " not installed; skipped on request (-Dreportminer.skipMissingTools=true)");
        }
        assertTrue(present, "not installed: apt-get install " + packages
                + " (.ci/run does), or skip on purpose with -Dreportminer.skipMissingTools=true");
    }
}
