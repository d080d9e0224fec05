package org.reportminer.corpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where every module's tests find real input: the {@code shared/} folder that sits beside the checkout (seeds,
 * fixtures, corpora, realworld) and the checkout's own {@code examples/} folder.
 *
 * <p>Both are found by one rule, walking up from the working directory, so the tests run from a module folder, the
 * repository root or a clone at another path alike: {@code shared} is the nearest {@code <ancestor>/shared} that holds
 * both {@code seeds/} and {@code fixtures/} (a folder merely named {@code shared} is passed over), and the checkout
 * is the nearest ancestor holding both {@code pom.xml} and {@code examples/}. Nothing is cached: every call looks
 * again, so there is no static state to reset between tests.
 *
 * <p>Shipped to the other modules in corpus's test jar ({@code <type>test-jar</type>}).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared} folder beside the checkout, found from the working directory. */
    public static Path root() {
        return root(workingDirectory());
    }

    /**
     * The {@code shared} folder for a walk that starts at {@code start}.
     *
     * @throws IllegalStateException naming {@code start} when no ancestor has a {@code shared/} with seeds and fixtures
     */
    public static Path root(Path start) {
        for (Path d = start.toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds")) && Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/ folder with seeds/ and fixtures/ in " + start.toAbsolutePath()
                + " or any folder above it");
    }

    /** {@code shared/seeds}: the plain-text seed reports and, under {@code expected/}, what they must yield. */
    public static Path seeds() {
        return existing("seeds");
    }

    /** {@code shared/fixtures}: each seed saved in the office formats (.doc, .docx, .odt, .pdf, GBK .txt). */
    public static Path fixtures() {
        return existing("fixtures");
    }

    /** One file of {@code shared/fixtures}. */
    public static Path fixture(String name) {
        return fixtures().resolve(name);
    }

    /** {@code shared/corpora}: real published reports as UTF-8 text. */
    public static Path corpora() {
        return existing("corpora");
    }

    /** Every {@code .txt} under {@code shared/corpora}, in path order. */
    public static List<Path> corpusFiles() {
        try (Stream<Path> s = Files.walk(corpora())) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first seed whose file name starts with {@code prefix} ({@code "000"}) and ends in {@code .txt}. */
    public static Path seed(String prefix) {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
                    .sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "*.txt in " + seeds()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's text with the scraping markers ({@code ##paidbegin##}, {@code ##paidend##}) removed. */
    public static String seedText(String prefix) {
        return read(seed(prefix)).replace("##paidbegin##", "").replace("##paidend##", "");
    }

    /** One file of {@code shared/seeds/expected}. */
    public static Path expected(String name) {
        return seeds().resolve("expected").resolve(name);
    }

    /** The checkout's root: the nearest ancestor of the working directory holding {@code pom.xml} and {@code examples/}. */
    public static Path repoRoot() {
        return repoRoot(workingDirectory());
    }

    /**
     * The checkout's root for a walk that starts at {@code start}.
     *
     * @throws IllegalStateException naming {@code start} when no ancestor holds both {@code pom.xml} and {@code examples/}
     */
    public static Path repoRoot(Path start) {
        for (Path d = start.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("examples"))) {
                return d;
            }
        }
        throw new IllegalStateException("no checkout (pom.xml beside examples/) in " + start.toAbsolutePath()
                + " or any folder above it");
    }

    /** The checkout's {@code examples/} folder: fictional reports with hand-written expectations. */
    public static Path examples() {
        return repoRoot().resolve("examples");
    }

    /** One file of {@code examples/}. */
    public static Path example(String name) {
        return examples().resolve(name);
    }

    /** A UTF-8 text file's content. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String name) {
        Path root = root();
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(root + " has no " + name + "/ folder");
        }
        return dir;
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
