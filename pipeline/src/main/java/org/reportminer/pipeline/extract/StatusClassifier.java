package org.reportminer.pipeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Decides how far a measure has got from its own wording, keeping the phrase that decided it. When a measure says
 * several things (已完成…，正在…), the most current state wins: IN_PROGRESS, then DONE, then ONGOING, then PLANNED.
 * Stateless and thread-safe.
 */
public final class StatusClassifier {

    /** A status and the phrase that decided it ({@code null} for UNKNOWN). */
    public record Decision(MeasureStatus status, String evidence) {
    }

    private static final Object[][] ORDER = {
        {MeasureStatus.IN_PROGRESS, ReportPatterns.STATUS_IN_PROGRESS},
        {MeasureStatus.DONE, ReportPatterns.STATUS_DONE},
        {MeasureStatus.ONGOING, ReportPatterns.STATUS_ONGOING},
        {MeasureStatus.PLANNED, ReportPatterns.STATUS_PLANNED},
    };

    /** The status of a measure whose text is {@code text}. */
    public Decision classify(String text) {
        for (Object[] row : ORDER) {
            Matcher m = ((Pattern) row[1]).matcher(text);
            if (m.find()) {
                return new Decision((MeasureStatus) row[0], m.group());
            }
        }
        return new Decision(MeasureStatus.UNKNOWN, null);
    }
}
