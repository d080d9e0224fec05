package org.reportminer.pipeline.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Lines;

/**
 * A finding's own status, as the words right after it state it: {@code 整改情况：已整改。}, or in an audit
 * rectification report {@code 1.关于…问题。…已整改12.3亿元。} / {@code 正在整改}. Only the lead of the block is read
 * (its first paragraph, before the first enumerated measure), so a measure's own progress is not taken for the
 * finding's. Stateless and thread-safe.
 */
final class FindingStatusReader {

    /** A status and the words that gave it. */
    record Status(MeasureStatus status, String evidence) {
    }

    private FindingStatusReader() {
    }

    /** The status stated at the start of the block {@code [from, to)}, if any. */
    static Optional<Status> read(String text, int from, int to) {
        int start = from;
        while (start < to && Lines.isBlank(text.charAt(start))) {
            start++;
        }
        if (start >= to) {
            return Optional.empty();
        }
        int end = text.indexOf('\n', start);
        end = end < 0 || end > to ? to : end;
        List<Enumerations.Item> items = Enumerations.split(text, start, end);
        if (!items.isEmpty()) {
            end = items.get(0).labelStart();
        }
        Matcher m = ReportPatterns.FINDING_STATUS.matcher(text).region(start, end);
        if (!m.find()) {
            return Optional.empty();
        }
        MeasureStatus s = m.group("done") != null ? MeasureStatus.DONE
                : m.group("doing") != null ? MeasureStatus.IN_PROGRESS : MeasureStatus.ONGOING;
        return Optional.of(new Status(s, m.group()));
    }
}
