package org.reportminer.index.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

/**
 * The hand-written, hand-annotated test set: a fictional 青禾市科学技术协会's reports of 2021–2023 under
 * {@code src/test/resources/compare/own/}, with findings at the numbered lines {@code N.text} and the true links in
 * {@code links.txt}. Also builds reports from plain text and reads the State Council reports of the shared corpora.
 */
final class OwnReports {

    static final int[] YEARS = {2021, 2022, 2023};
    private static final Pattern FINDING_LINE = Pattern.compile("(?m)^(\\d+)\\.(.+)$");

    private OwnReports() {
    }

    static String resource(String name) {
        try (InputStream in = OwnReports.class.getResourceAsStream("/compare/own/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource compare/own/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String reportId(int year) {
        return "kx" + year;
    }

    /** The three reports, each with its findings at the numbered lines. */
    static List<Report> load() {
        List<Report> out = new ArrayList<>();
        for (int year : YEARS) {
            String text = resource(year + ".txt");
            List<Finding> findings = new ArrayList<>();
            Matcher m = FINDING_LINE.matcher(text);
            while (m.find()) {
                findings.add(new Finding("F" + m.group(1), null, null, null, m.group(2), m.start(2), m.end(2),
                        List.of(), List.of()));
            }
            out.add(report(reportId(year), year, "青禾市科学技术协会", text, findings));
        }
        return out;
    }

    /** A report over {@code text} with the given findings (empty for reports without extracted findings). */
    static Report report(String id, int year, String org, String text, List<Finding> findings) {
        String title = text.lines().findFirst().orElse("");
        Extraction ex = new Extraction(title, org, year, "test", null, List.of(), findings, List.of(), List.of(), List.of());
        return new Report(id, id + ".txt", "text/plain", "UTF-8", text.length(), "0".repeat(64), title, org, year, null,
                false, text, null, ex);
    }

    /** The true links as canonical pair keys {@code a|b} of finding keys {@code reportId/Fn}, a before b. */
    static Set<String> goldPairs() {
        Set<String> out = new TreeSet<>();
        for (String line : resource("links.txt").split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] p = t.split("\\s+");
            out.add(pair(toKey(p[0]), toKey(p[1])));
        }
        return out;
    }

    private static String toKey(String yearSlashFinding) {
        String[] p = yearSlashFinding.split("/");
        return reportId(Integer.parseInt(p[0])) + "/" + p[1];
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /**
     * The State Council work reports of {@code years}, read by the real {@link Ingester} (which strips the Wikisource
     * licence notice the scraped files end with), as reports without findings: year and organisation given at
     * ingest, as a user would with {@code --year --org}.
     */
    static List<Report> govReports(int... years) {
        List<Report> out = new ArrayList<>();
        try (Ingester ingester = new Ingester()) {
            for (int year : years) {
                Path file = SharedData.corpora().resolve("gov-work-reports/" + year + ".txt");
                IngestResult r = ingester.ingest(file, new MetadataOverrides("国务院", year, null));
                Report report = r.asReport().orElseThrow(() -> new IllegalStateException(file + ": " + r.asProblem().orElseThrow()));
                out.add(report);
            }
        }
        return out;
    }
}
