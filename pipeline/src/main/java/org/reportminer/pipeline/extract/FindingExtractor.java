package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.text.Punctuation;
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

    /**
     * A finding before its measures are read. {@code numberedOnly}: only numbered items of its block are measures
     * (un-numbered prose says how far it got, which goes to the finding's status); {@code preset}: the detail a
     * table row states, {@code null} to read it from the labelled lines around the finding.
     */
    private record Draft(int anchor, int start, int end, int blockStart, int containerEnd, boolean hasMeasures,
                         String cue, boolean numberedOnly, FindingDetail preset) {

        Draft(int anchor, int start, int end, int blockStart, int containerEnd, boolean hasMeasures, String cue) {
            this(anchor, start, end, blockStart, containerEnd, hasMeasures, cue, false, null);
        }
    }

    /**
     * The drafts so far, with two indexes so that "is this line or heading already claimed?" costs O(log n) rather than
     * a scan of every draft: a storm of 100k labelled lines made those scans quadratic (issue 13).
     */
    private static final class Drafts extends ArrayList<Draft> {

        /** How many drafts have each anchor. */
        private final TreeMap<Integer, Integer> anchors = new TreeMap<>();
        /** A Fenwick tree over start offsets holding the greatest end of the drafts starting at or before each. */
        private final int[] maxEnd;

        Drafts(int textLength) {
            maxEnd = new int[textLength + 2];
        }

        @Override
        public boolean add(Draft d) {
            anchors.merge(d.anchor(), 1, Integer::sum);
            for (int i = Math.min(Math.max(d.start(), 0), maxEnd.length - 2) + 1; i < maxEnd.length; i += i & -i) {
                maxEnd[i] = Math.max(maxEnd[i], d.end());
            }
            return super.add(d);
        }

        /** Whether a draft is anchored in {@code [from, to)}. */
        boolean anyAnchorIn(int from, int to) {
            Integer a = anchors.ceilingKey(from);
            return a != null && a < to;
        }

        /** Whether a draft's span covers {@code offset}: {@code start <= offset < end}. */
        boolean anySpanOver(int offset) {
            if (offset < 0) {
                return false;
            }
            int best = Integer.MIN_VALUE;
            for (int i = Math.min(offset, maxEnd.length - 2) + 1; i > 0; i -= i & -i) {
                best = Math.max(best, maxEnd[i]);
            }
            return best > offset;
        }
    }

    /** The findings of {@code text}, in text order, numbered F1, F2 …. */
    public List<Finding> extract(String text, Outline outline, List<Count> counts) {
        Drafts drafts = new Drafts(text.length());
        addOpenerFindings(text, outline, drafts);
        addQuotedHeadingFindings(outline, drafts);
        addPlainProblemHeadingFindings(text, outline, drafts);
        addProblemSectionFindings(text, outline, drafts);
        addInlineProblemFindings(text, outline, drafts);
        addTableRowFindings(text, outline, drafts);
        addLabelledFindings(text, outline, drafts);
        addAreaProblemHeadingFindings(text, outline, drafts);
        addAreaFindings(text, outline, drafts);
        addStatusGroupFindings(text, outline, drafts);
        drafts.sort(Comparator.comparingInt(Draft::anchor));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Measure> ms = List.of();
            int regionEnd = d.containerEnd();
            if (i + 1 < drafts.size()) {
                regionEnd = Math.min(regionEnd, drafts.get(i + 1).anchor());
            }
            int blockEnd = FindingDetails.blockEnd(text, outline, d.blockStart(), regionEnd);
            if (d.hasMeasures() && blockEnd > d.blockStart()) {
                ms = measures.extract(text, d.blockStart(), blockEnd, counts);
                if (d.numberedOnly()) {
                    ms = ms.stream().filter(m -> !m.label().isEmpty()).toList();
                }
            }
            FindingDetail detail = d.preset() != null ? d.preset()
                    : FindingDetails.read(text, outline, d.start(), Math.max(regionEnd, d.end()), d.cue());
            if (d.numberedOnly() && ms.isEmpty() && detail.status() == null && blockEnd > d.blockStart()) {
                detail = FindingDetails.withStatusOf(detail, text.substring(d.blockStart(), blockEnd));
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
            if (d.blockStart() < regionEnd) {
                // the lead of the block may state it (整改情况：已整改。, 已整改12.3亿元): its whole phrase is the better
                // evidence when a field said the same or nothing
                var own = FindingStatusReader.read(text, d.blockStart(), regionEnd);
                if (own.isPresent() && (detail.status() == null || detail.status() == own.get().status())) {
                    detail = detail.withStatus(own.get().status(), own.get().evidence());
                }
            }
            out.add(new Finding("F" + (i + 1), area, group, null, text.substring(d.start(), d.end()), d.start(),
                    d.end(), detail, ms, MeasureExtractor.within(counts, d.start(), d.end())));
        }
        return out;
    }

    private static void addOpenerFindings(String text, Outline outline, Drafts drafts) {
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
                    if (ReportPatterns.ATTRIBUTE_LINE.matcher(l.text()).lookingAt()) {
                        continue; // 整改时限：…, 责任单位：… belong to the problem but do not state it (even when
                                  // the outline took such a short line for a heading)
                    }
                    Heading h = outline.headingOnLine(j);
                    if (h != null) {
                        stop = h;
                        break;
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
                    if (first > collected.get(0).start()) {
                        cue = "label " + text.substring(collected.get(0).start(), first).strip();
                    }
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
            Heading container = container(outline, problem[0]);
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

    private static void addQuotedHeadingFindings(Outline outline, Drafts drafts) {
        for (Heading h : outline.headings()) {
            if (h.family() == LabelFamily.LAYOUT) {
                continue;
            }
            String title = h.title();
            Matcher q = ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(title);
            if (!q.lookingAt() || drafts.anyAnchorIn(h.start(), Math.max(h.end(), h.start() + 1))) {
                continue;
            }
            int s = h.titleStart() + q.start(1);
            int e = h.titleStart() + q.end(1);
            drafts.add(new Draft(h.start(), s, e, h.bodyStart(), h.end(), true, "quoted problem heading"));
        }
    }

    /** The problems of the parts that list problems (存在的问题, 审计发现的主要问题): see {@link ProblemPoints}. */
    private static void addProblemSectionFindings(String text, Outline outline, Drafts drafts) {
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
    private static void addPlainProblemHeadingFindings(String text, Outline outline, Drafts drafts) {
        // which headings have a child naming a problem: one pass, not a scan of all headings per heading
        boolean[] namingChild = new boolean[outline.headings().size()];
        for (Heading c : outline.headings()) {
            if (c.parent() >= 0 && c.parent() < namingChild.length && !namingChild[c.parent()]
                    && (ReportPatterns.PLAIN_PROBLEM_HEADING.matcher(c.title().strip()).matches()
                    || ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(c.title()).lookingAt())) {
                namingChild[c.parent()] = true;
            }
        }
        for (Heading h : outline.headings()) {
            Matcher q = ReportPatterns.PLAIN_PROBLEM_HEADING.matcher(h.title().strip());
            if (h.family() == LabelFamily.LAYOUT || !q.matches()
                    || drafts.anyAnchorIn(h.start(), h.end())
                    || namingChild[h.index()]) {
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
    private static void addInlineProblemFindings(String text, Outline outline, Drafts drafts) {
        for (Line line : outline.lines()) {
            if (outline.headingOnLine(line.index()) != null
                    || drafts.anyAnchorIn(line.start(), line.end())) {
                continue;
            }
            Matcher m = ReportPatterns.INLINE_PROBLEM.matcher(text).region(line.start(), line.end());
            if (!m.lookingAt()) {
                m = ReportPatterns.INLINE_PROBLEM_UNQUOTED.matcher(text).region(line.start(), line.end());
            }
            if (m.lookingAt()) {
                // the gold counts numbered measures only: a rest in prose states what was done and how far it got
                drafts.add(new Draft(line.start(), m.start(1), m.end(1), m.end(), line.end(), true,
                        "inline problem after " + text.substring(line.start(), m.start(1)).strip(), true, null));
            }
        }
    }

    /**
     * Labelled problems that no measure opener claimed: a line that opens with a problem label ({@code 项目1.1：},
     * {@code 问题一：}, {@code 措施序号（1）：}, {@code 【问题】}), or any line followed straight away by a labelled
     * field ({@code 整改时限：}, {@code 责任单位}, {@code 整改措施} alone on its line). Its record runs to the next such
     * line or heading; its measures are the numbered items of its measures field.
     */
    private static void addLabelledFindings(String text, Outline outline, Drafts drafts) {
        List<Line> lines = outline.lines();
        List<Integer> starts = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (Line line : lines) {
            if (line.index() == outline.titleLine() || Fields.key(line.text()).filter(k -> k.role() != FieldRole.PROBLEM
                    || k.alone()).isPresent()) {
                continue;
            }
            Matcher label = ReportPatterns.PROBLEM_LABEL_LINE.matcher(line.text());
            if (label.lookingAt() && (!isBareDecimal(label.group()) || opensParagraph(lines, line.index()))) {
                starts.add(line.index());
                cues.add("label " + label.group().strip());
                continue;
            }
            Heading h = outline.headingOnLine(line.index());
            boolean upper = h != null && (h.role() == SectionRole.RECTIFICATION || h.role() == SectionRole.OVERVIEW
                    || h.role() == SectionRole.PLANS || h.role() == SectionRole.PROBLEMS);
            // a key alone on its line is a flattened table cell: the line before it is another cell's value, and the
            // line after it is its own value, neither a problem
            boolean valueOfKey = line.index() > 0
                    && Fields.key(lines.get(line.index() - 1).text()).filter(Fields.Key::alone).isPresent();
            if (!upper && !valueOfKey && line.index() + 1 < lines.size()) {
                var next = Fields.key(lines.get(line.index() + 1).text()).filter(k -> !k.alone());
                if (next.isPresent() && next.get().role() != FieldRole.PROBLEM && next.get().role() != FieldRole.OTHER) {
                    starts.add(line.index());
                    cues.add("line before " + next.get().key());
                }
            }
        }
        for (int n = 0; n < starts.size(); n++) {
            Line line = lines.get(starts.get(n));
            if (drafts.anyAnchorIn(line.start(), line.end())
                    || drafts.anySpanOver(line.start())) {
                continue;
            }
            int last = n + 1 < starts.size() ? starts.get(n + 1) : lines.size();
            for (int j = line.index() + 1; j < last; j++) {
                if (isHeading(outline, j)) {
                    last = j;
                    break;
                }
            }
            Heading h = outline.headingOnLine(line.index());
            int from = h != null && h.family() != LabelFamily.LAYOUT ? h.titleStart() : line.start();
            int[] problem = trim(text, stripPrefix(text, from, line.end()), line.end());
            if (problem[0] >= problem[1]) {
                continue;
            }
            int recordEnd = last < lines.size() ? lines.get(last).start() : text.length();
            Heading container = container(outline, line.start());
            int containerEnd = Math.min(recordEnd, container == null ? text.length() : Math.max(container.end(),
                    line.end()));
            int blockStart = -1;
            for (Fields.Field f : Fields.read(text, lines, line.index() + 1, last)) {
                if (f.role() == FieldRole.MEASURES) {
                    blockStart = f.valueStart();
                    break;
                }
            }
            drafts.add(new Draft(line.start(), problem[0], problem[1], blockStart < 0 ? problem[1] : blockStart,
                    containerEnd, blockStart >= 0, cues.get(n), true, null));
        }
    }

    /**
     * The innermost heading containing {@code offset} that is a section: a field line ({@code 责任单位：执法支队}) the
     * outline took for a short layout heading belongs to its problem and closes nothing.
     */
    private static Heading container(Outline outline, int offset) {
        List<Heading> chain = outline.ancestors(offset);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isFieldHeading(outline, chain.get(i))) {
                return chain.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a section heading ({@code 一、}, {@code （一）}) starts on line {@code j}: it closes a labelled problem.
     * Measure labels ({@code ①}, {@code 1.}) are items inside it, and a short line the outline only guessed to be a
     * heading ({@code 长期坚持} under a lone {@code 整改时限}) is a field's value.
     */
    private static boolean isHeading(Outline outline, int j) {
        Heading h = outline.headingOnLine(j);
        return h != null && (h.family() == LabelFamily.CN_COMMA || h.family() == LabelFamily.CN_PAREN);
    }

    private static boolean isFieldHeading(Outline outline, Heading h) {
        return h.family() == LabelFamily.LAYOUT && Fields.key(outline.lines().get(h.line()).text()).isPresent();
    }

    /** Each row of a rectification table ({@code 序号 / 反馈问题 / 整改措施 / 责任单位 / 完成时限 / 完成情况}). */
    private static void addTableRowFindings(String text, Outline outline, Drafts drafts) {
        for (TableRows.Row row : TableRows.read(text, outline.lines())) {
            int[] problem = row.cell(FieldRole.PROBLEM);
            if (problem == null || drafts.anyAnchorIn(row.start(), row.end())) {
                continue;
            }
            problem = trim(text, stripPrefix(text, problem[0], problem[1]), problem[1]);
            if (problem[0] >= problem[1]) {
                continue;
            }
            int[] ms = row.cell(FieldRole.MEASURES);
            FindingDetail detail = FindingDetail.cue("table row " + row.serial());
            int[] when = row.cell(FieldRole.TIMEFRAME);
            if (when != null) {
                detail = detail.withTimeframe(text.substring(when[0], when[1]).strip());
            }
            int[] who = row.cell(FieldRole.RESPONSIBLE);
            if (who != null) {
                detail = detail.withResponsible(text.substring(who[0], who[1]).strip());
            }
            int[] how = row.cell(FieldRole.STATUS);
            if (how != null) {
                detail = FindingDetails.withStatusOf(detail, text.substring(how[0], how[1]));
            }
            drafts.add(new Draft(row.start(), problem[0], problem[1], ms == null ? problem[1] : ms[0],
                    ms == null ? problem[1] : ms[1], ms != null, detail.evidence(), true, detail));
        }
    }

    /**
     * Numbered headings beneath a problem area that name a problem ({@code （一）…方面} → {@code 1.…推进缓慢的问题。} →
     * {@code （1）…} measures): each is a finding, its enumerated body its measures. A heading counts when its title
     * ends with 问题, or when it reads as a shortfall and has enumerated items of its own; a numbered measure under
     * the area ({@code 1.制定实施方案…}) has neither.
     */
    private static void addAreaProblemHeadingFindings(String text, Outline outline, Drafts drafts) {
        for (Heading h : outline.headings()) {
            if (h.family() == LabelFamily.LAYOUT || h.parent() < 0
                    || outline.headings().get(h.parent()).role() != SectionRole.PROBLEM_AREA) {
                continue;
            }
            String title = h.title().strip();
            Matcher nameMatch = ReportPatterns.PROBLEM_TITLE.matcher(title);
            boolean itemised = h.bodyStart() < h.end() && !Enumerations.split(text, h.bodyStart(), h.end()).isEmpty();
            // a measure may end with 问题 too (集中整治…腐败问题): one that opens with an action counts only with
            // measures of its own beneath it
            boolean named = nameMatch.matches()
                    && (itemised || !ReportPatterns.ACTION_OPENING.matcher(title).lookingAt());
            boolean problem = named || (itemised && ReportPatterns.SHORTFALL.matcher(title).find());
            if (!problem || drafts.anyAnchorIn(h.start(), h.end())) {
                continue;
            }
            int lead = h.titleStart() + (h.title().length() - h.title().stripLeading().length());
            int end = nameMatch.matches() ? lead + nameMatch.end(1) : lead + title.length();
            int[] span = trim(text, lead, end);
            drafts.add(new Draft(h.start(), span[0], span[1], h.bodyStart(), h.end(), true,
                    "problem heading under " + outline.headings().get(h.parent()).title().strip(), true, null));
        }
    }

    /**
     * A problem area that no other shape found a finding in: its heading is the problem, and what is enumerated in
     * its body (as sub-headings or items) are the measures.
     */
    private static void addAreaFindings(String text, Outline outline, Drafts drafts) {
        for (Heading a : outline.headings()) {
            if (a.role() != SectionRole.PROBLEM_AREA || drafts.anyAnchorIn(a.start(), a.end())) {
                continue;
            }
            int[] span = trim(text, a.titleStart(), a.titleEnd());
            if (span[0] >= span[1]) {
                continue;
            }
            if (a.family() != LabelFamily.LAYOUT) {
                drafts.add(new Draft(a.start(), span[0], span[1], a.bodyStart(), a.end(), true, "problem area heading"));
                continue;
            }
            // an unlabelled area line (“十五五”…规划编制方面) counts only inside a part about rectification
            // (三、需长期整改事项进展情况), whose title then gives its status; its prose is no numbered measure
            Heading parent = a.parent() >= 0 ? outline.headings().get(a.parent()) : null;
            if (parent == null || !parent.title().contains("整改")) {
                continue;
            }
            FindingDetail detail = FindingDetails.withStatusOf(
                    FindingDetail.cue("unlabelled area line under " + parent.title().strip()), parent.title());
            drafts.add(new Draft(a.start(), span[0], span[1], a.bodyStart(), a.end(), true, detail.evidence(), true,
                    detail));
        }
    }

    /**
     * A heading that groups problems by their status ({@code 一、已完成整改企业情况}) with no finding found inside it:
     * the group is the finding, its status the title's ({@code 已完成整改}, {@code 未完成整改}), with no measures.
     */
    private static void addStatusGroupFindings(String text, Outline outline, Drafts drafts) {
        for (Heading g : outline.headings()) {
            if (g.family() == LabelFamily.LAYOUT || !ReportPatterns.STATUS_GROUP_TITLE.matcher(g.title().strip()).matches()
                    || drafts.anyAnchorIn(g.start(), g.end())) {
                continue;
            }
            int[] span = trim(text, g.titleStart(), g.titleEnd());
            drafts.add(new Draft(g.start(), span[0], span[1], span[0], span[1], false, "status group heading"));
        }
    }

    /** A label that is only a number like {@code 1.1} or {@code 2.3.1}: PDF breaks make such lines out of prose. */
    private static boolean isBareDecimal(String label) {
        String l = label.strip();
        return !l.isEmpty() && Character.isDigit(l.charAt(0));
    }

    /**
     * Whether line {@code i} starts a paragraph: the first line, or the line before it ends a sentence or a clause
     * (a PDF breaks {@code …全市PM\n2.5平均浓度…} mid-sentence, and {@code 2.5} there is no label).
     */
    private static boolean opensParagraph(List<Line> lines, int i) {
        if (i == 0) {
            return true;
        }
        String before = lines.get(i - 1).text().strip();
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return Punctuation.isSentenceEnd(last) || Punctuation.isClauseEnd(last) || Punctuation.isCloser(last);
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
