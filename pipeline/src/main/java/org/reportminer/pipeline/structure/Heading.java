package org.reportminer.pipeline.structure;

import org.reportminer.corpus.model.SectionRole;

/**
 * One heading found in the text, flat, with links to its parent; the parser's internal view of a
 * {@link org.reportminer.corpus.model.Section}.
 *
 * @param index      position among all headings
 * @param family     the numbering family
 * @param label      the label as written ({@code （一）}), empty for layout headings
 * @param ordinal    the number the label stands for, 0 for layout headings
 * @param level      depth, 1 for top-level parts
 * @param title      the title without its label
 * @param titleStart offset of the title
 * @param titleEnd   offset after the title
 * @param start      offset of the heading (its label)
 * @param bodyStart  offset where the body starts (after the title and its closing 。 if inline)
 * @param end        end of the section (its last non-blank character before the next heading at its level or above)
 * @param parent     index of the parent heading, -1 at top level
 * @param role       what the section is for
 * @param line       index of the heading's {@link Line}
 */
public record Heading(int index, LabelFamily family, String label, int ordinal, int level, String title,
                      int titleStart, int titleEnd, int start, int bodyStart, int end, int parent, SectionRole role,
                      int line) {

    /** Whether {@code offset} lies inside this section. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
