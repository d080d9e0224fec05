package org.reportminer.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.io.MalformedJsonException;
import org.reportminer.corpus.model.Report;

/**
 * The store's {@code reports/} folder: one {@code <id>.json} per report. Names the file of an id, lists the ids
 * present, writes a report atomically and reads one back with the checks that decide whether it can be used.
 */
final class ReportFiles {

    static final String REPORTS_DIR = "reports";
    static final String CORRECTIONS_SUFFIX = ".corrections.json";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final int MAX_REASON = 160;

    private final Path dir;
    private final Path reportsDir;
    private final JsonCodec json;
    private final AtomicFiles files;

    ReportFiles(Path dir, JsonCodec json, AtomicFiles files) {
        this.dir = dir;
        this.reportsDir = dir.resolve(REPORTS_DIR);
        this.json = json;
        this.files = files;
    }

    /** The report folder. */
    Path folder() {
        return reportsDir;
    }

    /** Whether {@code id} has the shape of a report id (16 hex digits). */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** The file of report {@code id}; refuses anything but a report id so no other path can be formed. */
    Path file(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a report id (16 hex digits): " + id);
        }
        return reportsDir.resolve(id + ".json");
    }

    /**
     * The corrections overlay of report {@code id}, beside its file: {@code <id>.corrections.json}. Not a report
     * file (its name is not {@code <16 hex>.json}), so listings and repairs pass it by.
     */
    Path correctionsFile(String id) {
        return file(id).resolveSibling(id + CORRECTIONS_SUFFIX);
    }

    /** Writes {@code report} to its file atomically. */
    void write(Report report) throws IOException {
        files.write(file(report.id()), json.toBytes(report));
    }

    /** Deletes report file {@code id}, if present. */
    void delete(String id) throws IOException {
        files.delete(file(id));
    }

    /** Ids of the report files present, ignoring temporary and foreign files. */
    Set<String> idsOnDisk() {
        if (!Files.isDirectory(reportsDir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(reportsDir)) {
            return s.filter(p -> !AtomicFiles.isTemp(p))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && isId(n.substring(0, n.length() - 5)))
                    .map(n -> n.substring(0, n.length() - 5))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + reportsDir + ": " + e.getMessage(), e);
        }
    }

    /** A report file read back: the report, or why it cannot be used. */
    record Readout(Report report, String problem) {
    }

    /**
     * Reads and checks report file {@code id}.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws UncheckedIOException when it cannot be read at all (permissions, I/O error): not the file's fault
     */
    Readout read(String id) throws NoSuchFileException {
        Path file = file(id);
        Report report;
        try {
            report = json.read(file, Report.class);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (MalformedJsonException e) {
            return new Readout(null, reason(e, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file + ": " + e.getMessage(), e);
        }
        String problem = StoredReportCheck.problem(report, id);
        return problem == null ? new Readout(report, null) : new Readout(null, cap(problem));
    }

    /** The reason a malformed JSON file gives, without the file name it starts with, capped for a notice. */
    static String reason(MalformedJsonException e, Path file) {
        String message = String.valueOf(e.getMessage());
        String prefix = file + ": ";
        return cap(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    /** Caps a reason so that one notice stays one readable line. */
    static String cap(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }

    /** Removes the temporary files of interrupted writes; the caller holds the lock. */
    void sweepTempFiles() throws IOException {
        for (Path d : List.of(dir, reportsDir)) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(AtomicFiles::isTemp).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
