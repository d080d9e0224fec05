package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.pipeline.classify.ProblemTaxonomy;

/**
 * Scores how likely two short Chinese findings state the same problem, robustly to rewording:
 * <pre>
 *   score = wBigram · idf-weighted Dice of Han character bigrams (after synonym normalisation)
 *         + wConcept · idf-weighted overlap coefficient of shared domain concepts
 *         + wCategory · [same taxonomy category, not 其他]
 * </pre>
 * Weights default to 0.55 / 0.30 / 0.15, so scores lie in [0, 1]. IDF comes from the organisation's own findings
 * ({@link BlockStats}), so shortfall words every finding uses weigh little. The link threshold chosen on the annotated
 * pairs is {@link FindingLinker#DEFAULT_THRESHOLD}; see {@code CALIBRATION.md}. Immutable and thread-safe.
 */
public final class LinkScorer {

    private final double wBigram;
    private final double wConcept;
    private final double wCategory;

    /**
     * @throws IllegalArgumentException when a weight is negative or the weights do not sum to 1
     */
    public LinkScorer(double wBigram, double wConcept, double wCategory) {
        if (wBigram < 0 || wConcept < 0 || wCategory < 0 || Math.abs(wBigram + wConcept + wCategory - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must be non-negative and sum to 1: "
                    + wBigram + "+" + wConcept + "+" + wCategory);
        }
        this.wBigram = wBigram;
        this.wConcept = wConcept;
        this.wCategory = wCategory;
    }

    /** The calibrated default weights 0.55 / 0.30 / 0.15. */
    public static LinkScorer standard() {
        return new LinkScorer(0.55, 0.30, 0.15);
    }

    /** The score of a pair, without evidence (cheap: used to re-rank every retrieved candidate). */
    double score(FindingProfile a, FindingProfile b, BlockStats stats) {
        return wBigram * bigramDice(a, b, stats) + wConcept * conceptOverlap(a, b, stats) + wCategory * sameCategory(a, b);
    }

    /** The evidence of a pair: shared concepts, shared phrases of 3+ characters, the category and the bigram Dice. */
    List<String> evidence(FindingProfile a, FindingProfile b, BlockStats stats) {
        List<String> out = new ArrayList<>();
        for (String c : a.concepts()) {
            if (b.concepts().contains(c)) {
                out.add("term:" + c);
            }
        }
        for (String p : SharedPhrases.find(a.normalised(), b.normalised(), 3, 4)) {
            out.add("phrase:" + p);
        }
        if (sameCategory(a, b) > 0) {
            out.add("category:" + a.category().category());
        }
        out.add("bigram-dice:" + twoDecimals(bigramDice(a, b, stats)));
        return out;
    }

    private static double bigramDice(FindingProfile a, FindingProfile b, BlockStats stats) {
        return stats.bigramDice(a.ordinal(), b.ordinal());
    }

    private static double conceptOverlap(FindingProfile a, FindingProfile b, BlockStats stats) {
        return stats.conceptOverlap(a.ordinal(), b.ordinal());
    }

    /** {@code %.2f} of a value in [0, 1] without a Formatter (evidence is built for every ranked candidate). */
    static String twoDecimals(double v) {
        long hundredths = Math.round(v * 100);
        long frac = hundredths % 100;
        return (hundredths / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    private static double sameCategory(FindingProfile a, FindingProfile b) {
        String ca = a.category().category();
        return !ProblemTaxonomy.OTHER.equals(ca) && ca.equals(b.category().category()) ? 1 : 0;
    }
}
