package org.reportminer.pipeline.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reportminer.corpus.text.ResourceLines;

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
        return new DomainTerms(read(ResourceLines.bundled(DomainTerms.class, RESOURCE)));
    }

    /**
     * The shipped list plus the terms of {@code userFile}.
     *
     * @throws java.io.UncheckedIOException the file cannot be read or is not UTF-8; the message names the file
     * @throws IllegalArgumentException     a term holds whitespace; the message names the file and the line
     */
    public static DomainTerms builtInPlus(Path userFile) {
        List<String> all = new ArrayList<>(builtIn().terms);
        all.addAll(read(ResourceLines.file(userFile)));
        return new DomainTerms(List.copyOf(new LinkedHashSet<>(all)));
    }

    /** A list given directly, for tests and embedding. */
    public static DomainTerms of(List<String> terms) {
        return new DomainTerms(List.copyOf(new LinkedHashSet<>(terms)));
    }

    private static List<String> read(ResourceLines lines) {
        Set<String> out = new LinkedHashSet<>();
        for (ResourceLines.Line line : lines.lines()) {
            if (line.text().chars().anyMatch(Character::isWhitespace)) {
                throw lines.error(line, "a term must not contain whitespace: '" + line.text() + "'");
            }
            out.add(line.text());
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
