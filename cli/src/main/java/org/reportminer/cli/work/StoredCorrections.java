package org.reportminer.cli.work;

import java.util.List;
import java.util.function.Consumer;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.pipeline.correct.Attachment;
import org.reportminer.pipeline.correct.CorrectedExtraction;
import org.reportminer.pipeline.correct.CorrectionApplier;

/**
 * A stored report as every export shows it: its extraction with the user's corrections applied (see
 * {@link CorrectionApplier}). The stored extraction is never changed; corrections whose target is gone are named in
 * one warning line, never dropped silently.
 */
public final class StoredCorrections {
    private static final CorrectionApplier APPLIER = new CorrectionApplier();

    private StoredCorrections() {
    }

    /** {@code report} (read from {@code store}) with its corrections applied; orphans are told to {@code warn}. */
    public static Report corrected(ReportStore store, Report report, Consumer<String> warn) {
        if (report.extraction() == null) {
            return report;
        }
        return corrected(report, store.corrections(report.id()), warn).report();
    }

    /** A report with an overlay applied, and how each correction attached. */
    public record Applied(Report report, List<Attachment> attachments) {
        public Applied {
            attachments = List.copyOf(attachments);
        }
    }

    /** {@code report} with {@code overlay} applied; orphans are told to {@code warn}. */
    public static Applied corrected(Report report, CorrectionOverlay overlay, Consumer<String> warn) {
        if (!overlay.hasCorrections() || report.extraction() == null) {
            return new Applied(report, List.of());
        }
        CorrectedExtraction c = APPLIER.apply(report.extraction(), report.text(), overlay);
        int orphans = c.orphans().size();
        if (orphans > 0) {
            warn.accept("report " + report.id() + ": " + orphans + " correction" + (orphans == 1 ? "" : "s")
                    + " no longer attach to what was extracted (orphaned, kept); see: reportminer correct "
                    + report.id() + " --list");
        }
        return new Applied(report.withExtraction(c.extraction()), c.attachments());
    }
}
