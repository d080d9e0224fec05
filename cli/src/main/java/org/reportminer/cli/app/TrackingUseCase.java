package org.reportminer.cli.app;

import java.util.List;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.ProblemTrack;
import org.reportminer.index.compare.Relapse;

/**
 * Tracking (整改跟踪): for each organisation's successive reports, every recurring problem year by year with its
 * measures and their status, and the problems presented as rectified that came back (整改后反弹). The same figures
 * as {@code compare --json} ({@code tracking[]}, {@code relapses[]}), for a page that shows only them; reports are
 * read with the user's corrections applied.
 */
public final class TrackingUseCase {
    private final CompareUseCase compare;

    /** Tracking over stored reports only. */
    public TrackingUseCase() {
        this(new CompareUseCase());
    }

    /** Tracking through {@code compare} (one that can ask a Solr collection which reports it holds). */
    public TrackingUseCase(CompareUseCase compare) {
        this.compare = compare;
    }

    /**
     * One organisation's tracking.
     *
     * @param orgName  the organisation as its reports most often name it
     * @param reports  the reports tracked, in year order
     * @param problems each recurring problem's findings by year, with measures and status
     * @param relapses the problems presented as rectified that a later report names again
     */
    public record OrgTracking(String orgName, List<ComparisonResult.ReportYear> reports, List<ProblemTrack> problems,
                              List<Relapse> relapses) {
        public OrgTracking {
            reports = List.copyOf(reports);
            problems = List.copyOf(problems);
            relapses = List.copyOf(relapses);
        }
    }

    /** One entry per organisation with two or more reports; {@code request.html()} is ignored. */
    public List<OrgTracking> track(CompareRequest request, ProgressListener listener) {
        CompareRequest noPage = new CompareRequest(request.store(), request.org(), request.years(),
                request.reportIds(), null, request.solr());
        return compare.compare(noPage, listener).results().stream()
                .map(c -> new OrgTracking(c.orgName(), c.result().reports(), c.result().tracking(),
                        c.result().relapses()))
                .toList();
    }
}
