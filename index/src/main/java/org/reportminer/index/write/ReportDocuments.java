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
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.index.analysis.ReportAnalyzer;
import org.reportminer.index.analysis.SegmentedText;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;
import org.reportminer.pipeline.ReportMetadata;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * Turns one {@link Report} into its Lucene documents: one for the report, then one per section (its own text, up
 * to its first child), finding, measure and count, in that order. Every document carries the report's id, org,
 * year, kind and title; findings, measures and counts also carry their section path, area and group.
 *
 * <p>The word fields are not analysed by the index analyzer: the report text is segmented once
 * ({@link SegmentedText}) and each document's words are its span of those, run through the analyzer's filters
 * ({@link ReportAnalyzer#filter}). The title is segmented once per report too.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportDocuments {
    /** The longest lead-in a count document takes before its number. */
    static final int MAX_CLAUSE = 40;


    private ReportDocuments() {
    }

    /**
     * The documents of {@code report} as {@link ReportIndexer} writes them, for another engine to copy field by field
     * (the stored values, plus every field's name); {@code segmenter} is the index's word segmenter.
     *
     * @throws IllegalArgumentException when an extracted span lies outside the report text
     */
    public static List<Document> of(Report report, Segmenter segmenter) {
        Segmenter words = segmenter.wordsOnly();
        return of(report, ReportAnalyzer.forIndex(words), words);
    }

    /**
     * The documents of {@code report}; a report without extraction yields only its report document.
     *
     * @throws IllegalArgumentException when an extracted span lies outside the report text
     */
    static List<Document> of(Report report, ReportAnalyzer words, Segmenter segmenter) {
        // words: the index-time word analyzer, whose filters every word field runs through.
        Extraction x = report.extraction();
        ReportMetadata given = ReportMetadata.of(report);
        String title = given.title();
        Meta meta = new Meta(report.id(), title, given.org(), given.year(), given.kind(),
                title == null || title.isBlank() ? null : SegmentedText.of(title, segmenter), words);
        String text = report.text();
        Words w = new Words(SegmentedText.of(text, segmenter), words);
        List<Document> docs = new ArrayList<>();

        Document reportDoc = meta.document(Level.REPORT);
        w.add(reportDoc, 0, text.length());
        docs.add(reportDoc);
        if (x == null) {
            return docs;
        }

        addSections(docs, meta, w, x.sections(), List.of());
        for (Finding f : x.findings()) {
            List<String> path = sectionPath(x.sections(), f.start());
            Document doc = meta.document(Level.FINDING);
            addItem(doc, report, w, f.surface(), f.start(), f.end(), path);
            ReportField.FINDING_ID.add(doc, f.id());
            ReportField.AREA.add(doc, f.area());
            ReportField.GROUP.add(doc, f.group());
            Set<String> statuses = new LinkedHashSet<>();
            f.measures().forEach(m -> statuses.add(m.status().name()));
            statuses.forEach(s -> ReportField.STATUS.add(doc, s));
            docs.add(doc);
            for (Measure m : f.measures()) {
                Document md = meta.document(Level.MEASURE);
                addItem(md, report, w, m.surface(), m.start(), m.end(), path);
                ReportField.FINDING_ID.add(md, f.id());
                ReportField.AREA.add(md, f.area());
                ReportField.GROUP.add(md, f.group());
                ReportField.STATUS.add(md, m.status().name());
                docs.add(md);
            }
        }
        for (Count c : x.counts()) {
            Document cd = meta.document(Level.COUNT);
            // The document covers the clause the count stands in, through its 其中 parts, so that what is counted
            // (风险事项) and the breakdown are searchable and shown: the raw number alone (7项) says nothing.
            int from = clauseStart(report.text(), c.start());
            int to = c.parts().isEmpty() ? c.end() : Math.max(c.end(), c.parts().get(c.parts().size() - 1).end());
            addItem(cd, report, w, report.text().substring(from, to), from, to, sectionPath(x.sections(), c.start()));
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

    private static void addSections(List<Document> docs, Meta meta, Words w, List<Section> sections,
                                    List<String> parentPath) {
        String text = w.segmented.text();
        for (Section s : sections) {
            checkSpan(meta.reportId, "section '" + heading(s) + "'", s.start(), s.end(), text);
            List<String> path = new ArrayList<>(parentPath);
            path.add(heading(s));
            int ownEnd = s.children().isEmpty() ? s.end() : Math.min(s.end(), s.children().get(0).start());
            int end = Math.max(s.start(), ownEnd);
            String own = text.substring(s.start(), end);
            if (!own.isBlank()) {
                Document doc = meta.document(Level.SECTION);
                w.add(doc, s.start(), end);
                path.forEach(p -> ReportField.PATH.add(doc, p));
                docs.add(doc);
            }
            addSections(docs, meta, w, s.children(), path);
        }
    }

    private static void addItem(Document doc, Report report, Words w, String surface, int start, int end,
                                List<String> path) {
        checkSpan(report.id(), "item '" + surface + "'", start, end, report.text());
        if (start >= 0 && start <= end && report.text().regionMatches(start, surface, 0, surface.length())
                && surface.length() == end - start) {
            w.add(doc, start, end);
        } else {
            // Not a span of the text (should not happen: offsets are sacred); analyse the surface on its own.
            ReportField.TEXT.add(doc, surface);
            ReportField.TEXT_BIGRAM.add(doc, surface);
        }
        path.forEach(p -> ReportField.PATH.add(doc, p));
    }

    /** The word and bigram fields of spans of the report text, words taken from its one segmentation. */
    private record Words(SegmentedText segmented, ReportAnalyzer analyzer) {
        void add(Document doc, int start, int end) {
            String value = segmented.text().substring(start, end);
            ReportField.TEXT.add(doc, value, analyzer.filter(segmented.words(start, end)));
            ReportField.TEXT_BIGRAM.add(doc, value);
        }
    }

    /**
     * Where the clause holding {@code offset} begins: just after the closest preceding clause mark (，；。！？：
     * or a line break), at most {@value #MAX_CLAUSE} characters back.
     */
    static int clauseStart(String text, int offset) {
        int limit = Math.max(0, offset - MAX_CLAUSE);
        for (int i = offset - 1; i >= limit; i--) {
            char c = text.charAt(i);
            // not at 、, which joins the items of a list the count belongs to, nor at ASCII marks, which sit in numbers
            boolean clauseMark = Punctuation.CHINESE_SENTENCE_ENDS.indexOf(c) >= 0
                    || (Punctuation.CHINESE_CLAUSE_ENDS.indexOf(c) >= 0 && c != Punctuation.ENUMERATION_COMMA);
            if (clauseMark || c == '\n') {
                return i + 1;
            }
        }
        return limit;
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

    /** The report-wide fields every document carries. */
    private record Meta(String reportId, String title, String org, Integer year, String kind,
                        SegmentedText titleWords, ReportAnalyzer analyzer) {
        Document document(Level level) {
            Document doc = new Document();
            ReportField.LEVEL.add(doc, level.id());
            ReportField.REPORT_ID.add(doc, reportId);
            if (titleWords != null) {
                ReportField.TITLE.add(doc, title, analyzer.filter(titleWords.words(0, title.length())));
            }
            ReportField.ORG.add(doc, org);
            ReportField.YEAR.add(doc, year);
            ReportField.KIND.add(doc, kind);
            return doc;
        }
    }
}
