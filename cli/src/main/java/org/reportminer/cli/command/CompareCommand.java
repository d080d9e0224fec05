package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.TextTable;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.compare.Chain;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.FindingRef;
import org.reportminer.index.compare.HtmlReportWriter;
import org.reportminer.index.compare.OrgNames;
import org.reportminer.index.compare.ReportComparer;
import org.reportminer.index.compare.ReportDiff;
import org.reportminer.index.compare.Reuse;
import org.reportminer.index.compare.ReusedPassage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer compare}: recurring, new and resolved problems across years, and copied text. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare an organisation's reports across years: recurring problems, new and resolved, copied text.",
        description = {"Links each finding to the same problem in the organisation's other years (reworded or not),",
            "builds chains of recurring problems (strongest first), a year × category matrix, a diff of each",
            "report against the one before (new / recurring / no longer mentioned) and the share of text each",
            "report reuses from the one before, with the longest reused passages. Reports are grouped by",
            "organisation (names normalised: 市侨联 = XX侨联); --reports ID... compares exactly those reports.",
            "Reports without findings (work reports) contribute their problem sentences (问题, 不足, 短板 …)."})
public final class CompareCommand implements Callable<Integer> {

    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation (any alias of its name).")
    private String org;

    @Option(names = "--years", paramLabel = "FROM..TO", description = "Only reports in these years.")
    private String years;

    @Option(names = "--reports", paramLabel = "ID", arity = "2..*", description = "Compare exactly these reports.")
    private List<String> reportIds;

    @Option(names = "--chains", paramLabel = "N", defaultValue = "10", description = "Chains to print (default 10).")
    private int chainLimit;

    @Option(names = "--json", description = "Print links, chains, matrix, diffs and reuse as JSON.")
    private boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    private Path html;

    public CompareCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        YearRange range = years == null ? new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE)
                : YearRange.parse("--years", years);
        List<Report> reports = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (ReportStore s = ReportStore.openReadOnly(store.existing(env),
                line -> env.err().println("reportminer: " + line))) {
            if (reportIds != null) {
                for (String id : reportIds) {
                    reports.add(s.find(id).orElseThrow(() -> new CliException(ExitCodes.INPUT_PROBLEMS,
                            "no report " + id + " in " + store.resolve(env))));
                }
            } else {
                for (ReportSummary sum : s.list()) {
                    if (sum.year() == null) {
                        skipped.add(sum.id() + " (no year; set one with ingest --year or a sidecar)");
                    } else if (range.contains(sum.year())) {
                        // an unreadable report file is quarantined (with a notice) and left out
                        s.find(sum.id()).ifPresent(reports::add);
                    }
                }
            }
        }
        for (Report r : reports) {
            if (r.year() == null) {
                throw new CliException(ExitCodes.INPUT_PROBLEMS, "report " + r.id() + " has no year; re-ingest it with --year");
            }
        }
        ReportComparer comparer = ReportComparer.standard();
        List<ComparisonResult> results = new ArrayList<>();
        if (reportIds != null) {
            results.add(org != null ? comparer.compare(org, reports) : comparer.compare(reports));
        } else {
            OrgNames names = OrgNames.bundled();
            String wanted = org == null ? null : names.key(org);
            List<Report> grouped = new ArrayList<>();
            for (Report r : reports) {
                if (r.org() == null || r.org().isBlank()) {
                    skipped.add(r.id() + " (no organisation; set one with ingest --org)");
                } else if (wanted == null || wanted.equals(names.key(r.org()))) {
                    grouped.add(r);
                }
            }
            for (ComparisonResult cr : comparer.compareByOrg(grouped).values()) {
                if (cr.reports().size() >= 2) {
                    results.add(cr);
                }
            }
        }
        skipped.forEach(x -> env.err().println("reportminer: skipped " + x));
        if (results.isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "nothing to compare: need two or more reports of one"
                    + " organisation" + (org != null ? " matching --org " + org : "") + " in " + env.display(store.resolve(env)));
        }
        if (html != null) {
            Map<String, String> texts = new LinkedHashMap<>();
            reports.forEach(r -> texts.put(r.id(), r.text()));
            HtmlReportWriter writer = new HtmlReportWriter();
            for (int i = 0; i < results.size(); i++) {
                Path file = env.resolve(results.size() == 1 ? html
                        : Path.of(html.toString().replaceFirst("(\\.html?)?$", "-" + (i + 1) + ".html")));
                writer.write(results.get(i), texts, file);
                env.err().println("wrote " + env.display(file));
            }
        }
        if (json) {
            env.out().println(services.json().toJson(results.size() == 1 ? results.get(0) : results));
        } else {
            Map<String, String> orgById = new LinkedHashMap<>();
            reports.forEach(r -> orgById.put(r.id(), r.org()));
            results.forEach(r -> print(r, displayName(r, orgById)));
        }
        return 0;
    }

    /** The organisation as its reports most often name it (the result carries the normalised key). */
    private static String displayName(ComparisonResult r, Map<String, String> orgById) {
        return r.reports().stream().map(y -> orgById.get(y.reportId())).filter(o -> o != null && !o.isBlank())
                .collect(java.util.stream.Collectors.groupingBy(o -> o, LinkedHashMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(r.org());
    }

    private void print(ComparisonResult r, String orgName) {
        var out = env.out();
        out.printf("== %s: %d reports (%s)%n%n", orgName, r.reports().size(),
                String.join(", ", r.reports().stream().map(y -> y.year() + " " + y.reportId()).toList()));
        out.println("Recurring problems (chains, strongest first):");
        int n = 0;
        for (Chain c : r.chains()) {
            if (++n > chainLimit) {
                out.printf("  … %d more (--chains N)%n", r.chains().size() - chainLimit);
                break;
            }
            out.printf("%2d. %s  %s  strength %.2f%s%n", n, c.years(), c.category(), c.strength(),
                    c.evidence().isEmpty() ? "" : "  shared: " + String.join("、", c.evidence()));
            for (FindingRef f : c.findings()) {
                out.printf("      %d %-4s %s%n", f.year(), f.findingId(), TextTable.cut(f.text(), 90));
            }
        }
        if (r.chains().isEmpty()) {
            out.println("  none");
        }
        out.println();
        out.println("Findings by year and category:");
        List<String> headers = new ArrayList<>();
        headers.add("category");
        r.matrix().years().forEach(y -> headers.add(String.valueOf(y)));
        TextTable t = new TextTable(headers);
        for (int i = 0; i < r.matrix().categories().size(); i++) {
            Object[] row = new Object[headers.size()];
            row[0] = r.matrix().categories().get(i);
            for (int j = 0; j < r.matrix().years().size(); j++) {
                int v = r.matrix().counts().get(j).get(i);
                row[j + 1] = v == 0 ? "." : v;
            }
            t.row(row);
        }
        t.print(out);
        out.println();
        for (ReportDiff d : r.diffs()) {
            out.printf("%s vs %s: %d new, %d recurring, %d no longer mentioned%n", d.reportId(), d.earlierReportId(),
                    d.newFindings().size(), d.recurring().size(), d.noLongerMentioned().size());
        }
        for (Reuse u : r.reuse()) {
            out.printf("%s reuses %.1f%% of its text from %s%n", u.reportId(), 100 * u.share(), u.earlierReportId());
            u.passages().stream().limit(3).forEach((ReusedPassage p) ->
                    out.printf("    %d-%d ← %d-%d  %s%n", p.start(), p.end(), p.earlierStart(), p.earlierEnd(),
                            TextTable.cut(p.text(), 80)));
        }
        out.println();
    }
}
