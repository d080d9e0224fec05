package org.reportminer.pipeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Decides how far a measure has got from its own wording, keeping the phrase that decided it. Rules, first match wins:
 * <ol>
 *   <li>a measure that opens by announcing itself ({@code 下一步将…}, {@code 拟…}) is PLANNED, whatever routine or
 *       deadline it names;</li>
 *   <li>IN_PROGRESS when it says so ({@code 正在}, {@code 积极推进}) or reports a partial count so far
 *       ({@code 目前已解决9个});</li>
 *   <li>DONE when it says so ({@code 已完成}, {@code 已整改}, {@code 今年以来已…});</li>
 *   <li>ONGOING for routines ({@code 常态化}, {@code 每季度}), even when they report results so far;</li>
 *   <li>DONE when it reports results with a count ({@code 今年以来开展集体学习12次}, {@code 共排查风险点93个}): work
 *       reported as carried out is done, even if more may follow;</li>
 *   <li>PLANNED for announcements anywhere ({@code 下一步}, {@code 将进一步});</li>
 *   <li>otherwise UNKNOWN: a bare action ({@code 建立…台账，实行…管理}) says nothing about progress.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class StatusClassifier {

    /** A status and the phrase that decided it ({@code null} for UNKNOWN). */
    public record Decision(MeasureStatus status, String evidence) {
    }

    private record Rule(MeasureStatus status, Pattern pattern) {
    }

    private static final List<Rule> ORDER = List.of(
            new Rule(MeasureStatus.PLANNED, ReportPatterns.STATUS_PLANNED_LEAD),
            new Rule(MeasureStatus.IN_PROGRESS, ReportPatterns.STATUS_IN_PROGRESS),
            new Rule(MeasureStatus.IN_PROGRESS, ReportPatterns.STATUS_PARTIAL),
            new Rule(MeasureStatus.DONE, ReportPatterns.STATUS_DONE),
            new Rule(MeasureStatus.ONGOING, ReportPatterns.STATUS_ONGOING),
            new Rule(MeasureStatus.DONE, ReportPatterns.STATUS_DONE_RESULT),
            new Rule(MeasureStatus.PLANNED, ReportPatterns.STATUS_PLANNED));

    /** The status of a measure whose text is {@code text}. */
    public Decision classify(String text) {
        for (Rule rule : ORDER) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                return new Decision(rule.status(), m.group());
            }
        }
        return new Decision(MeasureStatus.UNKNOWN, null);
    }
}
