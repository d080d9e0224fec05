package org.reportminer.pipeline.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed political and administrative terms of this genre (三会一课, 八项规定, 一把手 …): words a segmenter must keep
 * whole and that are never counts. The built-in list ships as the resource {@code domain-terms.txt} next to this
 * class; a user file in the same format (one term a line, {@code #} starts a comment, UTF-8) can be added.
 *
 * <p>Immutable and thread-safe.
 */
public final class DomainTerms {

    private static final String RESOURCE = "domain-terms.txt";

    private final List<String> terms;

    private DomainTerms(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The shipped list. */
    public static DomainTerms builtIn() {
        try (InputStream in = DomainTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(
                        RESOURCE + ": resource missing; it should always be present in the pipeline jar"));
            }
            return new DomainTerms(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read built-in domain terms", e);
        }
    }

    /** The shipped list plus the terms of {@code userFile}. */
    public static DomainTerms builtInPlus(Path userFile) {
        List<String> all = new ArrayList<>(builtIn().terms);
        try (BufferedReader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            all.addAll(read(r, userFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(userFile + ": cannot read user dictionary: " + e.getMessage(), e);
        }
        return new DomainTerms(List.copyOf(new LinkedHashSet<>(all)));
    }

    /** A list given directly, for tests and embedding. */
    public static DomainTerms of(List<String> terms) {
        return new DomainTerms(List.copyOf(new LinkedHashSet<>(terms)));
    }

    private static List<String> read(BufferedReader r, String source) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(source + ":" + no + ": a term must not contain whitespace: '" + t + "'");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** The terms in file order, without duplicates. */
    public List<String> terms() {
        return terms;
    }

    /** Whether {@code word} is one of the terms. */
    public boolean contains(String word) {
        return terms.contains(word);
    }
}
