package org.reportminer.cli.app;

import java.util.List;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;

/**
 * The extracted reports and the inputs that failed, both in input order.
 *
 * @param reports  each report with its extraction
 * @param problems one per input that could not be read, extracted or found
 */
public record ExtractOutcome(List<Report> reports, List<Problem> problems) {
    public ExtractOutcome {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }
}
