package org.reportminer.corpus.model;

/**
 * What the report says about a finding beyond its statement, each value as written (trimmed), {@code null} when the
 * report does not say it. In JSON these are flat fields of the finding.
 *
 * @param evidence       the cue that made the text a finding, e.g. {@code label 项目1.1：}, {@code area heading},
 *                       {@code 针对“…”的问题}; explains a wrong finding
 * @param status         the finding's own status (from 整改情况/完成情况/整改结果 lines or a status heading), or
 *                       {@code null} when only its measures carry one
 * @param statusEvidence the words that gave {@code status}
 * @param timeframe      from 整改时限/完成时限/整改目标 lines
 * @param responsible    from 责任单位/责任领导/责任人 lines
 */
public record FindingDetail(String evidence, MeasureStatus status, String statusEvidence, String timeframe,
                            String responsible) {

    /** Nothing recorded. */
    public static final FindingDetail NONE = new FindingDetail(null, null, null, null, null);

    /** Only the cue. */
    public static FindingDetail cue(String evidence) {
        return new FindingDetail(evidence, null, null, null, null);
    }

    public FindingDetail withEvidence(String newEvidence) {
        return new FindingDetail(newEvidence, status, statusEvidence, timeframe, responsible);
    }

    public FindingDetail withStatus(MeasureStatus newStatus, String newStatusEvidence) {
        return new FindingDetail(evidence, newStatus, newStatusEvidence, timeframe, responsible);
    }

    public FindingDetail withTimeframe(String newTimeframe) {
        return new FindingDetail(evidence, status, statusEvidence, newTimeframe, responsible);
    }

    public FindingDetail withResponsible(String newResponsible) {
        return new FindingDetail(evidence, status, statusEvidence, timeframe, newResponsible);
    }
}
