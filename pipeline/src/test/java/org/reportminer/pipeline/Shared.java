package org.reportminer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test access to {@code shared/} (seeds, corpora), found by walking up from the working directory. */
public final class Shared {

    private Shared() {
    }

    /** The {@code shared} directory beside the checkout. */
    public static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/ directory with seeds/ above " + p);
    }

    public static Path seed(String prefix) {
        try (Stream<Path> s = Files.list(dir().resolve("seeds"))) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's text with the scraping markers removed, as the real normaliser will do. */
    public static String seedText(String prefix) {
        return read(seed(prefix)).replace("##paidbegin##", "").replace("##paidend##", "");
    }

    public static Path expected(String name) {
        return dir().resolve("seeds").resolve("expected").resolve(name);
    }

    public static List<Path> corpora() {
        try (Stream<Path> s = Files.walk(dir().resolve("corpora"))) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's {@code examples/} directory (fictional reports with hand-written expectations). */
    public static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples");
            if (Files.isDirectory(candidate.resolve("expected"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples/ directory with expected/ above " + p);
    }
}
