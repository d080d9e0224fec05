package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.classify.SynonymTable;

/**
 * Links findings of one organisation's reports across years: for each finding, BM25 retrieves candidates from the
 * other reports ({@link CandidateIndex}, character bigrams + concepts), {@link LinkScorer} re-ranks them, and the best
 * candidate per other report is accepted when its score reaches the threshold (in either direction: a pair is linked
 * when one side is the other's best match in that report).
 *
 * <p>The default threshold {@value #DEFAULT_THRESHOLD} was chosen on the annotated fictional organisation in the tests
 * (青禾市科协, three years, 31 findings, 18 true pairs, 7 annotated hard negatives) by sweeping thresholds 0.10–0.60 in
 * steps of 0.02 and printing precision, recall and F1 ({@code FindingLinkerTest}): F1 is at least 0.97 over the whole
 * band 0.20–0.48 and reaches 1.0 on 0.36–0.38; we took the lower end of that best plateau, since an inspector discards
 * a wrong link faster than they find a missing one. {@code CALIBRATION.md} records the sweep and its caveats. Immutable
 * and thread-safe; the candidate index lives only for the duration of one {@link #link} call, so cost is per organisation,
 * never over all reports at once.
 */
public final class FindingLinker {

    /** The calibrated link threshold; see the class javadoc and {@code CALIBRATION.md}. */
    public static final double DEFAULT_THRESHOLD = 0.36;
    /** Candidates retrieved per other report before re-ranking. */
    public static final int DEFAULT_CANDIDATES_PER_REPORT = 4;
    /** Retrieval never asks Lucene for more than this many candidates per finding. */
    private static final int MAX_RETRIEVED = 300;
    /** How many ranked candidates each finding reports (with evidence). */
    private static final int MAX_RANKED = 5;

    private final ProblemTaxonomy taxonomy;
    private final SynonymTable synonyms;
    private final LinkScorer scorer;
    private final double threshold;
    private final int candidatesPerReport;

    /**
     * @throws IllegalArgumentException when the threshold is outside [0,1] or candidatesPerReport is below 1
     */
    public FindingLinker(ProblemTaxonomy taxonomy, SynonymTable synonyms, LinkScorer scorer, double threshold,
                         int candidatesPerReport) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0,1]: " + threshold);
        }
        if (candidatesPerReport < 1) {
            throw new IllegalArgumentException("candidatesPerReport must be at least 1: " + candidatesPerReport);
        }
        this.taxonomy = taxonomy;
        this.synonyms = synonyms;
        this.scorer = scorer;
        this.threshold = threshold;
        this.candidatesPerReport = candidatesPerReport;
    }

    /** The bundled taxonomy and synonyms, standard weights and the calibrated threshold. */
    public static FindingLinker standard() {
        SynonymTable synonyms = SynonymTable.bundled();
        return new FindingLinker(ProblemTaxonomy.bundled(), synonyms, LinkScorer.standard(), DEFAULT_THRESHOLD,
                DEFAULT_CANDIDATES_PER_REPORT);
    }

    /** This linker with another threshold (for calibration sweeps). */
    public FindingLinker withThreshold(double newThreshold) {
        return new FindingLinker(taxonomy, synonyms, scorer, newThreshold, candidatesPerReport);
    }

    public double threshold() {
        return threshold;
    }

    public ProblemTaxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Links the findings of one organisation. Findings of the same report ({@link FindingRef#reportId}) are never
     * linked to each other.
     *
     * @param findings all findings of the organisation's reports, any order; keys must be unique
     * @throws IllegalArgumentException when two findings share a {@link FindingRef#key()}
     */
    public Linking link(List<FindingRef> findings) {
        return link(findings, CandidateIndex::new);
    }

    /** As {@link #link(List)}, retrieving candidates with {@code retrieval} (the tests pass the old Lucene path). */
    Linking link(List<FindingRef> findings, Function<List<FindingProfile>, Candidates> retrieval) {
        Map<String, Integer> reportOrd = new LinkedHashMap<>();
        Map<String, FindingRef> seen = new HashMap<>();
        List<FindingProfile> profiles = new ArrayList<>(findings.size());
        for (FindingRef f : findings) {
            if (seen.put(f.key(), f) != null) {
                throw new IllegalArgumentException("finding " + f.key() + " appears twice");
            }
            int r = reportOrd.computeIfAbsent(f.reportId(), k -> reportOrd.size());
            profiles.add(FindingProfile.of(profiles.size(), r, f, taxonomy, synonyms));
        }
        BlockStats stats = new BlockStats(profiles);
        int k = Math.min(MAX_RETRIEVED, Math.max(1, candidatesPerReport * (reportOrd.size() - 1)));
        List<RankedMatches> matches = new ArrayList<>(profiles.size());
        Map<Long, Double> accepted = new LinkedHashMap<>();
        Map<Long, List<String>> evidence = new HashMap<>();
        try (Candidates index = retrieval.apply(profiles)) {
            for (FindingProfile p : profiles) {
                List<Scored> best = bestPerReport(p, index.candidates(p, k, stats), profiles, stats);
                List<Link> ranked = new ArrayList<>();
                for (Scored s : best.subList(0, Math.min(MAX_RANKED, best.size()))) {
                    FindingProfile q = profiles.get(s.ordinal);
                    List<String> ev = evidence.computeIfAbsent(pairKey(p.ordinal(), q.ordinal()),
                            key -> scorer.evidence(p, q, stats));
                    ranked.add(new Link(p.ref(), q.ref(), s.score, ev));
                }
                matches.add(new RankedMatches(p.ref(), p.category(), ranked));
                for (Scored s : best) {
                    if (s.score >= threshold) {
                        long key = pairKey(p.ordinal(), s.ordinal);
                        accepted.merge(key, s.score, Math::max);
                    }
                }
            }
        }
        List<Link> links = new ArrayList<>(accepted.size());
        for (Map.Entry<Long, Double> e : accepted.entrySet()) {
            FindingProfile a = profiles.get((int) (e.getKey() >>> 32));
            FindingProfile b = profiles.get((int) (e.getKey() & 0xffffffffL));
            FindingProfile later = isLater(a, b) ? a : b;
            FindingProfile earlier = later == a ? b : a;
            List<String> ev = evidence.computeIfAbsent(e.getKey(), key -> scorer.evidence(later, earlier, stats));
            links.add(new Link(later.ref(), earlier.ref(), e.getValue(), ev));
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparing(l -> l.from().key()).thenComparing(l -> l.to().key()));
        return new Linking(matches, links);
    }

    private List<Scored> bestPerReport(FindingProfile p, List<Integer> candidates, List<FindingProfile> profiles,
                                       BlockStats stats) {
        Map<Integer, Scored> best = new HashMap<>();
        for (int c : candidates) {
            FindingProfile q = profiles.get(c);
            double s = Math.min(1, scorer.score(p, q, stats));
            Scored old = best.get(q.reportOrdinal());
            if (old == null || s > old.score) {
                best.put(q.reportOrdinal(), new Scored(c, s));
            }
        }
        List<Scored> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Scored s) -> s.score).reversed().thenComparingInt(s -> s.ordinal));
        return out;
    }

    private static boolean isLater(FindingProfile a, FindingProfile b) {
        if (a.ref().year() != b.ref().year()) {
            return a.ref().year() > b.ref().year();
        }
        return a.ref().reportId().compareTo(b.ref().reportId()) > 0;
    }

    private static long pairKey(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | hi;
    }

    private record Scored(int ordinal, double score) {
    }
}
