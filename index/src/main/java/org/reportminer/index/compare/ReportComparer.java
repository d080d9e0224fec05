package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ReportMetadata;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.extract.ProblemSentenceExtractor;

/**
 * Compares one organisation's reports across years: links findings ({@link FindingLinker}), chains recurring problems
 * ({@link ChainBuilder}), counts findings per year and category, diffs consecutive reports and measures text copied
 * from the report before, and from an older report when that one shares more sentences ({@link ReuseDetector}).
 * Reports without extracted findings (government work reports) contribute their problem sentences
 * ({@link ProblemSentenceExtractor}) instead.
 *
 * <p>Cost stays per organisation: {@link #compareByOrg} groups reports by {@link OrgNames#key} first, the linker's Lucene
 * index holds one organisation's findings, and reuse compares each report with its predecessor (plus at most one
 * older report, picked by a cheap count of identical squeezed sentences). Immutable and thread-safe.
 */
public final class ReportComparer {

    private final FindingLinker linker;
    private final ReuseDetector reuse;
    private final ProblemSentenceExtractor problems;
    private final OrgNames orgs;
    private final ChainBuilder chains = new ChainBuilder();
    private final RelapseTracker relapses = new RelapseTracker();

    public ReportComparer(FindingLinker linker, ReuseDetector reuse, ProblemSentenceExtractor problems, OrgNames orgs) {
        this.linker = linker;
        this.reuse = reuse;
        this.problems = problems;
        this.orgs = orgs;
    }

    /** The bundled resources and the calibrated threshold. */
    public static ReportComparer standard() {
        return new ReportComparer(FindingLinker.standard(), ReuseDetector.bundled(), new ProblemSentenceExtractor(),
                OrgNames.bundled());
    }

    /**
     * Groups reports by organisation key and compares each group.
     *
     * @return results by organisation key, keys in order of first appearance
     * @throws IllegalArgumentException when a report names no organisation or has no year
     */
    public Map<String, ComparisonResult> compareByOrg(List<Report> reports) {
        Map<String, List<Report>> groups = new LinkedHashMap<>();
        for (Report r : reports) {
            groups.computeIfAbsent(orgs.key(orgOf(r)), k -> new ArrayList<>()).add(r);
        }
        // organisations are independent: compare them in parallel, keep the order of first appearance
        List<Map.Entry<String, ComparisonResult>> done = groups.entrySet().parallelStream()
                .map(e -> Map.entry(e.getKey(), compare(e.getKey(), e.getValue()))).toList();
        Map<String, ComparisonResult> out = new LinkedHashMap<>();
        done.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Compares reports the caller declares to be one organisation's (e.g. {@code compare --reports ID...}).
     *
     * @param org     the name to report the organisation under
     * @param reports the reports, any order; ids must be unique
     * @throws IllegalArgumentException when a report has no year or two reports share an id
     */
    public ComparisonResult compare(String org, List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparingInt(ReportComparer::yearOf).thenComparing(Report::id));
        Set<String> ids = new HashSet<>();
        List<FindingRef> all = new ArrayList<>();
        Map<String, Finding> findingsByKey = new HashMap<>();
        Map<String, List<FindingRef>> byReport = new LinkedHashMap<>();
        List<ComparisonResult.ReportYear> years = new ArrayList<>();
        for (Report r : sorted) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("report " + r.id() + " given twice");
            }
            List<FindingRef> fs = findingsOf(r, findingsByKey);
            byReport.put(r.id(), fs);
            all.addAll(fs);
            years.add(new ComparisonResult.ReportYear(r.id(), yearOf(r), r.title(), fs.size()));
        }
        Linking linking = linker.link(all);
        Map<String, String> categories = new HashMap<>();
        for (RankedMatches m : linking.matches()) {
            categories.put(m.finding().key(), m.category().category());
        }
        List<ReportDiff> diffs = new ArrayList<>();
        List<Reuse> reuses = new ArrayList<>();
        List<ReuseDetector.Fingerprint> fps = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Report r = sorted.get(i);
            ReuseDetector.Fingerprint fp = reuse.fingerprint(r.text());
            fps.add(fp);
            if (i > 0) {
                Report e = sorted.get(i - 1);
                diffs.add(diff(e.id(), byReport.get(e.id()), r.id(), byReport.get(r.id()), linking.links()));
                reuses.add(reuse.compare(r.id(), fp, e.id(), fps.get(i - 1)));
                olderSource(fps, i).ifPresent(j -> {
                    Reuse older = reuse.compare(r.id(), fp, sorted.get(j).id(), fps.get(j));
                    if (!older.passages().isEmpty()) {
                        reuses.add(older);
                    }
                });
            }
        }
        List<Chain> built = chains.build(linking.links(), categories);
        List<ProblemTrack> tracking = relapses.track(built, findingsByKey);
        return new ComparisonResult(org, years, linking.links(), built, matrix(years, all, categories), diffs, reuses,
                tracking, relapses.relapses(tracking));
    }

    /**
     * The older report (before the previous one) that shares the most squeezed sentences with report {@code i}, when it
     * shares more than the previous report does: a 巡察“回头看” report copies the inspection report of two years
     * before, not the party-conduct report in between.
     */
    private java.util.Optional<Integer> olderSource(List<ReuseDetector.Fingerprint> fps, int i) {
        int best = -1;
        int bestShared = reuse.sharedSentences(fps.get(i), fps.get(i - 1));
        for (int j = i - 2; j >= 0; j--) {
            int shared = reuse.sharedSentences(fps.get(i), fps.get(j));
            if (shared > bestShared) {
                best = j;
                bestShared = shared;
            }
        }
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(best);
    }

    /** Compares reports of one organisation, named after the first report's organisation key (or {@code ?}). */
    public ComparisonResult compare(List<Report> reports) {
        String org = reports.stream().map(ReportComparer::orgOrNull).filter(o -> o != null && !o.isBlank()).findFirst()
                .map(orgs::key).orElse("?");
        return compare(org, reports);
    }

    /** The diff of two reports of one organisation, linking only their findings. */
    public ReportDiff diff(Report earlier, Report later) {
        List<FindingRef> e = findingsOf(earlier);
        List<FindingRef> l = findingsOf(later);
        List<FindingRef> both = new ArrayList<>(e);
        both.addAll(l);
        return diff(earlier.id(), e, later.id(), l, linker.link(both).links());
    }

    /** The findings a report contributes: its extracted findings, else its problem sentences. */
    public List<FindingRef> findingsOf(Report r) {
        return findingsOf(r, new HashMap<>());
    }

    /** As {@link #findingsOf(Report)}, putting each finding into {@code byKey} under its reference's key. */
    private List<FindingRef> findingsOf(Report r, Map<String, Finding> byKey) {
        int year = yearOf(r);
        List<FindingRef> out = new ArrayList<>();
        List<Finding> findings = r.extraction() == null ? List.of() : r.extraction().findings();
        if (findings.isEmpty()) {
            findings = problems.extract(r.text());
        }
        for (Finding f : findings) {
            FindingRef ref = new FindingRef(r.id(), year, f.id(), f.surface());
            out.add(ref);
            byKey.put(ref.key(), f);
        }
        return out;
    }

    private static ReportDiff diff(String earlierId, List<FindingRef> earlier, String laterId, List<FindingRef> later,
                                   List<Link> links) {
        List<Link> recurring = new ArrayList<>();
        Set<String> laterLinked = new HashSet<>();
        Set<String> earlierLinked = new HashSet<>();
        for (Link l : links) {
            if (l.from().reportId().equals(laterId) && l.to().reportId().equals(earlierId)) {
                recurring.add(l);
                laterLinked.add(l.from().key());
                earlierLinked.add(l.to().key());
            }
        }
        List<FindingRef> fresh = later.stream().filter(f -> !laterLinked.contains(f.key())).toList();
        List<FindingRef> gone = earlier.stream().filter(f -> !earlierLinked.contains(f.key())).toList();
        return new ReportDiff(laterId, earlierId, fresh, recurring, gone);
    }

    private CategoryMatrix matrix(List<ComparisonResult.ReportYear> reports, List<FindingRef> all,
                                  Map<String, String> categories) {
        List<Integer> years = reports.stream().map(ComparisonResult.ReportYear::year).distinct().sorted().toList();
        List<String> cats = linker.taxonomy().categories();
        int[][] counts = new int[years.size()][cats.size()];
        for (FindingRef f : all) {
            int c = cats.indexOf(categories.getOrDefault(f.key(), ProblemTaxonomy.OTHER));
            counts[years.indexOf(f.year())][c < 0 ? cats.size() - 1 : c]++;
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : counts) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new CategoryMatrix(years, cats, rows);
    }

    private static int yearOf(Report r) {
        Integer year = ReportMetadata.of(r).year();
        if (year == null) {
            throw new IllegalArgumentException("report " + r.id() + " has no year; set it at ingest to compare across years");
        }
        return year;
    }

    private static String orgOrNull(Report r) {
        return ReportMetadata.of(r).org();
    }

    private static String orgOf(Report r) {
        String org = orgOrNull(r);
        if (org == null || org.isBlank()) {
            throw new IllegalArgumentException("report " + r.id() + " names no organisation; set it at ingest (--org)");
        }
        return org;
    }
}
