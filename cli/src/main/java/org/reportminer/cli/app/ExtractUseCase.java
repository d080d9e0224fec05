package org.reportminer.cli.app;

import org.reportminer.cli.Services;
import org.reportminer.cli.work.ReportInputs;

/**
 * Extract: sections, findings, measures, counts and checks of report files, straight from the files (nothing is
 * stored), or of stored reports with the user's corrections applied. One input that fails is a problem; the others
 * go on.
 */
public final class ExtractUseCase {
    private final Services services;

    public ExtractUseCase(Services services) {
        this.services = services;
    }

    /** The listener hears one warning per failed input, once every input has been tried. */
    public ExtractOutcome extract(ExtractRequest request, ProgressListener listener) {
        ReportInputs.Resolved resolved = new ReportInputs(services.ingester(), services.analysis()::analyse)
                .resolve(request.inputs(), request.base(), request.store());
        resolved.notices().forEach(listener::warned);
        resolved.problems().forEach(p -> listener.warned(p.line()));
        return new ExtractOutcome(resolved.reports(), resolved.problems());
    }
}
