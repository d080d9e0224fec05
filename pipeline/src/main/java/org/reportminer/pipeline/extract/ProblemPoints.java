package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Heading;
import org.reportminer.pipeline.structure.Line;
import org.reportminer.pipeline.structure.Lines;
import org.reportminer.pipeline.structure.Outline;

/**
 * The problems listed in the parts of a report that list problems without measures: an audit's 审计发现的主要问题, a
 * 主体责任 or 党风廉政 report's 存在的问题. Such a part is found by meaning and position, not by an exact title:
 * <ul>
 *   <li>a heading at any level whose title names it ({@code 二、存在的问题和不足}, {@code （三）审计发现的主要问题});</li>
 *   <li>a sentence ending in a colon that introduces the problems ({@code 审计发现的主要问题：},
 *       {@code …方面还存在一些问题：}): the problems are the enumerated points after it in the same paragraph, or,
 *       when the colon ends the paragraph, the headings that follow inside the enclosing section.</li>
 * </ul>
 * Inside a part, a problem is the smallest unit that states one: each 一是/二是 (or ①, 1.) point of a heading's
 * body; a heading without points when it has no sub-headings; never a heading that only groups points or
 * sub-headings. Stateless and thread-safe.
 */
final class ProblemPoints {

    /** One problem: where it is anchored (its label), its text span, and the cue that made it a problem. */
    record Point(int anchor, int start, int end, String cue) {
    }

    /** A part that lists problems: its body and how it was recognised. */
    private record Part(int start, int end, String cue) {
    }

    private ProblemPoints() {
    }

    /**
     * The problems of every problem-listing part of {@code text}, skipping parts that hold an offset in
     * {@code claimed} (a finding another shape already took there).
     */
    static List<Point> find(String text, Outline outline, List<Integer> claimed) {
        List<Part> parts = parts(text, outline);
        List<Point> out = new ArrayList<>();
        // anchors taken so far, sorted: a range query instead of a scan of every claim per part
        java.util.TreeSet<Integer> taken = new java.util.TreeSet<>(claimed);
        for (Part p : parts) {
            Integer a = taken.ceiling(p.start());
            if (a != null && a < p.end()) {
                continue;
            }
            int before = out.size();
            units(text, outline, p.start(), p.end(), p.cue(), out);
            for (int i = before; i < out.size(); i++) {
                taken.add(out.get(i).anchor());
            }
        }
        return out;
    }

    private static List<Part> parts(String text, Outline outline) {
        List<Part> parts = new ArrayList<>();
        for (Heading h : outline.headings()) {
            boolean named = h.role() == SectionRole.PROBLEMS
                    || ReportPatterns.PROBLEM_SECTION_TITLE.matcher(h.title().strip()).matches()
                    && !ReportPatterns.ROLE_RECTIFICATION.matcher(h.title()).find()
                    && !ReportPatterns.PROBLEM_INTRO_NOT.matcher(h.title()).find();
            if (named && h.role() != SectionRole.RECTIFICATION && h.role() != SectionRole.PLANS
                    && parts.stream().noneMatch(p -> p.start() <= h.start() && h.start() < p.end())) {
                parts.add(new Part(h.bodyStart(), h.end(), "of " + h.title().strip()));
            }
        }
        for (Line line : outline.lines()) {
            Matcher m = ReportPatterns.PROBLEM_INTRO.matcher(text).region(line.start(), line.end());
            while (m.find()) {
                int at = m.start();
                if (parts.stream().anyMatch(p -> p.start() <= at && at < p.end()) || rectifying(text, line, at)) {
                    continue;
                }
                String cue = "after " + m.group();
                List<Enumerations.Item> items = Enumerations.split(text, m.end(), line.end());
                if (items.size() >= 2 && onlySpace(text, m.end(), items.get(0).labelStart())) {
                    parts.add(new Part(m.end(), line.end(), cue));
                } else if (onlySpace(text, m.end(), line.end())) {
                    Heading container = outline.innermost(at);
                    int end = container == null ? text.length() : container.end();
                    if (end > line.end()) {
                        parts.add(new Part(line.end(), end, cue));
                    }
                }
                break;
            }
        }
        parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return parts;
    }

    /** Whether the clause before {@code at} makes the intro about rectifying ({@code 针对…发现的问题：}). */
    private static boolean rectifying(String text, Line line, int at) {
        int from = at;
        while (from > line.start() && (Punctuation.COMMAS + Punctuation.SENTENCE_ENDS).indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return ReportPatterns.PROBLEM_INTRO_NOT.matcher(text.substring(from, at)).find();
    }

    /** The problems in {@code [from, to)}: the top headings there, or the enumerated points. */
    private static void units(String text, Outline outline, int from, int to, String cue, List<Point> out) {
        List<Heading> top = new ArrayList<>();
        List<Heading> all = outline.headings();
        // headings are in start order, so one inside an earlier top heading is one starting before the furthest end
        int topEnd = Integer.MIN_VALUE;
        for (int i = outline.firstHeadingFrom(from); i < all.size(); i++) {
            Heading h = all.get(i);
            if (h.start() >= to) {
                break;
            }
            if (h.start() >= from && !(topEnd > h.start())) {
                top.add(h);
                topEnd = Math.max(topEnd, h.end());
            }
        }
        if (top.isEmpty()) {
            points(text, from, to, cue, out);
            return;
        }
        for (Heading h : top) {
            int bodyEnd = h.end();
            Heading child = outline.firstChild(h.index());
            if (child != null) {
                bodyEnd = child.start();
            }
            List<Enumerations.Item> items = h.bodyStart() < bodyEnd
                    ? Enumerations.split(text, h.bodyStart(), bodyEnd) : List.of();
            if (items.size() >= 2) {
                points(text, h.bodyStart(), bodyEnd, "under " + h.label() + h.title().strip(), out);
            } else if (child != null) {
                units(text, outline, child.start(), h.end(), cue, out);
            } else {
                int[] span = trim(text, h.titleStart(), h.end());
                if (span[0] < span[1]) {
                    out.add(new Point(h.start(), span[0], span[1], "heading " + cue));
                }
            }
        }
    }

    /** Each enumerated point of {@code [from, to)}; the last one ends with its paragraph or a summing-up sentence. */
    private static void points(String text, int from, int to, String cue, List<Point> out) {
        List<Enumerations.Item> items = Enumerations.split(text, from, to);
        for (int i = 0; i < items.size(); i++) {
            Enumerations.Item item = items.get(i);
            int end = item.end();
            if (i == items.size() - 1) {
                int lineEnd = text.indexOf('\n', item.start());
                end = Math.min(end, lineEnd < 0 ? end : lineEnd);
                Matcher tail = ReportPatterns.ENUM_TAIL.matcher(text).region(item.start(), end);
                if (tail.find()) {
                    end = tail.start() + 1;
                }
            }
            int[] span = trim(text, item.start(), end);
            if (span[0] < span[1]) {
                out.add(new Point(item.labelStart(), span[0], span[1], "item " + item.label() + " " + cue));
            }
        }
    }

    private static boolean onlySpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Lines.isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Lines.isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isBlank(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
