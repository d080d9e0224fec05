package org.reportminer.pipeline;

import java.util.List;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.pipeline.extract.Metadata;
import org.reportminer.pipeline.structure.Outline;

/**
 * One report's text and what the {@link Stage}s have found in it so far: the intermediate document of a
 * {@link Pipeline}. Immutable; each {@code withX} returns a copy with one artifact set. A field is empty (or
 * {@code null} for {@code outline} and {@code metadata}) until the stage that provides it has run. Every offset is a
 * UTF-16 offset into {@code text}.
 *
 * @param text         the normalised report text ({@link Artifact#TEXT})
 * @param outline      lines and headings ({@link Artifact#OUTLINE}), or {@code null}
 * @param sections     the heading tree of {@code outline} ({@link Artifact#OUTLINE})
 * @param counts       every count in text order ({@link Artifact#COUNTS})
 * @param statedTotals totals the report states about itself ({@link Artifact#STATED_TOTALS})
 * @param findings     findings with measures ({@link Artifact#FINDINGS}), categorised after {@link Artifact#CATEGORIES}
 * @param metadata     what the text says about itself ({@link Artifact#METADATA}), or {@code null}
 * @param checks       consistency checks ({@link Artifact#CHECKS})
 */
public record AnnotatedDocument(String text, Outline outline, List<Section> sections, List<Count> counts,
                                List<StatedTotal> statedTotals, List<Finding> findings, Metadata metadata,
                                List<Check> checks) {

    public AnnotatedDocument {
        if (text == null) {
            throw new IllegalArgumentException("a document needs its text");
        }
        sections = List.copyOf(sections);
        counts = List.copyOf(counts);
        statedTotals = List.copyOf(statedTotals);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    /** A document holding only {@code text}. */
    public static AnnotatedDocument of(String text) {
        return new AnnotatedDocument(text, null, List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    /** This document with {@code newOutline} and the section tree built from it. */
    public AnnotatedDocument withOutline(Outline newOutline) {
        return new AnnotatedDocument(text, newOutline, newOutline.sections(), counts, statedTotals, findings, metadata,
                checks);
    }

    public AnnotatedDocument withCounts(List<Count> newCounts) {
        return new AnnotatedDocument(text, outline, sections, newCounts, statedTotals, findings, metadata, checks);
    }

    public AnnotatedDocument withStatedTotals(List<StatedTotal> newTotals) {
        return new AnnotatedDocument(text, outline, sections, counts, newTotals, findings, metadata, checks);
    }

    public AnnotatedDocument withFindings(List<Finding> newFindings) {
        return new AnnotatedDocument(text, outline, sections, counts, statedTotals, newFindings, metadata, checks);
    }

    public AnnotatedDocument withMetadata(Metadata newMetadata) {
        return new AnnotatedDocument(text, outline, sections, counts, statedTotals, findings, newMetadata, checks);
    }

    public AnnotatedDocument withChecks(List<Check> newChecks) {
        return new AnnotatedDocument(text, outline, sections, counts, statedTotals, findings, metadata, newChecks);
    }

    /** The public result: the artifacts an {@link Extraction} holds; absent metadata reads as {@code null}s. */
    public Extraction toExtraction() {
        Metadata m = metadata != null ? metadata : new Metadata(null, null, null, null, null);
        return new Extraction(m.title(), m.org(), m.year(), m.yearEvidence(), m.kind(), sections, findings, counts,
                statedTotals, checks);
    }
}
