package org.reportminer.pipeline;

import java.util.List;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.pipeline.check.ConsistencyChecker;
import org.reportminer.pipeline.extract.CountExtractor;
import org.reportminer.pipeline.extract.EventYears;
import org.reportminer.pipeline.extract.FindingExtractor;
import org.reportminer.pipeline.extract.Metadata;
import org.reportminer.pipeline.extract.MetadataExtractor;
import org.reportminer.pipeline.extract.StatedTotalExtractor;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;
import org.reportminer.pipeline.structure.Outline;
import org.reportminer.pipeline.structure.SectionParser;

/**
 * The public entry point of extraction: normalised report text in, {@link Extraction} out (structure, findings with
 * measures, counts, stated totals, metadata and checks), every item with offsets into that text.
 *
 * <p>Build once (loading the segmenter takes about a second) and share: thread-safe, no per-call state in fields.
 * The stages run in order: sections → counts (segmenting only the clauses around numbers) → stated totals → findings and measures → metadata → checks.
 */
public final class ReportExtractor {

    private final Segmenter segmenter;
    private final SectionParser sections = new SectionParser();
    private final CountExtractor counts;
    private final StatedTotalExtractor totals = new StatedTotalExtractor();
    private final FindingExtractor findings = new FindingExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor(EventYears.builtIn());
    private final ConsistencyChecker checker = new ConsistencyChecker();

    /** An extractor with HanLP and the built-in domain terms. */
    public ReportExtractor() {
        this(DomainTerms.builtIn());
    }

    /** An extractor with HanLP and {@code terms} (e.g. {@link DomainTerms#builtInPlus}). */
    public ReportExtractor(DomainTerms terms) {
        this(new HanlpSegmenter(terms), terms);
    }

    /** An extractor over any segmenter; {@code terms} are never read as counts. */
    public ReportExtractor(Segmenter segmenter, DomainTerms terms) {
        this.segmenter = segmenter;
        this.counts = new CountExtractor(segmenter, terms);
    }

    /** The segmenter this extractor uses, for callers (the index) that want the same words. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** Extracts everything from {@code normalisedText}; offsets point into it. */
    public Extraction extract(String normalisedText) {
        String text = normalisedText;
        Outline outline = sections.parse(text);
        List<Count> allCounts = counts.extract(text);
        List<StatedTotal> stated = totals.extract(text);
        List<Finding> found = findings.extract(text, outline, allCounts);
        Metadata meta = metadata.extract(text, outline);
        List<Section> tree = outline.sections();
        return new Extraction(meta.title(), meta.org(), meta.year(), meta.yearEvidence(), meta.kind(), tree, found,
                allCounts, stated, checker.check(tree, found, allCounts, stated));
    }
}
