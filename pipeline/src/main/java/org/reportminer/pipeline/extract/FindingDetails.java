package org.reportminer.pipeline.extract;

import java.util.List;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Line;
import org.reportminer.pipeline.structure.Outline;

/**
 * Reads what a labelled problem's fields say about it: the timeframe from {@code 整改时限} ({@code 完成时限}, or else
 * {@code 整改目标}), who is responsible from {@code 责任单位} ({@code 牵头单位}, {@code 责任领导} …), and its own status
 * from a {@code 完成情况} field or the words before the numbered measures of {@code 整改情况：已完成整改。（1）…}.
 * Values are kept as written, trimmed, one line at most. Stateless.
 */
final class FindingDetails {

    private static final StatusClassifier STATUS = new StatusClassifier();

    private FindingDetails() {
    }

    /** The detail of the finding starting at {@code start}, read from the fields of its lines before {@code end}. */
    static FindingDetail read(String text, Outline outline, int start, int end, String cue) {
        List<Line> lines = outline.lines();
        int from = lineAt(lines, start);
        int to = from;
        while (to < lines.size() && lines.get(to).start() < end) {
            to++;
        }
        FindingDetail detail = FindingDetail.cue(cue);
        String target = null;
        String deadline = null;
        String responsible = null;
        FindingDetail statusFromMeasures = null;
        FindingDetail statusFromField = null;
        for (Fields.Field f : Fields.read(text, lines, from, to)) {
            String value = firstLine(f.value(text));
            switch (f.role()) {
                case TIMEFRAME -> {
                    // 整改目标 states a goal that may carry the date; 整改时限 states the date itself
                    if (f.key().contains("目标")) {
                        target = target == null ? value : target;
                    } else {
                        deadline = deadline == null ? value : deadline;
                    }
                }
                case RESPONSIBLE -> responsible = responsible == null ? value : responsible;
                case STATUS -> statusFromField = statusFromField == null ? withStatusOf(detail, value)
                        : statusFromField;
                case MEASURES -> {
                    if (statusFromMeasures == null) {
                        statusFromMeasures = withStatusOf(detail, lead(text, f.valueStart(), f.valueEnd()));
                    }
                }
                default -> {
                }
            }
        }
        FindingDetail withStatus = statusFromField != null && statusFromField.status() != null ? statusFromField
                : statusFromMeasures != null ? statusFromMeasures : detail;
        String timeframe = deadline != null ? deadline : target;
        return withStatus.withTimeframe(timeframe).withResponsible(responsible);
    }

    /**
     * Where a measure block starting at {@code blockStart} ends, at most {@code end}: at the first later line that is
     * another field of its problem ({@code 责任单位：}, {@code 完成时限}) or opens the next problem.
     */
    static int blockEnd(String text, Outline outline, int blockStart, int end) {
        List<Line> lines = outline.lines();
        for (int i = lineAt(lines, blockStart); i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.start() <= blockStart) {
                continue;
            }
            if (l.start() >= end) {
                break;
            }
            boolean otherField = Fields.key(l.text()).filter(k -> k.role() != FieldRole.MEASURES).isPresent();
            if (otherField || ReportPatterns.PROBLEM_LABEL_LINE.matcher(l.text()).lookingAt()) {
                return l.start();
            }
        }
        return end;
    }

    /** {@code detail} with the status {@code words} state, unchanged when they state none. */
    static FindingDetail withStatusOf(FindingDetail detail, String words) {
        StatusClassifier.Decision d = STATUS.classify(words);
        return d.status() == MeasureStatus.UNKNOWN ? detail : detail.withStatus(d.status(), d.evidence());
    }

    /** The words of a measures field before its first numbered item; its first sentence when it has none. */
    private static String lead(String text, int from, int to) {
        List<Enumerations.Item> items = Enumerations.split(text, from, to);
        if (!items.isEmpty()) {
            return text.substring(from, Math.max(from, items.get(0).labelStart()));
        }
        String v = text.substring(from, to);
        java.util.regex.Matcher m = ReportPatterns.SENTENCE_END.matcher(v);
        return m.find() ? v.substring(0, m.start()) : v;
    }

    private static String firstLine(String value) {
        int nl = value.indexOf('\n');
        return (nl < 0 ? value : value.substring(0, nl)).strip();
    }

    /** The index of the last line starting at or before {@code offset} (0 when none): a binary search. */
    private static int lineAt(List<Line> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
