package org.reportminer.cli.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reportminer.cli.CliException;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.TrackingUseCase;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.web.view.TrackingPage;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.ProblemTrack;
import org.reportminer.index.compare.Relapse;
import org.reportminer.index.compare.TrackedFinding;
import org.reportminer.index.compare.TrackedMeasure;

/** Runs the Tracking use case for the chosen organisation and builds the tracking page (整改跟踪). */
final class TrackingPages {
    /** Longest finding or measure text shown in a cell; the link leads to the whole of it. */
    private static final int SHORT = 60;

    private TrackingPages() {
    }

    static TrackingPage empty() {
        return new TrackingPage(List.of(), "", List.of(), null);
    }

    static TrackingPage build(Workbench wb, List<ReportSummary> reports, String org) {
        List<String> orgs = reports.stream().map(ReportSummary::org).filter(o -> o != null && !o.isBlank())
                .distinct().sorted().toList();
        if (org == null || org.isBlank()) {
            return new TrackingPage(orgs, "", List.of(), null);
        }
        List<TrackingUseCase.OrgTracking> tracked;
        try {
            tracked = track(wb, org);
        } catch (CliException | IllegalArgumentException e) {
            return new TrackingPage(orgs, org, List.of(), e.getMessage());
        }
        List<TrackingPage.OrgView> views = tracked.stream().map(TrackingPages::view).toList();
        return new TrackingPage(orgs, org, views,
                views.isEmpty() ? "没有可跟踪的报告：需要同一单位两个或以上年份的报告" : null);
    }

    /** The Tracking use case over every year of {@code org} (all organisations when {@code null}). */
    static List<TrackingUseCase.OrgTracking> track(Workbench wb, String org) {
        return wb.tracking.track(new CompareRequest(wb.config.store(), org, YearRange.ALL, null, null, wb.config.solr()),
                Workbench.QUIET);
    }

    private static TrackingPage.OrgView view(TrackingUseCase.OrgTracking t) {
        List<TrackingPage.Problem> problems = new ArrayList<>();
        for (ProblemTrack p : t.problems()) {
            problems.add(new TrackingPage.Problem(p.chain(), p.category(), p.relapsed(),
                    p.findings().stream().map(TrackingPages::year).toList()));
        }
        // the relapses first: they are what the page is for
        problems.sort(Comparator.comparing((TrackingPage.Problem p) -> !p.relapsed()));
        List<TrackingPage.RelapseView> relapses = new ArrayList<>();
        for (Relapse r : t.relapses()) {
            relapses.add(new TrackingPage.RelapseView(r.chain(), r.category(), year(r.claimed()),
                    r.doneEvidence().stream().map(m -> measure(r.claimed().reportId(), m)).toList(),
                    year(r.recurred())));
        }
        return new TrackingPage.OrgView(t.orgName(), t.reports().stream().map(ComparisonResult.ReportYear::year)
                .toList(), problems, relapses);
    }

    private static TrackingPage.Year year(TrackedFinding f) {
        return new TrackingPage.Year(f.year(), f.findingId(), shorten(f.text()),
                Links.at(f.reportId(), f.start(), f.end() - f.start()),
                f.status() == null ? null : Labels.status(f.status())
                        + (f.statusEvidence() == null ? "" : "（" + f.statusEvidence() + "）"),
                f.claimedDone(), f.measures().stream().map(m -> measure(f.reportId(), m)).toList());
    }

    private static TrackingPage.MeasureView measure(String reportId, TrackedMeasure m) {
        MeasureStatus st = m.status() == null ? MeasureStatus.UNKNOWN : m.status();
        return new TrackingPage.MeasureView(m.label(), shorten(m.text()), Labels.status(st),
                "st-" + st.name().toLowerCase(Locale.ROOT).replace('_', '-'), m.statusEvidence(),
                Links.at(reportId, m.start(), m.end() - m.start()));
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= SHORT ? t
                : t.substring(0, t.offsetByCodePoints(0, SHORT)) + "…";
    }
}
