package org.reportminer.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Weight;
import org.reportminer.corpus.model.Span;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;

/**
 * Turns one stored document and its score into a {@link Hit}: the shown text (a report's title), the match offsets
 * taken from the query's own weight, and the highlighted text. Stateless.
 */
final class HitAssembler {

    /** The most characters of a report's text shown when it has no title. */
    private static final int UNTITLED_CHARS = 60;

    private HitAssembler() {
    }

    /**
     * The hit for {@code doc}.
     *
     * @param highlightWeight the query's weight, or {@code null} when nothing is to be highlighted
     */
    static Hit toHit(Document doc, ScoreDoc sd, Weight highlightWeight, List<LeafReaderContext> leaves,
                     HighlightTags tags) throws IOException {
        Level level = Level.parse(doc.get(ReportField.LEVEL.fieldName()));
        String text = Objects.requireNonNullElse(doc.get(ReportField.TEXT.fieldName()), "");
        String title = doc.get(ReportField.TITLE.fieldName());
        List<Span> spans = highlightWeight == null ? List.of() : matchSpans(highlightWeight, leaves, sd.doc, text);
        String highlighted = MatchHighlighter.highlight(text, spans, tags);
        IndexableField year = doc.getField(ReportField.YEAR.fieldName());
        String shown = shown(level, title, text);
        return new Hit(level,
                doc.get(ReportField.REPORT_ID.fieldName()),
                year == null ? null : year.numericValue().intValue(),
                doc.get(ReportField.ORG.fieldName()),
                doc.get(ReportField.KIND.fieldName()),
                doc.get(ReportField.FINDING_ID.fieldName()),
                shown,
                highlighted,
                sd.score,
                Arrays.asList(doc.getValues(ReportField.PATH.fieldName())),
                title);
    }

    /** Offsets of every match of the query in the text and bigram fields of one document. */
    private static List<Span> matchSpans(Weight weight, List<LeafReaderContext> leaves, int doc, String text)
            throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        List<Span> spans = new ArrayList<>();
        if (matches == null) {
            return spans;
        }
        for (ReportField field : new ReportField[] {ReportField.TEXT, ReportField.TEXT_BIGRAM}) {
            MatchesIterator it = matches.getMatches(field.fieldName());
            if (it == null) {
                continue;
            }
            while (it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end > start && end <= text.length()) {
                    spans.add(new Span(start, end));
                }
            }
        }
        return spans;
    }

    /** What a hit shows as its text: a report's title (or its first chars), any other item's own text. */
    static String shown(Level level, String title, String text) {
        return level == Level.REPORT ? (title != null ? title : firstChars(text)) : text;
    }

    private static String firstChars(String text) {
        int end = Math.min(text.length(), UNTITLED_CHARS);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
