package org.reportminer.pipeline.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;

/**
 * The rectification ledger of one or more reports: one row per measure, one row for a finding without measures,
 * plus the checks. Immutable.
 *
 * @param rows   ledger rows in text order
 * @param checks the checks of the extraction(s)
 */
public record Ledger(List<LedgerRow> rows, List<Check> checks) {

    public Ledger {
        rows = List.copyOf(rows);
        checks = List.copyOf(checks);
    }

    /** The ledger of one extraction. */
    public static Ledger of(Extraction e) {
        List<LedgerRow> rows = new ArrayList<>();
        int no = 0;
        for (Finding f : e.findings()) {
            no++;
            String category = f.category() != null ? f.category() : f.group();
            FindingDetail d = f.detail();
            if (f.measures().isEmpty()) {
                rows.add(new LedgerRow(no, nz(f.area()), nz(category), f.surface(), "",
                        d.status() == null ? "" : status(d.status(), d.statusEvidence()), nz(d.responsible()),
                        nz(d.timeframe()), raws(f.counts())));
            }
            for (Measure m : f.measures()) {
                // a measure without its own status, owner or deadline inherits the finding's labelled lines
                String status = m.status() == MeasureStatus.UNKNOWN && d.status() != null
                        ? status(d.status(), d.statusEvidence()) : status(m.status(), m.statusEvidence());
                rows.add(new LedgerRow(no, nz(f.area()), nz(category), f.surface(), m.label() + m.surface(), status,
                        nz(m.responsible() != null ? m.responsible() : d.responsible()),
                        nz(m.timeframe() != null ? m.timeframe() : d.timeframe()), raws(m.counts())));
            }
        }
        return new Ledger(rows, e.checks());
    }

    private static String status(MeasureStatus status, String evidence) {
        String words = switch (status) {
            case DONE -> "已完成";
            case IN_PROGRESS -> "推进中";
            case ONGOING -> "长期坚持";
            case PLANNED -> "计划中";
            case UNKNOWN -> "未说明";
        };
        return status == MeasureStatus.UNKNOWN || evidence == null ? words : words + "（" + evidence + "）";
    }

    private static String raws(List<Count> counts) {
        return String.join("、", counts.stream().map(Count::surface).toList());
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
