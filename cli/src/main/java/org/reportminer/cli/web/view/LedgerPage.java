package org.reportminer.cli.web.view;

import java.util.List;
import java.util.Map;
import org.reportminer.pipeline.ledger.LedgerRow;

/**
 * The ledger of one report as a table, with its filters and sort.
 *
 * @param id      the report id
 * @param title   its title
 * @param rows    the rows that pass the filters, sorted
 * @param total   all rows
 * @param options per filter (area, category, status, responsible): the distinct values
 * @param chosen  per filter: the chosen value, or absent
 * @param sort    the column sorted by ({@code no}, {@code area}, …)
 * @param desc    whether descending
 */
public record LedgerPage(String id, String title, List<LedgerRow> rows, int total, Map<String, List<String>> options,
                         Map<String, String> chosen, String sort, boolean desc) {
}
