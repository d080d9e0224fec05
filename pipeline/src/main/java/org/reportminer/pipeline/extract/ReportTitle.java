package org.reportminer.pipeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Line;
import org.reportminer.pipeline.structure.Outline;

/**
 * A report's title as the reader sees it, rejoined where a PDF broke it over lines: the outline's title line, with
 * the line before it when that line opens the title without ending it ({@code 关于落实《…》整改措施} above
 * {@code （序号1）整改完成情况的公示}), and the line after it when the title line ends mid-phrase
 * ({@code …财政收支的} above {@code 审计工作报告}). A notice merged into one line has as title its head up to the
 * first title word followed by a space.
 *
 * @param text      the title, lines joined without a separator, or {@code null} when there is none
 * @param firstLine index of its first line, -1 when there is none
 * @param lastLine  index of its last line, -1 when there is none
 */
public record ReportTitle(String text, int firstLine, int lastLine) {

    /** Longest line that can be part of a title. */
    private static final int MAX_LINE = 60;

    /** No title. */
    public static final ReportTitle NONE = new ReportTitle(null, -1, -1);

    /** The title of the text that {@code outline} was parsed from. */
    public static ReportTitle of(Outline outline) {
        List<Line> lines = outline.lines();
        int t = outline.titleLine();
        if (t < 0) {
            return merged(lines);
        }
        int first = t;
        int last = t;
        // backwards: at most two lines that open the title (关于…, 《… left open) and carry on into it
        while (first > 0 && t - first < 2 && joinable(lines.get(first - 1))
                && (ReportPatterns.TITLE_HEAD.matcher(lines.get(first - 1).text()).find()
                || ReportPatterns.TITLE_BROKEN_AFTER.matcher(lines.get(first - 1).text()).find())) {
            first--;
        }
        if (last + 1 < lines.size() && joinable(lines.get(last + 1))
                && ReportPatterns.TITLE_BROKEN_AFTER.matcher(lines.get(last).text()).find()) {
            last++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            sb.append(lines.get(i).text().strip());
        }
        return new ReportTitle(sb.toString(), first, last);
    }

    /** A line that can continue a title: short, not blank, not numbered, no sentence punctuation. */
    private static boolean joinable(Line l) {
        String s = l.text().strip();
        return !s.isEmpty() && s.length() <= MAX_LINE && !ReportPatterns.CLOSING_PUNCTUATION.matcher(s).find()
                && !ReportPatterns.SENTENCE_END.matcher(s).find()
                && !ReportPatterns.LABEL_CN_COMMA.matcher(s).lookingAt()
                && !ReportPatterns.LABEL_CN_PAREN.matcher(s).lookingAt()
                && !ReportPatterns.LABEL_ARABIC.matcher(s).lookingAt()
                && !ReportPatterns.ORG_NAME_LINE.matcher(s).matches();
    }

    /** The head of a one-line notice, when the first line is much longer than a title. */
    private static ReportTitle merged(List<Line> lines) {
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            if (l.length() <= MAX_LINE * 2) {
                return NONE;
            }
            Matcher m = ReportPatterns.MERGED_TITLE.matcher(l.text());
            return m.lookingAt() ? new ReportTitle(m.group(1).strip(), l.index(), l.index()) : NONE;
        }
        return NONE;
    }
}
