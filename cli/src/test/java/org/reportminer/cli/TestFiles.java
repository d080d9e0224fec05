package org.reportminer.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI tests find real input: the repository's {@code examples/} folder and the {@code shared/} folder that
 * sits beside the checkout (fixtures, seeds). Both are found by walking up from the working directory, so the tests
 * run from the module folder, the repository root or a fresh clone at another path.
 */
final class TestFiles {
    private TestFiles() {
    }

    /** The repository root: the nearest ancestor holding both {@code pom.xml} and {@code examples/}. */
    static Path repoRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("examples"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root with examples/ above " + Path.of("").toAbsolutePath());
    }

    /** The {@code shared} folder beside the checkout. */
    static Path shared() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolveSibling("shared");
            if (d.getParent() != null && Files.isDirectory(s.resolve("fixtures"))) {
                return s;
            }
        }
        throw new IllegalStateException("no shared/ folder beside any ancestor of " + Path.of("").toAbsolutePath());
    }

    static Path fixture(String name) {
        return shared().resolve("fixtures").resolve(name);
    }

    static Path example(String name) {
        return repoRoot().resolve("examples").resolve(name);
    }
}
