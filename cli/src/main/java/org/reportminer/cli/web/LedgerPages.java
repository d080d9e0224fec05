package org.reportminer.cli.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportminer.cli.app.CorrectUseCase;
import org.reportminer.cli.web.view.LedgerPage;
import org.reportminer.corpus.model.Correction;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.correct.Attachment;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerRow;

/**
 * Builds the ledger page: the ledger's rows filtered by area, category, status and responsible, then sorted, each with
 * the target its correction controls name, and the report's stored corrections.
 */
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

    static LedgerPage build(String id, String title, Ledger ledger, CorrectUseCase.Listing listing,
                            Map<String, String> chosen, String sortParam, boolean desc) {
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
        Comparator<LedgerPage.Row> rowOrder = Comparator.comparing(LedgerPage.Row::row, desc ? order.reversed() : order);
        List<LedgerPage.Row> rows = targets(ledger, listing.extraction()).stream()
                .filter(r -> filters.entrySet().stream()
                        .allMatch(e -> FILTERS.get(e.getKey()).apply(r.row()).equals(e.getValue())))
                .sorted(rowOrder)
                .toList();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (MeasureStatus st : MeasureStatus.values()) {
            statuses.put(st.name(), Labels.status(st));
        }
        return new LedgerPage(id, title, rows, ledger.rows().size(), options, filters, sort, desc,
                lines(listing.corrections()), statuses);
    }

    /**
     * Each row with the target a correction of it names, in ledger order: the ledger numbers findings as the
     * corrected report does ({@code F3}) and lists each finding's measures in text order ({@code F3.M2}).
     */
    static List<LedgerPage.Row> targets(Ledger ledger, Extraction corrected) {
        List<LedgerPage.Row> out = new ArrayList<>();
        int findings = corrected.findings().size();
        int measure = 0;
        int last = -1;
        for (LedgerRow r : ledger.rows()) {
            boolean first = r.findingNo() != last;
            measure = first ? 0 : measure;
            last = r.findingNo();
            String finding = "F" + r.findingNo();
            String target = r.measure().isEmpty() ? finding : finding + ".M" + (++measure);
            Finding f = r.findingNo() <= findings ? corrected.findings().get(r.findingNo() - 1) : null;
            out.add(new LedgerPage.Row(r, target, finding, first, r.findingNo() < findings ? "F" + (r.findingNo() + 1)
                    : null, f == null ? 0 : f.start(), f == null ? 0 : f.end()));
        }
        return out;
    }

    /** The stored corrections in words, as the ledger page lists them. */
    static List<LedgerPage.CorrectionLine> lines(List<Attachment> attachments) {
        return attachments.stream().map(a -> new LedgerPage.CorrectionLine(a.number(), a.ref(), what(a.correction()),
                !a.applied(), a.reason())).toList();
    }

    private static String what(Correction c) {
        return switch (c.kind()) {
            case STATUS -> "完成情况改为 " + Labels.status(c.status());
            case RESPONSIBLE -> c.value() == null ? "清除责任主体" : "责任主体改为 " + c.value();
            case TIMEFRAME -> c.value() == null ? "清除时限" : "时限改为 " + c.value();
            case FALSE_FINDING -> "标为误报（不是问题）";
            case MERGE -> "与 " + c.other().ref() + " 合并";
            case SPLIT -> "在第 " + c.at() + " 字处拆分";
        };
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
