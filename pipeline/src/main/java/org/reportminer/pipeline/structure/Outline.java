package org.reportminer.pipeline.structure;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.model.Section;

/**
 * The parsed structure of one text: its lines, its headings (flat, in text order, with parent links) and the title
 * line if the text opens with one (index of the title line, or -1).
 */
public final class Outline {

    private final List<Line> lines;
    private final List<Heading> headings;
    private final int titleLine;
    // indexes built once, so that the per-line and per-offset look-ups the extractors make for every line are
    // O(1) or O(log n): scans of every heading made 100k-heading texts quadratic (issue 13)
    private final int[] headingByLine;
    private final int[] firstChild;
    private final int[] starts;

    public Outline(List<Line> lines, List<Heading> headings, int titleLine) {
        this.lines = List.copyOf(lines);
        this.headings = List.copyOf(headings);
        this.titleLine = titleLine;
        int maxLine = this.lines.size();
        for (Heading h : this.headings) {
            maxLine = Math.max(maxLine, h.line() + 1);
        }
        headingByLine = new int[maxLine];
        java.util.Arrays.fill(headingByLine, -1);
        firstChild = new int[this.headings.size()];
        java.util.Arrays.fill(firstChild, -1);
        starts = new int[this.headings.size()];
        for (int i = 0; i < this.headings.size(); i++) {
            Heading h = this.headings.get(i);
            if (h.line() >= 0 && headingByLine[h.line()] < 0) {
                headingByLine[h.line()] = i;
            }
            if (h.parent() >= 0 && h.parent() < firstChild.length && firstChild[h.parent()] < 0) {
                firstChild[h.parent()] = i;
            }
            starts[i] = h.start();
        }
    }

    /** The non-blank lines. */
    public List<Line> lines() {
        return lines;
    }

    /** Every heading in text order. */
    public List<Heading> headings() {
        return headings;
    }

    /** Index of the title line, or -1. */
    public int titleLine() {
        return titleLine;
    }

    /** The first heading whose parent is heading {@code index}, or null. */
    public Heading firstChild(int index) {
        return index >= 0 && index < firstChild.length && firstChild[index] >= 0
                ? headings.get(firstChild[index]) : null;
    }

    /** Index of the first heading starting at or after {@code offset} ({@code headings().size()} if none). */
    public int firstHeadingFrom(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outline other && titleLine == other.titleLine && lines.equals(other.lines)
                && headings.equals(other.headings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(lines, headings, titleLine);
    }

    @Override
    public String toString() {
        return "Outline[lines=" + lines + ", headings=" + headings + ", titleLine=" + titleLine + "]";
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
        // the last heading starting at or before offset that contains it: found from the binary-searched end
        // backwards, the same answer as a scan from the start
        if (offset == Integer.MAX_VALUE) {
            offset--;
        }
        for (int i = firstHeadingFrom(offset + 1) - 1; i >= 0; i--) {
            Heading h = headings.get(i);
            if (h.contains(offset)) {
                return h;
            }
        }
        return null;
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
        return lineIndex >= 0 && lineIndex < headingByLine.length && headingByLine[lineIndex] >= 0
                ? headings.get(headingByLine[lineIndex]) : null;
    }
}
