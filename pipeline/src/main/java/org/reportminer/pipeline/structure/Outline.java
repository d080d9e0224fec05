package org.reportminer.pipeline.structure;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.model.Section;

/**
 * The parsed structure of one text: its lines, its headings (flat, in text order, with parent links) and the title
 * line if the text opens with one.
 *
 * @param lines     the non-blank lines
 * @param headings  every heading in text order
 * @param titleLine index of the title line, or -1
 */
public record Outline(List<Line> lines, List<Heading> headings, int titleLine) {

    public Outline {
        lines = List.copyOf(lines);
        headings = List.copyOf(headings);
    }

    /** The heading hierarchy as model sections. */
    public List<Section> sections() {
        List<List<Integer>> children = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (Heading h : headings) {
            children.add(new ArrayList<>());
            if (h.parent() < 0) {
                roots.add(h.index());
            } else {
                children.get(h.parent()).add(h.index());
            }
        }
        return roots.stream().map(i -> toSection(i, children)).toList();
    }

    private Section toSection(int i, List<List<Integer>> children) {
        Heading h = headings.get(i);
        return new Section(h.label(), h.level(), h.title(), h.role(), h.start(), h.end(),
                children.get(i).stream().map(c -> toSection(c, children)).toList());
    }

    /** The innermost heading whose section contains {@code offset}, or null. */
    public Heading innermost(int offset) {
        Heading best = null;
        for (Heading h : headings) {
            if (h.start() > offset) {
                break;
            }
            if (h.contains(offset)) {
                best = h;
            }
        }
        return best;
    }

    /** The chain of headings containing {@code offset}, outermost first. */
    public List<Heading> ancestors(int offset) {
        List<Heading> chain = new ArrayList<>();
        for (Heading h = innermost(offset); h != null; h = h.parent() < 0 ? null : headings.get(h.parent())) {
            chain.add(0, h);
        }
        return chain;
    }

    /** The heading that starts on line {@code lineIndex}, or null. */
    public Heading headingOnLine(int lineIndex) {
        for (Heading h : headings) {
            if (h.line() == lineIndex) {
                return h;
            }
        }
        return null;
    }
}
