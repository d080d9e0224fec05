package org.reportminer.pipeline.correct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.reportminer.corpus.model.Correction;
import org.reportminer.corpus.model.CorrectionKind;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.CorrectionTarget;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Span;

/**
 * Applies a report's corrections to its extraction, giving the corrected extraction every export shows. A pure
 * function: the stored extraction is an input, never changed.
 *
 * <p>Corrections apply in the order they were made, each to the result of the ones before. Each finds its target
 * again by what it recorded, so it survives re-extraction:
 * <ol>
 *   <li>the same span with the same text ({@link Attachment.State#EXACT});</li>
 *   <li>else the same text elsewhere, the occurrence nearest the old offset ({@link Attachment.State#MOVED});</li>
 *   <li>else a target overlapping the old span whose text holds the old text or is held by it (extraction moved a
 *       boundary; also {@code MOVED});</li>
 *   <li>else it is {@link Attachment.State#ORPHANED}: listed, kept, not applied.</li>
 * </ol>
 * Offsets stay valid: a merged finding spans both findings ({@code text.substring(start, end)} is its surface), and a
 * split gives two findings whose spans partition the original. After a merge, a split or a false finding the findings
 * are numbered again F1, F2 … in text order, as extraction numbers them.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorrectionApplier {
    /** The status evidence of a status the user set. */
    public static final String CORRECTED = "人工更正";
    /** The cue of the second finding a split makes. */
    public static final String SPLIT_CUE = "人工拆分";
    /** The cue of a merged finding. */
    public static final String MERGE_CUE = "人工合并";

    /** Where a target was found: finding index, measure index (-1 for the finding itself), how. */
    private record Found(int finding, int measure, Attachment.State state, String reason) {
        String ref() {
            return "F" + (finding + 1) + (measure < 0 ? "" : ".M" + (measure + 1));
        }
    }

    private record Candidate(int finding, int measure, Span span, String surface) {
    }

    /**
     * @param extraction the stored extraction
     * @param text       the report's normalised text, which every offset points into
     * @param overlay    the report's corrections
     */
    public CorrectedExtraction apply(Extraction extraction, String text, CorrectionOverlay overlay) {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(text, "text");
        List<Finding> findings = new ArrayList<>(extraction.findings());
        List<Attachment> attachments = new ArrayList<>();
        int n = 0;
        for (Correction c : overlay.corrections()) {
            n++;
            Found at = locate(findings, c.target());
            if (at.state() == Attachment.State.ORPHANED) {
                attachments.add(new Attachment(n, c, at.state(), c.target().ref(), at.reason()));
                continue;
            }
            String ref = at.ref();
            String problem = switch (c.kind()) {
                case STATUS, RESPONSIBLE, TIMEFRAME -> {
                    set(findings, at, c);
                    yield null;
                }
                case FALSE_FINDING -> {
                    findings.remove(at.finding());
                    yield null;
                }
                case MERGE -> merge(findings, at, c, text);
                case SPLIT -> split(findings, at, c, text);
            };
            if (problem != null) {
                attachments.add(new Attachment(n, c, Attachment.State.ORPHANED, ref, problem));
                continue;
            }
            attachments.add(new Attachment(n, c, at.state(), ref, at.reason()));
            if (c.kind() == CorrectionKind.FALSE_FINDING || c.kind() == CorrectionKind.MERGE
                    || c.kind() == CorrectionKind.SPLIT) {
                renumber(findings);
            }
        }
        Extraction corrected = new Extraction(extraction.title(), extraction.org(), extraction.year(),
                extraction.yearEvidence(), extraction.kind(), extraction.sections(), findings, extraction.counts(),
                extraction.statedTotals(), extraction.checks());
        return new CorrectedExtraction(overlay.hasCorrections() ? corrected : extraction, attachments);
    }

    private static Found locate(List<Finding> findings, CorrectionTarget t) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (t.level() == CorrectionTarget.Level.FINDING) {
                candidates.add(new Candidate(i, -1, f.span(), f.surface()));
            } else {
                for (int j = 0; j < f.measures().size(); j++) {
                    Measure m = f.measures().get(j);
                    candidates.add(new Candidate(i, j, m.span(), m.surface()));
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.span().equals(t.span()) && c.surface().equals(t.surface())) {
                return new Found(c.finding(), c.measure(), Attachment.State.EXACT, null);
            }
        }
        Comparator<Candidate> nearest = Comparator.comparingInt(c -> Math.abs(c.span().start() - t.span().start()));
        Candidate moved = candidates.stream().filter(c -> c.surface().equals(t.surface())).min(nearest).orElse(null);
        if (moved != null) {
            return new Found(moved.finding(), moved.measure(), Attachment.State.MOVED,
                    "text found at " + moved.span() + " (was " + t.span() + ")");
        }
        Candidate reshaped = candidates.stream()
                .filter(c -> overlaps(c.span(), t.span()) && !c.surface().isEmpty() && !t.surface().isEmpty()
                        && (c.surface().contains(t.surface()) || t.surface().contains(c.surface())))
                .min(nearest).orElse(null);
        if (reshaped != null) {
            return new Found(reshaped.finding(), reshaped.measure(), Attachment.State.MOVED,
                    "extracted now as " + reshaped.span() + " (was " + t.span() + ")");
        }
        return new Found(-1, -1, Attachment.State.ORPHANED, (t.level() == CorrectionTarget.Level.FINDING ? "finding "
                : "measure ") + t.ref() + " at " + t.span() + " is no longer extracted: “" + cut(t.surface()) + "”");
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static void set(List<Finding> findings, Found at, Correction c) {
        Finding f = findings.get(at.finding());
        String value = c.value() == null || c.value().isBlank() ? null : c.value().strip();
        if (at.measure() < 0) {
            FindingDetail d = f.detail();
            FindingDetail nd = switch (c.kind()) {
                case STATUS -> d.withStatus(c.status(), CORRECTED);
                case RESPONSIBLE -> d.withResponsible(value);
                default -> d.withTimeframe(value);
            };
            findings.set(at.finding(), f.withDetail(nd));
            return;
        }
        Measure m = f.measures().get(at.measure());
        MeasureStatus status = m.status();
        String evidence = m.statusEvidence();
        String responsible = m.responsible();
        String timeframe = m.timeframe();
        switch (c.kind()) {
            case STATUS -> {
                status = c.status();
                evidence = CORRECTED;
            }
            case RESPONSIBLE -> responsible = value;
            default -> timeframe = value;
        }
        List<Measure> measures = new ArrayList<>(f.measures());
        measures.set(at.measure(), new Measure(m.label(), m.ordinal(), m.span(), m.surface(), status, evidence,
                responsible, timeframe, m.counts()));
        findings.set(at.finding(), new Finding(f.id(), f.area(), f.group(), f.category(), f.span(), f.surface(),
                f.detail(), measures, f.counts()));
    }

    /** Merges the other finding into the target; returns why it cannot, or {@code null}. */
    private static String merge(List<Finding> findings, Found at, Correction c, String text) {
        Found other = locate(findings, c.other());
        if (other.state() == Attachment.State.ORPHANED) {
            return "the finding to merge with is gone: " + other.reason();
        }
        if (other.finding() == at.finding()) {
            return c.target().ref() + " and " + c.other().ref() + " are now one finding";
        }
        Finding a = findings.get(Math.min(at.finding(), other.finding()));
        Finding b = findings.get(Math.max(at.finding(), other.finding()));
        int start = Math.min(a.start(), b.start());
        int end = Math.max(a.end(), b.end());
        if (end > text.length()) {
            return "finding spans " + a.span() + " and " + b.span() + " lie outside the text";
        }
        List<Measure> measures = new ArrayList<>(a.measures());
        measures.addAll(b.measures());
        measures.sort(Comparator.comparingInt(Measure::start));
        List<Count> counts = new ArrayList<>(a.counts());
        counts.addAll(b.counts());
        counts.sort(Comparator.comparingInt(Count::start));
        FindingDetail da = a.detail();
        FindingDetail db = b.detail();
        FindingDetail detail = new FindingDetail(MERGE_CUE,
                da.status() != null ? da.status() : db.status(),
                da.status() != null ? da.statusEvidence() : db.statusEvidence(),
                da.timeframe() != null ? da.timeframe() : db.timeframe(),
                da.responsible() != null ? da.responsible() : db.responsible());
        Finding merged = new Finding(a.id(), a.area(), a.group(), a.category(), new Span(start, end),
                text.substring(start, end), detail, measures, counts);
        int first = Math.min(at.finding(), other.finding());
        findings.remove(Math.max(at.finding(), other.finding()));
        findings.set(first, merged);
        return null;
    }

    /** Splits the target at the stored offset (shifted with it when it moved); returns why it cannot, or {@code null}. */
    private static String split(List<Finding> findings, Found at, Correction c, String text) {
        Finding f = findings.get(at.finding());
        // the offset keeps its place within the finding's text when the finding moved
        int cut = at.state() == Attachment.State.EXACT ? c.at()
                : f.start() + (c.at() - c.target().span().start());
        if (cut <= f.start() || cut >= f.end()) {
            return "split offset " + cut + " is not inside " + at.ref() + " (" + f.span() + ")";
        }
        if (f.end() > text.length()) {
            return "finding span " + f.span() + " lies outside the text";
        }
        List<Measure> firstMeasures = new ArrayList<>();
        List<Measure> secondMeasures = new ArrayList<>();
        // measures inside the statement go by position; those after it stay with the first part, which they followed
        for (Measure m : f.measures()) {
            (m.start() >= cut && m.start() < f.end() ? secondMeasures : firstMeasures).add(m);
        }
        List<Count> firstCounts = new ArrayList<>();
        List<Count> secondCounts = new ArrayList<>();
        for (Count k : f.counts()) {
            (k.start() >= cut ? secondCounts : firstCounts).add(k);
        }
        FindingDetail d = f.detail();
        Finding first = new Finding(f.id(), f.area(), f.group(), f.category(), new Span(f.start(), cut),
                text.substring(f.start(), cut), d, firstMeasures, firstCounts);
        Finding second = new Finding(f.id() + "b", f.area(), f.group(), f.category(), new Span(cut, f.end()),
                text.substring(cut, f.end()), new FindingDetail(SPLIT_CUE, d.status(), d.statusEvidence(),
                d.timeframe(), d.responsible()), secondMeasures, secondCounts);
        findings.set(at.finding(), first);
        findings.add(at.finding() + 1, second);
        return null;
    }

    /** F1, F2 … in text order, as extraction numbers findings. */
    private static void renumber(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        findings.clear();
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            findings.add(new Finding("F" + (i + 1), f.area(), f.group(), f.category(), f.span(), f.surface(),
                    f.detail(), f.measures(), f.counts()));
        }
    }

    private static String cut(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
