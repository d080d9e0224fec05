package org.reportminer.pipeline.ledger;

/**
 * One row of the rectification ledger (整改台账): one measure, or a finding that has none.
 *
 * @param findingNo   序号, the finding's number (1-based), shared by all rows of one finding
 * @param area        问题方面
 * @param category    问题类别 (the finding's category, else its problem group)
 * @param problem     具体问题
 * @param measure     整改措施 with its label, empty when the finding has no measures
 * @param status      完成情况: the status in words and the phrase that decided it
 * @param responsible 责任主体
 * @param timeframe   时限/频次
 * @param counts      涉及数量: the counts of the measure (or of the finding), as written
 */
public record LedgerRow(int findingNo, String area, String category, String problem, String measure, String status,
                        String responsible, String timeframe, String counts) {

    /** The column headers, in order. */
    public static final java.util.List<String> HEADERS =
            java.util.List.of("序号", "问题方面", "问题类别", "具体问题", "整改措施", "完成情况", "责任主体", "时限/频次", "涉及数量");

    /** The cells in header order. */
    public java.util.List<String> cells() {
        return java.util.List.of(String.valueOf(findingNo), area, category, problem, measure, status, responsible,
                timeframe, counts);
    }
}
