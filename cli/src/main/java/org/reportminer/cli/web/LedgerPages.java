package org.reportminer.cli.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportminer.cli.web.view.LedgerPage;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerRow;

/** Builds the ledger page: the ledger's rows filtered by area, category, status and responsible, then sorted. */
final class LedgerPages {
    /** The filterable columns, by query parameter, in the order shown. */
    private static final Map<String, Function<LedgerRow, String>> FILTERS = ordered(
            "area", LedgerRow::area, "category", LedgerRow::category, "status", LedgerPages::statusWord,
            "responsible", LedgerRow::responsible);
    /** The sortable columns, by query parameter. */
    private static final Map<String, Comparator<LedgerRow>> SORTS = Map.of(
            "no", Comparator.comparingInt(LedgerRow::findingNo),
            "area", Comparator.comparing(LedgerRow::area),
            "category", Comparator.comparing(LedgerRow::category),
            "status", Comparator.comparing(LedgerPages::statusWord),
            "responsible", Comparator.comparing(LedgerRow::responsible),
            "timeframe", Comparator.comparing(LedgerRow::timeframe));

    private LedgerPages() {
    }

    static LedgerPage build(String id, String title, Ledger ledger, Map<String, String> chosen, String sortParam,
                            boolean desc) {
        String sort = sortParam != null && SORTS.containsKey(sortParam) ? sortParam : "no";
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach((name, field) -> {
            options.put(name, ledger.rows().stream().map(field).filter(v -> !v.isEmpty()).distinct().sorted().toList());
            String v = chosen.get(name);
            if (v != null && !v.isEmpty()) {
                filters.put(name, v);
            }
        });
        Comparator<LedgerRow> order = SORTS.get(sort);
        List<LedgerRow> rows = ledger.rows().stream()
                .filter(r -> filters.entrySet().stream().allMatch(e -> FILTERS.get(e.getKey()).apply(r).equals(e.getValue())))
                .sorted(desc ? order.reversed() : order)
                .toList();
        return new LedgerPage(id, title, rows, ledger.rows().size(), options, filters, sort, desc);
    }

    private static Map<String, Function<LedgerRow, String>> ordered(String k1, Function<LedgerRow, String> v1,
            String k2, Function<LedgerRow, String> v2, String k3, Function<LedgerRow, String> v3, String k4,
            Function<LedgerRow, String> v4) {
        Map<String, Function<LedgerRow, String>> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        m.put(k4, v4);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The status in words, without the phrase that decided it: {@code 已完成（已整改到位）} → {@code 已完成}. */
    static String statusWord(LedgerRow r) {
        int paren = r.status().indexOf('（');
        return paren < 0 ? r.status() : r.status().substring(0, paren);
    }
}
