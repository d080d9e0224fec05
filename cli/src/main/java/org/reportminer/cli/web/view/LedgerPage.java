package org.reportminer.cli.web.view;

import java.util.List;
import java.util.Map;
import org.reportminer.pipeline.ledger.LedgerRow;

/**
 * The ledger of one report as a table, with its filters and sort, and the user's corrections.
 *
 * @param id          the report id
 * @param title       its title
 * @param rows        the rows that pass the filters, sorted
 * @param total       all rows
 * @param options     per filter (area, category, status, responsible): the distinct values
 * @param chosen      per filter: the chosen value, or absent
 * @param sort        the column sorted by ({@code no}, {@code area}, …)
 * @param desc        whether descending
 * @param corrections the stored corrections, numbered from 1, orphans flagged
 * @param statuses    the statuses a correction can set: name → words
 */
public record LedgerPage(String id, String title, List<Row> rows, int total, Map<String, List<String>> options,
                         Map<String, String> chosen, String sort, boolean desc, List<CorrectionLine> corrections,
                         Map<String, String> statuses) {

    /**
     * One ledger row and what a correction of it names.
     *
     * @param row     the row
     * @param target  the row's target as the corrected report numbers it: {@code F3.M2}, or {@code F3} for a finding
     *                without measures
     * @param finding its finding ({@code F3})
     * @param first   whether it is the first row of its finding (where the finding's own controls go)
     * @param next    the next finding ({@code F4}) to merge with, or {@code null} for the last
     * @param start   where the finding starts in the text (a split offset must lie strictly inside)
     * @param end     where it ends
     */
    public record Row(LedgerRow row, String target, String finding, boolean first, String next, int start, int end) {
    }

    /**
     * One stored correction as listed.
     *
     * @param number   its number, what removing it takes
     * @param ref      its target ({@code F3}, {@code F3.M2})
     * @param what     what it changes, in words
     * @param orphaned whether its target is gone
     * @param reason   why it is orphaned or where it moved, or {@code null}
     */
    public record CorrectionLine(int number, String ref, String what, boolean orphaned, String reason) {
    }
}
