package org.reportminer.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.pipeline.check.ConsistencyChecker;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.extract.CountExtractor;
import org.reportminer.pipeline.extract.EventYears;
import org.reportminer.pipeline.extract.FindingExtractor;
import org.reportminer.pipeline.extract.MetadataExtractor;
import org.reportminer.pipeline.extract.StatedTotalExtractor;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;
import org.reportminer.pipeline.structure.SectionParser;

/**
 * The public entry point of extraction: normalised report text in, {@link Extraction} out (structure, categorised
 * findings with measures, counts, stated totals, metadata and checks), every item with offsets into that text. The
 * work is done by the {@link Stage}s it is given, run as one {@link Pipeline}; {@link #standard} builds the usual ones.
 *
 * <p>Build once (loading the segmenter takes about a second) and share: thread-safe, no per-call state in fields.
 */
public final class ReportExtractor {

    /** What the stages must provide between them for an {@link Extraction}. */
    private static final Set<Artifact> EXTRACTION = EnumSet.of(Artifact.OUTLINE, Artifact.COUNTS,
            Artifact.STATED_TOTALS, Artifact.FINDINGS, Artifact.METADATA, Artifact.CHECKS);

    private final Segmenter segmenter;
    private final Pipeline pipeline;

    /**
     * An extractor running {@code stages} in order.
     *
     * @param segmenter the segmenter the stages use, shared with callers (the index) that want the same words
     * @throws IllegalArgumentException when the wiring is broken (see {@link Pipeline#of(List)}) or the stages do not
     *                                  provide everything an extraction holds
     */
    public ReportExtractor(Segmenter segmenter, List<Stage> stages) {
        Pipeline p = Pipeline.of(stages);
        Set<Artifact> missing = EnumSet.copyOf(EXTRACTION);
        missing.removeAll(p.provides());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no stage provides " + missing + "; an extraction needs " + EXTRACTION);
        }
        this.segmenter = segmenter;
        this.pipeline = p;
    }

    /** The standard extractor: HanLP, the built-in domain terms and the bundled taxonomy. */
    public static ReportExtractor standard() {
        return standard(DomainTerms.builtIn());
    }

    /** The standard extractor with HanLP and {@code terms} (e.g. {@link DomainTerms#builtInPlus}). */
    public static ReportExtractor standard(DomainTerms terms) {
        return standard(new HanlpSegmenter(terms), terms);
    }

    /** The standard stages over any segmenter, with the bundled taxonomy; {@code terms} are never read as counts. */
    public static ReportExtractor standard(Segmenter segmenter, DomainTerms terms) {
        return new ReportExtractor(segmenter, standardStages(segmenter, terms, ProblemTaxonomy.bundled()));
    }

    /**
     * The standard stages, in order (each reads {@link Artifact#TEXT} unless said otherwise):
     * <ol>
     *   <li>{@code sections}: the outline and heading tree → {@link Artifact#OUTLINE};</li>
     *   <li>{@code counts}: counts, segmenting only the clauses around numbers → {@link Artifact#COUNTS};</li>
     *   <li>{@code stated-totals}: totals the report states → {@link Artifact#STATED_TOTALS};</li>
     *   <li>{@code findings}: findings and their measures, from the outline and counts → {@link Artifact#FINDINGS};</li>
     *   <li>{@code categories}: a taxonomy category for each finding → {@link Artifact#CATEGORIES};</li>
     *   <li>{@code metadata}: title, organisation, year and kind, from the outline → {@link Artifact#METADATA};</li>
     *   <li>{@code checks}: consistency of outline, findings, counts and totals → {@link Artifact#CHECKS}.</li>
     * </ol>
     * Callers may add, replace or wrap stages and pass the list to {@link #ReportExtractor(Segmenter, List)}.
     */
    public static List<Stage> standardStages(Segmenter segmenter, DomainTerms terms, ProblemTaxonomy taxonomy) {
        SectionParser sections = new SectionParser();
        CountExtractor counts = new CountExtractor(segmenter, terms);
        StatedTotalExtractor totals = new StatedTotalExtractor();
        FindingExtractor findings = new FindingExtractor();
        MetadataExtractor metadata = new MetadataExtractor(EventYears.builtIn());
        ConsistencyChecker checker = new ConsistencyChecker();
        return List.of(
                Stage.of("sections", Set.of(Artifact.TEXT), Set.of(Artifact.OUTLINE),
                        d -> d.withOutline(sections.parse(d.text()))),
                Stage.of("counts", Set.of(Artifact.TEXT), Set.of(Artifact.COUNTS),
                        d -> d.withCounts(counts.extract(d.text()))),
                Stage.of("stated-totals", Set.of(Artifact.TEXT), Set.of(Artifact.STATED_TOTALS),
                        d -> d.withStatedTotals(totals.extract(d.text()))),
                Stage.of("findings", Set.of(Artifact.TEXT, Artifact.OUTLINE, Artifact.COUNTS), Set.of(Artifact.FINDINGS),
                        d -> d.withFindings(findings.extract(d.text(), d.outline(), d.counts()))),
                Stage.of("categories", Set.of(Artifact.FINDINGS), Set.of(Artifact.CATEGORIES),
                        d -> d.withFindings(d.findings().stream().map(taxonomy::categorise).toList())),
                Stage.of("metadata", Set.of(Artifact.TEXT, Artifact.OUTLINE), Set.of(Artifact.METADATA),
                        d -> d.withMetadata(metadata.extract(d.text(), d.outline()))),
                Stage.of("checks", Set.of(Artifact.OUTLINE, Artifact.FINDINGS, Artifact.COUNTS, Artifact.STATED_TOTALS),
                        Set.of(Artifact.CHECKS),
                        d -> d.withChecks(checker.check(d.sections(), d.findings(), d.counts(), d.statedTotals()))));
    }

    /** The segmenter this extractor uses, for callers (the index) that want the same words. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** The stages as one pipeline, with their timings so far. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Extracts everything from {@code normalisedText}; offsets point into it.
     *
     * @throws StageFailedException naming the stage when one throws
     */
    public Extraction extract(String normalisedText) {
        return pipeline.apply(AnnotatedDocument.of(normalisedText)).toExtraction();
    }
}
