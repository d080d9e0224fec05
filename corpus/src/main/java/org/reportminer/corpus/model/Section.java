package org.reportminer.corpus.model;

import java.util.List;

/**
 * A node of the heading hierarchy.
 *
 * @param label    the numbering as written (一、 （一） 1. ① 一是), empty for unnumbered headings
 * @param level    depth, 1 for top-level parts
 * @param title    the heading text without its label
 * @param role     what the section is for in this genre
 * @param start    start of the heading (UTF-16 offset into the normalised text)
 * @param end      end of the section's body, exclusive
 * @param children nested sections
 */
public record Section(String label, int level, String title, SectionRole role, int start, int end,
                      List<Section> children) {

    public Section {
        new Span(start, end);
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        children = List.copyOf(children);
    }

    public Span span() {
        return new Span(start, end);
    }
}
