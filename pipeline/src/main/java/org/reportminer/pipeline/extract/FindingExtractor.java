package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Heading;
import org.reportminer.pipeline.structure.LabelFamily;
import org.reportminer.pipeline.structure.Line;
import org.reportminer.pipeline.structure.Lines;
import org.reportminer.pipeline.structure.Outline;

/**
 * Finds every problem a report states, with the measures taken against it. Three shapes are read:
 * <ul>
 *   <li>a problem statement followed by a measure block ({@code 整改情况：①…}), on the next line or in the same
 *       paragraph; a problem runs over several paragraphs when a heading opens it;</li>
 *   <li>a heading that names the problem in quotes ({@code 1.关于“…”问题的整改}) with its measures in the body;</li>
 *   <li>the enumerated items ({@code 一是…二是…}) or subsections of a {@code 存在的主要问题} part, which have no
 *       measures;</li>
 *   <li>a paragraph that opens by naming its problem in quotes ({@code 针对“…”的问题，…}): the quote is the problem,
 *       the rest of the paragraph its measures;</li>
 *   <li>a problem area ({@code （一）…方面}) with its measures numbered straight beneath it and no problem sentence
 *       of its own: the area itself is the finding.</li>
 * </ul>
 * Thread-safe.
 */
public final class FindingExtractor {

    private final MeasureExtractor measures = new MeasureExtractor();

    /** A finding before its measures are read. */
    private record Draft(int anchor, int start, int end, int blockStart, int containerEnd, boolean hasMeasures,
                         String cue) {
    }

    /** The findings of {@code text}, in text order, numbered F1, F2 …. */
    public List<Finding> extract(String text, Outline outline, List<Count> counts) {
        List<Draft> drafts = new ArrayList<>();
        addOpenerFindings(text, outline, drafts);
        addQuotedHeadingFindings(outline, drafts);
        addPlainProblemHeadingFindings(text, outline, drafts);
        addProblemSectionFindings(text, outline, drafts);
        addInlineProblemFindings(text, outline, drafts);
        addAreaFindings(text, outline, drafts);
        addStatusGroupFindings(text, outline, drafts);
        drafts.sort(Comparator.comparingInt(Draft::anchor));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Measure> ms = List.of();
            if (d.hasMeasures()) {
                int blockEnd = d.containerEnd();
                if (i + 1 < drafts.size()) {
                    blockEnd = Math.min(blockEnd, drafts.get(i + 1).anchor());
                }
                if (blockEnd > d.blockStart()) {
                    ms = measures.extract(text, d.blockStart(), blockEnd, counts);
                }
            }
            String area = null;
            String group = null;
            for (Heading h : outline.ancestors(d.start())) {
                if (h.role() == SectionRole.PROBLEM_AREA) {
                    area = h.title();
                } else if (h.role() == SectionRole.PROBLEM_GROUP) {
                    group = h.title();
                }
            }
            FindingDetail detail = FindingDetail.cue(d.cue());
            if (d.blockStart() < d.containerEnd()) {
                int blockEnd = i + 1 < drafts.size() ? Math.min(d.containerEnd(), drafts.get(i + 1).anchor())
                        : d.containerEnd();
                var own = FindingStatusReader.read(text, d.blockStart(), blockEnd);
                if (own.isPresent()) {
                    detail = detail.withStatus(own.get().status(), own.get().evidence());
                }
            }
            out.add(new Finding("F" + (i + 1), area, group, null, text.substring(d.start(), d.end()), d.start(),
                    d.end(), detail, ms, MeasureExtractor.within(counts, d.start(), d.end())));
        }
        return out;
    }

    private static void addOpenerFindings(String text, Outline outline, List<Draft> drafts) {
        List<Line> lines = outline.lines();
        Matcher m = ReportPatterns.MEASURE_OPENER.matcher(text);
        int previousOpener = -1;
        int lineIdx = 0;
        while (m.find()) {
            while (lineIdx + 1 < lines.size() && lines.get(lineIdx + 1).start() <= m.start()) {
                lineIdx++;
            }
            Line line = lines.get(lineIdx);
            int opener = m.start();
            int[] problem = null;
            int anchor = -1;
            String cue = "statement before " + m.group().strip();
            if (opener > line.start()) {
                Heading h = outline.headingOnLine(line.index());
                int s = h != null && h.family() != LabelFamily.LAYOUT ? h.titleStart() : line.start();
                problem = trim(text, stripPrefix(text, s, opener), opener);
                anchor = h != null ? h.start() : line.start();
                if (problem[0] >= problem[1]) {
                    problem = null;
                }
            }
            if (problem == null) {
                List<Line> collected = new ArrayList<>();
                Heading stop = null;
                boolean byPrevious = false;
                for (int j = line.index() - 1; j >= 0; j--) {
                    Line l = lines.get(j);
                    if (l.start() <= previousOpener || j == outline.titleLine()) {
                        byPrevious = l.start() <= previousOpener;
                        break;
                    }
                    Heading h = outline.headingOnLine(j);
                    if (h != null) {
                        stop = h;
                        break;
                    }
                    if (ReportPatterns.ATTRIBUTE_LINE.matcher(l.text()).lookingAt()) {
                        continue; // 整改时限：…, 责任单位：… belong to the problem but do not state it
                    }
                    collected.add(0, l);
                    if (ReportPatterns.PROBLEM_LABEL_LINE.matcher(l.text()).lookingAt()) {
                        break; // 项目1.1：…, 问题3：… is where the statement starts
                    }
                }
                if (!collected.isEmpty()) {
                    if (byPrevious && collected.size() > 1) {
                        collected = collected.subList(collected.size() - 1, collected.size());
                    }
                    int first = stripPrefix(text, collected.get(0).start(), collected.get(0).end());
                    problem = new int[] {first, collected.get(collected.size() - 1).end()};
                    anchor = problem[0];
                } else if (stop != null && stop.family() != LabelFamily.LAYOUT && stop.family() != LabelFamily.CIRCLED
                        && stop.start() > previousOpener) {
                    problem = headingProblem(text, outline, stop);
                    anchor = stop.start();
                    cue = "heading above " + m.group().strip();
                }
            }
            previousOpener = opener;
            if (problem == null) {
                continue;
            }
            Heading container = outline.innermost(problem[0]);
            int containerEnd = container == null ? text.length() : Math.max(container.end(), m.end());
            drafts.add(new Draft(anchor, problem[0], problem[1], m.end(), containerEnd, true, cue));
        }
    }

    /** The problem a heading states: the quoted problem of {@code 关于“…”}, else its text after the label. */
    private static int[] headingProblem(String text, Outline outline, Heading h) {
        Matcher q = ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(text).region(h.titleStart(), h.titleEnd());
        if (q.lookingAt()) {
            return new int[] {q.start(1), q.end(1)};
        }
        Line line = outline.lines().get(h.line());
        return trim(text, stripPrefix(text, h.titleStart(), line.end()), line.end());
    }

    private static void addQuotedHeadingFindings(Outline outline, List<Draft> drafts) {
        for (Heading h : outline.headings()) {
            if (h.family() == LabelFamily.LAYOUT) {
                continue;
            }
            String title = h.title();
            Matcher q = ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(title);
            if (!q.lookingAt() || drafts.stream().anyMatch(d -> h.contains(d.anchor()) || d.anchor() == h.start())) {
                continue;
            }
            int s = h.titleStart() + q.start(1);
            int e = h.titleStart() + q.end(1);
            drafts.add(new Draft(h.start(), s, e, h.bodyStart(), h.end(), true, "quoted problem heading"));
        }
    }

    /** The problems of the parts that list problems (存在的问题, 审计发现的主要问题): see {@link ProblemPoints}. */
    private static void addProblemSectionFindings(String text, Outline outline, List<Draft> drafts) {
        List<Integer> claimed = drafts.stream().map(Draft::anchor).toList();
        for (ProblemPoints.Point p : ProblemPoints.find(text, outline, claimed)) {
            drafts.add(new Draft(p.anchor(), p.start(), p.end(), p.end(), p.end(), false, p.cue()));
        }
    }

    /**
     * Headings of a rectification report that name their problem without quotes ({@code 1.关于部分收入未及时缴库的问题}),
     * unless a heading inside them names a problem too (then they only group problems). Numbered points in the body
     * are the measures; a body of prose only states what was done, and has none.
     */
    private static void addPlainProblemHeadingFindings(String text, Outline outline, List<Draft> drafts) {
        for (Heading h : outline.headings()) {
            Matcher q = ReportPatterns.PLAIN_PROBLEM_HEADING.matcher(h.title().strip());
            if (h.family() == LabelFamily.LAYOUT || !q.matches()
                    || drafts.stream().anyMatch(d -> h.contains(d.anchor()))
                    || outline.headings().stream().anyMatch(c -> c.parent() == h.index()
                    && (ReportPatterns.PLAIN_PROBLEM_HEADING.matcher(c.title().strip()).matches()
                    || ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(c.title()).lookingAt()))) {
                continue;
            }
            int lead = h.titleStart() + (h.title().length() - h.title().stripLeading().length());
            int s = lead + q.start(1);
            int e = lead + q.end(1);
            boolean numbered = h.bodyStart() < h.end() && !Enumerations.split(text, h.bodyStart(), h.end()).isEmpty();
            drafts.add(new Draft(h.start(), s, e, h.bodyStart(), h.end(), numbered, "problem heading 关于…问题"));
        }
    }

    /** Paragraphs that open with {@code 针对“…”的问题，} and that no other shape claimed. */
    private static void addInlineProblemFindings(String text, Outline outline, List<Draft> drafts) {
        for (Line line : outline.lines()) {
            if (outline.headingOnLine(line.index()) != null
                    || drafts.stream().anyMatch(d -> d.anchor() >= line.start() && d.anchor() < line.end())) {
                continue;
            }
            Matcher m = ReportPatterns.INLINE_PROBLEM.matcher(text).region(line.start(), line.end());
            if (m.lookingAt()) {
                drafts.add(new Draft(line.start(), m.start(1), m.end(1), m.end(), line.end(), true,
                        "inline problem after " + text.substring(line.start(), m.start(1)).strip()));
            }
        }
    }

    /**
     * A problem area that no other shape found a finding in: its heading is the problem, and what is enumerated in
     * its body (as sub-headings or items) are the measures.
     */
    private static void addAreaFindings(String text, Outline outline, List<Draft> drafts) {
        for (Heading a : outline.headings()) {
            if (a.role() != SectionRole.PROBLEM_AREA || a.family() == LabelFamily.LAYOUT
                    || drafts.stream().anyMatch(d -> a.contains(d.anchor()))) {
                continue;
            }
            int[] span = trim(text, a.titleStart(), a.titleEnd());
            if (span[0] >= span[1]) {
                continue;
            }
            drafts.add(new Draft(a.start(), span[0], span[1], a.bodyStart(), a.end(), true, "problem area heading"));
        }
    }

    /**
     * A heading that groups problems by their status ({@code 一、已完成整改企业情况}) with no finding found inside it:
     * the group is the finding, its status the title's ({@code 已完成整改}, {@code 未完成整改}), with no measures.
     */
    private static void addStatusGroupFindings(String text, Outline outline, List<Draft> drafts) {
        for (Heading g : outline.headings()) {
            if (g.family() == LabelFamily.LAYOUT || !ReportPatterns.STATUS_GROUP_TITLE.matcher(g.title().strip()).matches()
                    || drafts.stream().anyMatch(d -> g.contains(d.anchor()))) {
                continue;
            }
            int[] span = trim(text, g.titleStart(), g.titleEnd());
            drafts.add(new Draft(g.start(), span[0], span[1], span[0], span[1], false, "status group heading"));
        }
    }

    private static int stripPrefix(String text, int start, int end) {
        Matcher m = ReportPatterns.PROBLEM_PREFIX.matcher(text).region(start, end);
        return m.lookingAt() ? m.end() : start;
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
