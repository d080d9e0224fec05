package org.reportminer.index.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;

/**
 * Turns one {@link Report} into its Lucene documents: one for the report, then one per section (its own text, up
 * to its first child), finding, measure and count, in that order. Every document carries the report's id, org,
 * year, kind and title; findings, measures and counts also carry their section path, area and group.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportDocuments {

    private ReportDocuments() {
    }

    /**
     * The documents of {@code report}; a report without extraction yields only its report document.
     *
     * @throws IllegalArgumentException when an extracted span lies outside the report text
     */
    static List<Document> of(Report report) {
        Extraction x = report.extraction();
        Meta meta = new Meta(report.id(),
                first(report.title(), x == null ? null : x.title()),
                first(report.org(), x == null ? null : x.org()),
                report.year() != null ? report.year() : x == null ? null : x.year(),
                first(report.kind(), x == null ? null : x.kind()));
        String text = report.text();
        List<Document> docs = new ArrayList<>();

        Document reportDoc = meta.document(Level.REPORT);
        addText(reportDoc, text);
        docs.add(reportDoc);
        if (x == null) {
            return docs;
        }

        addSections(docs, meta, text, x.sections(), List.of());
        for (Finding f : x.findings()) {
            List<String> path = sectionPath(x.sections(), f.start());
            Document doc = meta.document(Level.FINDING);
            addItem(doc, report, f.text(), f.start(), f.end(), path);
            ReportField.FINDING_ID.add(doc, f.id());
            ReportField.AREA.add(doc, f.area());
            ReportField.GROUP.add(doc, f.group());
            Set<String> statuses = new LinkedHashSet<>();
            f.measures().forEach(m -> statuses.add(m.status().name()));
            statuses.forEach(s -> ReportField.STATUS.add(doc, s));
            docs.add(doc);
            for (Measure m : f.measures()) {
                Document md = meta.document(Level.MEASURE);
                addItem(md, report, m.text(), m.start(), m.end(), path);
                ReportField.FINDING_ID.add(md, f.id());
                ReportField.AREA.add(md, f.area());
                ReportField.GROUP.add(md, f.group());
                ReportField.STATUS.add(md, m.status().name());
                docs.add(md);
            }
        }
        for (Count c : x.counts()) {
            Document cd = meta.document(Level.COUNT);
            addItem(cd, report, c.raw(), c.start(), c.end(), sectionPath(x.sections(), c.start()));
            ReportField.UNIT.add(cd, c.unit());
            for (Finding f : x.findings()) {
                if (f.start() <= c.start() && c.end() <= f.end()) {
                    ReportField.FINDING_ID.add(cd, f.id());
                    ReportField.AREA.add(cd, f.area());
                    ReportField.GROUP.add(cd, f.group());
                    break;
                }
            }
            docs.add(cd);
        }
        return docs;
    }

    private static void addSections(List<Document> docs, Meta meta, String text, List<Section> sections,
                                    List<String> parentPath) {
        for (Section s : sections) {
            checkSpan(meta.reportId, "section '" + heading(s) + "'", s.start(), s.end(), text);
            List<String> path = new ArrayList<>(parentPath);
            path.add(heading(s));
            int ownEnd = s.children().isEmpty() ? s.end() : Math.min(s.end(), s.children().get(0).start());
            String own = text.substring(s.start(), Math.max(s.start(), ownEnd));
            if (!own.isBlank()) {
                Document doc = meta.document(Level.SECTION);
                addText(doc, own);
                path.forEach(p -> ReportField.PATH.add(doc, p));
                docs.add(doc);
            }
            addSections(docs, meta, text, s.children(), path);
        }
    }

    private static void addItem(Document doc, Report report, String surface, int start, int end, List<String> path) {
        checkSpan(report.id(), "item '" + surface + "'", start, end, report.text());
        addText(doc, surface);
        path.forEach(p -> ReportField.PATH.add(doc, p));
    }

    private static void addText(Document doc, String text) {
        ReportField.TEXT.add(doc, text);
        ReportField.TEXT_BIGRAM.add(doc, text);
    }

    /** Headings of the sections enclosing {@code offset}, outermost first. */
    static List<String> sectionPath(List<Section> roots, int offset) {
        List<String> path = new ArrayList<>();
        List<Section> level = roots;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.start() <= offset && offset < s.end()) {
                    path.add(heading(s));
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        return path;
    }

    private static String heading(Section s) {
        return ((s.label() == null ? "" : s.label()) + (s.title() == null ? "" : s.title())).trim();
    }

    private static void checkSpan(String reportId, String what, int start, int end, String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("report " + reportId + ": " + what + " at " + start + "-" + end
                    + " lies outside the text of length " + text.length());
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** The report-wide fields every document carries. */
    private record Meta(String reportId, String title, String org, Integer year, String kind) {
        Document document(Level level) {
            Document doc = new Document();
            ReportField.LEVEL.add(doc, level.id());
            ReportField.REPORT_ID.add(doc, reportId);
            ReportField.TITLE.add(doc, title);
            ReportField.ORG.add(doc, org);
            ReportField.YEAR.add(doc, year);
            ReportField.KIND.add(doc, kind);
            return doc;
        }
    }
}
