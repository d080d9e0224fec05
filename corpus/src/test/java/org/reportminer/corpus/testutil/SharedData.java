package org.reportminer.corpus.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared test data: walks up from the working directory until a {@code shared} sibling. */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared} folder beside the checkout. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds")) && Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/ folder with seeds and fixtures above " + dir);
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static Path fixtures() {
        return root().resolve("fixtures");
    }

    public static Path corpora() {
        return root().resolve("corpora");
    }
}
