package org.reportminer.corpus.model;

import java.util.List;

/**
 * A node of the heading hierarchy. In JSON the span is {@code start}/{@code end} (see {@code corpus.json}).
 *
 * @param label    the numbering as written (一、 （一） 1. ① 一是), empty for unnumbered headings
 * @param level    depth, 1 for top-level parts
 * @param title    the heading text without its label
 * @param role     what the section is for in this genre
 * @param span     from the start of the heading to the end of the section's body (UTF-16, normalised text)
 * @param children nested sections
 */
public record Section(String label, int level, String title, SectionRole role, Span span, List<Section> children) {

    public Section {
        if (span == null) {
            throw new IllegalArgumentException("section " + label + title + " has no span");
        }
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        children = List.copyOf(children);
    }

    /** A section over {@code [start, end)}. */
    public Section(String label, int level, String title, SectionRole role, int start, int end,
                   List<Section> children) {
        this(label, level, title, role, new Span(start, end), children);
    }

    /** {@code span().start()}. */
    public int start() {
        return span.start();
    }

    /** {@code span().end()}. */
    public int end() {
        return span.end();
    }
}
