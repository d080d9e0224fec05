package org.reportminer.pipeline.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Builds the heading hierarchy of an official document.
 *
 * <p>Numbered headings are recognised by their label at the start of a line (一、 （一） (1) 1. ① 第一，); 一是/二是
 * open enumerated items inside a section, not sections. Their
 * level follows the order in which label families first appear, as official documents nest them: a heading closes
 * every open section whose family appeared at the same rank or later. A numbered line whose text goes on after a
 * {@code 。} has an inline title ({@code 1.加强政治建设。紧紧围绕…} has title 加强政治建设).
 *
 * <p>After the first numbered heading, a short line with no closing punctuation that is followed by content (not by
 * a {@code 整改情况：} block, which would make it a problem statement) is an unnumbered heading one level below the
 * current one.
 *
 * <p>A heading that names its problem in quotes ({@code 1.关于“…”问题的整改}) is a finding: a numbered line that
 * would nest directly inside it ({@code （1）由…牵头，…。（2）…}) opens a measure, an enumerated item like ① or 一是,
 * and is not a section.
 *
 * <p>Roles: top-level titles decide overview / rectification / problems / plans; {@code “…”方面} titles are problem
 * areas; headings directly inside an area that do not themselves name a problem are problem groups, and so are
 * headings that directly contain finding headings.
 *
 * <p>Stateless and thread-safe.
 */
public final class SectionParser {

    /** Longest line that can be an unnumbered heading. */
    private static final int MAX_LAYOUT_HEADING = 30;

    /** Longest inline title; a longer first sentence is prose and the title is cut here. */
    private static final int MAX_TITLE = 120;

    private static final LabelFamily[] NUMBERED = {
        LabelFamily.CN_COMMA, LabelFamily.CN_PAREN, LabelFamily.ARABIC_PAREN, LabelFamily.ARABIC,
        LabelFamily.CIRCLED, LabelFamily.ORDINAL
    };

    /** Parses {@code text}. */
    public Outline parse(String text) {
        List<Line> lines = Lines.of(text);
        int titleLine = titleLine(lines);
        List<Draft> drafts = new ArrayList<>();
        Map<LabelFamily, Integer> rank = new EnumMap<>(LabelFamily.class);
        List<Draft> stack = new ArrayList<>();
        boolean seenNumbered = false;
        for (Line line : lines) {
            if (line.index() == titleLine) {
                continue;
            }
            Draft d = numbered(line);
            if (d == null && seenNumbered && isLayoutHeading(lines, line)) {
                d = layout(line);
            }
            if (d == null) {
                continue;
            }
            d.groupLike = d.family == LabelFamily.LAYOUT || groupLike(lines, line, d);
            d.finding = d.family != LabelFamily.LAYOUT
                    && ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(d.title).lookingAt();
            if (d.family == LabelFamily.LAYOUT) {
                int cut = -1;
                for (int i = 0; i < stack.size(); i++) {
                    if (stack.get(i).family == LabelFamily.LAYOUT) {
                        cut = i;
                        break;
                    }
                }
                close(stack, cut < 0 ? stack.size() : cut, d.start, text);
            } else {
                Integer known = rank.get(d.family);
                int r = known != null ? known : rank.size();
                int cut = stack.size();
                for (int i = 0; i < stack.size(); i++) {
                    Draft s = stack.get(i);
                    if (s.family != LabelFamily.LAYOUT && rank.get(s.family) >= r) {
                        cut = i;
                        break;
                    }
                }
                if (cut == stack.size() && !stack.isEmpty() && stack.get(stack.size() - 1).finding) {
                    // Inside a 1.关于“…”问题的整改 heading, a （1）/① line opens a measure (an item), not a section.
                    continue;
                }
                rank.putIfAbsent(d.family, r);
                seenNumbered = true;
                close(stack, cut, d.start, text);
            }
            d.parent = stack.isEmpty() ? -1 : stack.get(stack.size() - 1).index;
            d.level = stack.size() + 1;
            d.index = drafts.size();
            drafts.add(d);
            stack.add(d);
        }
        close(stack, 0, text.length(), text);
        for (Draft d : drafts) {
            if (d.finding && d.parent >= 0) {
                drafts.get(d.parent).findingParent = true;
            }
        }
        List<Heading> headings = new ArrayList<>();
        for (Draft d : drafts) {
            SectionRole role = role(d, d.parent < 0 ? null : headings.get(d.parent));
            headings.add(new Heading(d.index, d.family, d.label, d.ordinal, d.level, d.title, d.titleStart,
                    d.titleEnd, d.start, d.bodyStart, Math.max(d.end, d.titleEnd), d.parent, role, d.line));
        }
        return new Outline(lines, headings, titleLine);
    }

    private static void close(List<Draft> stack, int from, int at, String text) {
        int end = at;
        while (end > 0 && Lines.isBlank(text.charAt(end - 1))) {
            end--;
        }
        while (stack.size() > from) {
            stack.remove(stack.size() - 1).end = end;
        }
    }

    /** The first line, when it looks like a report title (short, names a report, no closing punctuation). */
    private static int titleLine(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            Line l = lines.get(i);
            if (l.length() <= 60 && ReportPatterns.TITLE_LINE.matcher(l.text()).matches()
                    && !ReportPatterns.CLOSING_PUNCTUATION.matcher(l.text()).find() && numbered(l) == null) {
                return i;
            }
        }
        return -1;
    }

    private static Draft numbered(Line line) {
        String t = line.text();
        for (LabelFamily f : NUMBERED) {
            Matcher m = f.lineStart().matcher(t);
            if (m.lookingAt() && m.end() < t.length()) {
                Draft d = new Draft();
                d.family = f;
                d.label = m.group();
                d.ordinal = LabelFamily.ordinal(m.group(1));
                d.start = line.start();
                d.line = line.index();
                int ts = m.end();
                while (ts < t.length() && (Lines.isBlank(t.charAt(ts)) || t.charAt(ts) == '，')) {
                    ts++;
                }
                Matcher end = ReportPatterns.TITLE_END.matcher(t);
                int te = end.find(ts) ? end.start() : t.length();
                te = Math.min(te, ts + MAX_TITLE);
                d.titleStart = line.start() + ts;
                d.titleEnd = line.start() + te;
                d.title = t.substring(ts, te);
                d.bodyStart = te < t.length() ? line.start() + te + 1 : line.end();
                return d;
            }
        }
        return null;
    }

    private static Draft layout(Line line) {
        Draft d = new Draft();
        d.family = LabelFamily.LAYOUT;
        d.label = "";
        d.start = line.start();
        d.titleStart = line.start();
        d.titleEnd = line.end();
        d.title = line.text();
        d.bodyStart = line.end();
        d.line = line.index();
        return d;
    }

    private static boolean isLayoutHeading(List<Line> lines, Line line) {
        String t = line.text();
        if (t.length() > MAX_LAYOUT_HEADING || t.length() < 4
                || ReportPatterns.CLOSING_PUNCTUATION.matcher(t).find()
                || ReportPatterns.SENTENCE_END.matcher(t).find()
                || ReportPatterns.MEASURE_OPENER.matcher(t).find()
                || t.chars().anyMatch(c -> Lines.isBlank((char) c))) {
            return false;
        }
        if (line.index() + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(line.index() + 1);
        if (ReportPatterns.MEASURE_OPENER.matcher(next.text()).lookingAt()) {
            return false;
        }
        return next.length() > t.length() || ReportPatterns.CLOSING_PUNCTUATION.matcher(next.text()).find()
                || numbered(next) != null;
    }

    private static boolean groupLike(List<Line> lines, Line line, Draft d) {
        String t = line.text();
        boolean next = line.index() + 1 < lines.size()
                && ReportPatterns.MEASURE_OPENER.matcher(lines.get(line.index() + 1).text()).lookingAt();
        return d.titleEnd == line.end() && !next && !ReportPatterns.CLOSING_PUNCTUATION.matcher(t).find()
                && !ReportPatterns.QUOTED_PROBLEM_HEADING.matcher(d.title).lookingAt();
    }

    private static SectionRole role(Draft d, Heading parent) {
        String title = d.title;
        if (d.level == 1 && d.family != LabelFamily.LAYOUT) {
            if (ReportPatterns.ROLE_PLANS.matcher(title).find()) {
                return SectionRole.PLANS;
            }
            if (ReportPatterns.ROLE_RECTIFICATION.matcher(title).find()) {
                return SectionRole.RECTIFICATION;
            }
            if (ReportPatterns.ROLE_PROBLEMS.matcher(title).find()) {
                return SectionRole.PROBLEMS;
            }
            if (ReportPatterns.ROLE_OVERVIEW.matcher(title).find()) {
                return SectionRole.OVERVIEW;
            }
        }
        if (ReportPatterns.ROLE_AREA.matcher(title).find()) {
            return SectionRole.PROBLEM_AREA;
        }
        if (parent != null && parent.role() == SectionRole.PROBLEM_AREA && d.groupLike
                || d.findingParent && !d.finding) {
            return SectionRole.PROBLEM_GROUP;
        }
        return SectionRole.OTHER;
    }

    /** Mutable while the stack is open; frozen into a {@link Heading}. */
    private static final class Draft {
        LabelFamily family;
        String label;
        int ordinal;
        int level;
        String title;
        int titleStart;
        int titleEnd;
        int start;
        int bodyStart;
        int end;
        int parent;
        int index;
        int line;
        /** A title-only line not followed by a measure block: can head a group of problems. */
        boolean groupLike;
        /** Names its problem in quotes ({@code 1.关于“…”问题的整改}): what is numbered inside it are measures. */
        boolean finding;
        /** Directly contains finding headings: a group of problems ({@code （一）关于…整改不到位的问题}). */
        boolean findingParent;
    }
}
