package org.reportminer.cli.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reportminer.cli.CliException;
import org.reportminer.cli.app.CompareOutcome;
import org.reportminer.cli.app.CompareRequest;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.web.view.ComparePage;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.compare.CategoryMatrix;
import org.reportminer.index.compare.Chain;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.FindingRef;
import org.reportminer.index.compare.Link;
import org.reportminer.index.compare.ReportDiff;
import org.reportminer.index.compare.Reuse;
import org.reportminer.index.compare.ReusedPassage;

/** Runs the Compare use case for the chosen organisation and years and builds the comparison page. */
final class ComparePages {
    private static final int MAX_CHAINS = 20;
    private static final int MAX_PASSAGES = 8;

    private ComparePages() {
    }

    /** The years as the use case takes them, from the page's {@code from} and {@code to}. */
    static YearRange years(String from, String to) {
        if (empty(from) && empty(to)) {
            return YearRange.ALL;
        }
        return YearRange.parse("years", (empty(from) ? "1900" : from.trim()) + ".." + (empty(to) ? "2100" : to.trim()));
    }

    static ComparePage build(Workbench wb, String org, String from, String to) {
        List<String> orgs = wb.catalog.list(wb.config.store(), Workbench.QUIET).stream().map(ReportSummary::org)
                .filter(o -> o != null && !o.isBlank()).distinct().sorted().toList();
        if (empty(org)) {
            return new ComparePage(orgs, "", nz(from), nz(to), List.of(), List.of(), null);
        }
        CompareOutcome outcome;
        try {
            outcome = wb.compare.compare(new CompareRequest(wb.config.store(), org, years(from, to), null, null,
                    wb.config.solr()),
                    Workbench.QUIET);
        } catch (CliException | IllegalArgumentException e) {
            return new ComparePage(orgs, org, nz(from), nz(to), List.of(), List.of(), e.getMessage());
        }
        List<ComparePage.OrgView> views = new ArrayList<>();
        Map<String, Optional<Report>> texts = new HashMap<>();
        for (CompareOutcome.Comparison c : outcome.results()) {
            views.add(orgView(wb, c.orgName(), c.result(), texts));
        }
        String error = views.isEmpty() ? "没有可对比的报告：需要同一单位两个或以上年份的报告" : null;
        return new ComparePage(orgs, org, nz(from), nz(to), views,
                outcome.skipped().stream().map(CompareOutcome.Skipped::line).toList(), error);
    }

    private static ComparePage.OrgView orgView(Workbench wb, String name, ComparisonResult r,
                                               Map<String, Optional<Report>> texts) {
        CategoryMatrix m = r.matrix();
        int max = m.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        List<List<ComparePage.Cell>> rows = new ArrayList<>();
        for (int y = 0; y < m.years().size(); y++) {
            List<ComparePage.Cell> row = new ArrayList<>();
            for (int c = 0; c < m.categories().size(); c++) {
                int n = m.counts().get(y).get(c);
                Map<String, String> q = new LinkedHashMap<>();
                q.put("q", "\"" + m.categories().get(c) + "\"");
                q.put("level", "finding");
                q.put("year", String.valueOf(m.years().get(y)));
                q.put("org", name);
                row.add(new ComparePage.Cell(n, n == 0 || max == 0 ? 0 : 1 + (4 * n) / max,
                        Links.query("/search", q)));
            }
            rows.add(row);
        }
        List<ComparePage.ChainView> chains = r.chains().stream().limit(MAX_CHAINS)
                .map(ComparePages::chain).toList();
        Map<String, Integer> yearOf = new HashMap<>();
        r.reports().forEach(y -> yearOf.put(y.reportId(), y.year()));
        List<ComparePage.DiffView> diffs = r.diffs().stream().map(d -> diff(d, yearOf)).toList();
        List<ComparePage.ReuseView> reuse = new ArrayList<>();
        for (Reuse u : r.reuse()) {
            Optional<Report> earlier = texts.computeIfAbsent(u.earlierReportId(), id -> load(wb, id));
            List<ComparePage.PassagePair> pairs = new ArrayList<>();
            for (ReusedPassage p : u.passages().stream().limit(MAX_PASSAGES).toList()) {
                String earlierText = earlier.map(e -> slice(e.text(), p.earlierStart(), p.earlierEnd())).orElse("");
                pairs.add(new ComparePage.PassagePair(p.text(), Links.at(u.reportId(), p.start(), p.end() - p.start()),
                        earlierText, Links.at(u.earlierReportId(), p.earlierStart(), p.earlierEnd() - p.earlierStart())));
            }
            reuse.add(new ComparePage.ReuseView(yearOf.getOrDefault(u.reportId(), 0),
                    yearOf.getOrDefault(u.earlierReportId(), 0),
                    String.format(Locale.ROOT, "%.0f%%", u.share() * 100), pairs));
        }
        return new ComparePage.OrgView(name, m.years(), m.categories(), rows, chains, diffs, reuse);
    }

    private static ComparePage.ChainView chain(Chain c) {
        return new ComparePage.ChainView(c.category(), c.years(), c.findings().stream().map(ComparePages::finding)
                .toList(), String.join("、", c.evidence().stream().limit(5).toList()));
    }

    private static ComparePage.DiffView diff(ReportDiff d, Map<String, Integer> yearOf) {
        return new ComparePage.DiffView(yearOf.getOrDefault(d.reportId(), 0),
                yearOf.getOrDefault(d.earlierReportId(), 0),
                d.newFindings().stream().map(ComparePages::finding).toList(),
                d.recurring().stream().map(Link::from).map(ComparePages::finding).toList(),
                d.noLongerMentioned().stream().map(ComparePages::finding).toList());
    }

    private static ComparePage.FindingView finding(FindingRef f) {
        return new ComparePage.FindingView(f.year(), f.findingId(), f.text(), Links.finding(f.reportId(), f.findingId()));
    }

    private static Optional<Report> load(Workbench wb, String id) {
        try {
            return Optional.of(wb.catalog.show(wb.config.store(), id, wb.config.store(), Workbench.QUIET));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String slice(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : "";
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
