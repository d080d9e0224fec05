package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.work.StoredCorrections;
import org.reportminer.corpus.ingest.MetadataLimits;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.corpus.model.Correction;
import org.reportminer.corpus.model.CorrectionKind;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.CorrectionTarget;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.text.Han;
import org.reportminer.pipeline.correct.Attachment;
import org.reportminer.pipeline.correct.CorrectionApplier;
import org.reportminer.pipeline.correct.TargetRef;
import org.reportminer.pipeline.eval.GoldEntry;
import org.reportminer.pipeline.eval.GoldFinding;
import org.reportminer.pipeline.json.GoldWriter;

/**
 * Correct: the user's corrections to what extraction found in a stored report (a finding's or a measure's status,
 * responsible and timeframe; merging two findings, splitting one, marking a false one). They are kept in an overlay
 * beside the report (atomic writes; the stored extraction is never altered) and applied by every export: ledger,
 * extract, show, compare. A corrected report can be exported as gold for {@code eval}.
 *
 * <p>Targets are named as the user sees them, in the corrected report: {@code F3}, {@code F3.M2}. Errors are usage
 * errors (exit 2) with one line: an unknown report, an unknown target, an offset outside the finding.
 */
public final class CorrectUseCase {
    /** The longest responsible or timeframe accepted, in characters. */
    public static final int MAX_VALUE_CHARS = 200;

    /**
     * One correction to make. Set the status, responsible or timeframe (any of them, together), or else exactly one
     * of: a false finding, a merge, a split.
     *
     * @param target       {@code F3} or {@code F3.M2}, as the corrected report numbers them
     * @param status       the new status, or {@code null}
     * @param responsible  the new responsible ({@code ""} clears it), or {@code null} to leave it
     * @param timeframe    the new timeframe ({@code ""} clears it), or {@code null} to leave it
     * @param falseFinding whether the finding is no finding at all
     * @param mergeWith    the finding to merge the target with ({@code F4}), or {@code null}
     * @param splitAt      the offset into the report's text to split the target finding at, or {@code null}
     */
    public record Change(String target, MeasureStatus status, String responsible, String timeframe,
                         boolean falseFinding, String mergeWith, Integer splitAt) {
    }

    /**
     * A report's corrections as they apply now.
     *
     * @param reportId    the report
     * @param title       its title
     * @param corrections every stored correction, numbered from 1, with how it attached (orphans included)
     * @param extraction  the corrected extraction
     */
    public record Listing(String reportId, String title, List<Attachment> corrections, Extraction extraction) {
        public Listing {
            corrections = List.copyOf(corrections);
        }

        /** The corrections whose target is gone. */
        public List<Attachment> orphans() {
            return corrections.stream().filter(a -> !a.applied()).toList();
        }
    }

    /**
     * A corrected report written as gold.
     *
     * @param manifest the manifest.json written (entry added or replaced)
     * @param text     the report text written beside it
     * @param entry    the entry
     */
    public record GoldExport(Path manifest, Path text, GoldEntry entry) {
    }

    /** The corrections of report {@code report} (id, id prefix or source path) and the corrected extraction. */
    public Listing list(Path store, String report, ProgressListener listener) {
        try (ReportStore s = ReportStore.openReadOnly(store, listener::warned)) {
            Report r = find(s, report, store);
            return listing(r, s.corrections(r.id()));
        }
    }

    /**
     * Adds the corrections {@code change} describes, resolving its target in the corrected report.
     *
     * @throws CliException exit 2 for an unknown report or target, a bad offset or an empty change
     */
    public Listing add(Path store, String report, Change change, ProgressListener listener) {
        Objects.requireNonNull(change, "change");
        try (ReportStore s = ReportStore.openForWrite(store, listener::warned)) {
            Report r = find(s, report, store);
            CorrectionOverlay overlay = s.corrections(r.id());
            Extraction current = listing(r, overlay).extraction();
            for (Correction c : corrections(change, current, r.text())) {
                overlay = overlay.plus(c);
            }
            s.putCorrections(overlay);
            return listing(r, overlay);
        }
    }

    /**
     * Removes correction number {@code number} (as {@link #list} numbers them).
     *
     * @throws CliException exit 2 when there is no such correction
     */
    public Listing remove(Path store, String report, int number, ProgressListener listener) {
        try (ReportStore s = ReportStore.openForWrite(store, listener::warned)) {
            Report r = find(s, report, store);
            CorrectionOverlay overlay;
            try {
                overlay = s.corrections(r.id()).minus(number);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, "report " + r.id() + ": " + e.getMessage(), e);
            }
            s.putCorrections(overlay);
            return listing(r, overlay);
        }
    }

    /**
     * Writes the corrected report as gold for {@code eval}: its text as {@code DIR/<id>.txt} and its entry in
     * {@code DIR/manifest.json} (schema of {@code shared/realworld/README.md}; an entry for the same file is replaced,
     * others are kept). Both writes are atomic.
     *
     * @throws CliException exit 2 for an unknown report, or when {@code dir} is a file or the manifest is not one
     */
    public GoldExport exportGold(Path store, String report, Path dir, ProgressListener listener) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.USAGE, dir + ": not a folder");
        }
        Listing listing;
        Report r;
        try (ReportStore s = ReportStore.openReadOnly(store, listener::warned)) {
            r = find(s, report, store);
            listing = listing(r, s.corrections(r.id()));
        }
        listing.orphans().forEach(a -> listener.warned("correction " + a.number() + " is orphaned and not in the gold: "
                + a.reason()));
        GoldEntry entry = goldEntry(r, listing);
        Path text = dir.resolve(entry.file());
        Path manifest = dir.resolve("manifest.json");
        AtomicWrite.writeString(text, r.text());
        try {
            new GoldWriter().upsert(manifest, entry);
        } catch (IOException e) {
            if (Files.isRegularFile(manifest)) {
                // the manifest is the user's file: one line naming it, nothing overwritten
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
            throw e;
        }
        listener.wrote(manifest, entry.findings().size() + " findings");
        return new GoldExport(manifest, text, entry);
    }

    private static Report find(ReportStore s, String report, Path store) {
        Report r;
        try {
            r = s.find(report).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                    "no report " + report + " in " + store + " (see: reportminer list)"));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        if (r.extraction() == null) {
            throw new CliException(ExitCodes.USAGE, "report " + r.id() + " has not been extracted; run reportminer reindex --extract");
        }
        return r;
    }

    private static Listing listing(Report r, CorrectionOverlay overlay) {
        StoredCorrections.Applied applied = StoredCorrections.corrected(r, overlay, line -> { });
        return new Listing(r.id(), r.title(), applied.attachments(), applied.report().extraction());
    }

    /** The corrections a change makes, each target resolved in {@code current}. */
    private static List<Correction> corrections(Change change, Extraction current, String text) {
        TargetRef ref = parse(change.target());
        CorrectionTarget target = resolve(ref, current);
        int structural = (change.falseFinding() ? 1 : 0) + (change.mergeWith() != null ? 1 : 0)
                + (change.splitAt() != null ? 1 : 0);
        boolean fields = change.status() != null || change.responsible() != null || change.timeframe() != null;
        if (structural + (fields ? 1 : 0) == 0) {
            throw new CliException(ExitCodes.USAGE, "nothing to correct: give --status, --responsible, --timeframe, "
                    + "--false, --merge-with or --split-at");
        }
        if (structural > 1 || (structural == 1 && fields)) {
            throw new CliException(ExitCodes.USAGE, "--false, --merge-with and --split-at each go alone");
        }
        if (structural == 1 && target.level() != CorrectionTarget.Level.FINDING) {
            throw new CliException(ExitCodes.USAGE, "--false, --merge-with and --split-at apply to a finding (F3), not to measure "
                    + ref);
        }
        List<Correction> out = new ArrayList<>();
        if (change.falseFinding()) {
            out.add(new Correction(CorrectionKind.FALSE_FINDING, target, null, null, null));
        }
        if (change.mergeWith() != null) {
            TargetRef otherRef = parse(change.mergeWith());
            CorrectionTarget other = resolve(otherRef, current);
            if (other.level() != CorrectionTarget.Level.FINDING || otherRef.equals(ref)) {
                throw new CliException(ExitCodes.USAGE, "--merge-with takes another finding (F4), not " + otherRef);
            }
            out.add(new Correction(CorrectionKind.MERGE, target, null, other, null));
        }
        if (change.splitAt() != null) {
            int at = change.splitAt();
            if (at <= target.span().start() || at >= target.span().end()) {
                throw new CliException(ExitCodes.USAGE, "bad offset " + at + ": a split of " + ref + " needs an offset"
                        + " strictly inside it (" + (target.span().start() + 1) + "–" + (target.span().end() - 1) + ")");
            }
            out.add(new Correction(CorrectionKind.SPLIT, target, null, null, at));
        }
        if (change.status() != null) {
            out.add(new Correction(CorrectionKind.STATUS, target, change.status().name(), null, null));
        }
        if (change.responsible() != null) {
            out.add(new Correction(CorrectionKind.RESPONSIBLE, target, value("--responsible", change.responsible()),
                    null, null));
        }
        if (change.timeframe() != null) {
            out.add(new Correction(CorrectionKind.TIMEFRAME, target, value("--timeframe", change.timeframe()), null,
                    null));
        }
        return out;
    }

    private static TargetRef parse(String ref) {
        try {
            return TargetRef.parse(ref);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    private static CorrectionTarget resolve(TargetRef ref, Extraction current) {
        try {
            return ref.resolve(current);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /** A responsible or timeframe as one clean line; {@code ""} (cleared) stays {@code null}. */
    private static String value(String option, String raw) {
        try {
            return MetadataLimits.require(option, raw, MAX_VALUE_CHARS);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /**
     * The manifest entry of a corrected report: its findings as the user left them. The title is the one the text
     * states (a title taken from the file name is not the text's to be scored on).
     */
    static GoldEntry goldEntry(Report r, Listing listing) {
        Extraction e = listing.extraction();
        String text = r.text();
        int cjk = (int) text.codePoints().filter(Han::isUnifiedBlock).count();
        Set<String> styles = new LinkedHashSet<>();
        List<GoldFinding> findings = new ArrayList<>();
        for (Finding f : e.findings()) {
            // the label of a first measure shows the style (①, （1）, 一是) without guessing at the label grammar
            f.measures().stream().filter(m -> m.ordinal() == 1).findFirst().ifPresent(m -> styles.add(m.label()));
            findings.add(new GoldFinding(null, first(f.surface()), f.measures().size(), statusWording(f)));
        }
        long applied = listing.corrections().stream().filter(Attachment::applied).count();
        String note = "exported by reportminer correct --export-gold from report " + r.id() + ": " + applied
                + " correction" + (applied == 1 ? "" : "s") + " applied, " + listing.orphans().size() + " orphaned";
        Function<String, String> orNull = s -> s == null || s.isBlank() ? null : s;
        return new GoldEntry(r.id() + ".txt", null, "corrected by a user in reportminer", orNull.apply(
                r.org() != null ? r.org() : e.org()), null, r.year() != null ? r.year() : e.year(),
                orNull.apply(r.kind() != null ? r.kind() : e.kind()), orNull.apply(e.title()), true, null,
                text.codePointCount(0, text.length()), cjk, List.copyOf(styles), null, findings, Map.of(),
                List.of(note));
    }

    /** The first 15 characters of a finding, as the gold schema's {@code first} holds them. */
    private static String first(String surface) {
        String s = surface.strip();
        int end = s.offsetByCodePoints(0, Math.min(15, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }

    /** The finding's own status as the text words it, or the status the user set. */
    private static String statusWording(Finding f) {
        if (f.detail().status() == null) {
            return null;
        }
        return CorrectionApplier.CORRECTED.equals(f.detail().statusEvidence()) || f.detail().statusEvidence() == null
                ? f.detail().status().name() : f.detail().statusEvidence();
    }
}
