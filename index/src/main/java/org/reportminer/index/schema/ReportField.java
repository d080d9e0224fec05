package org.reportminer.index.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.reportminer.corpus.model.MeasureStatus;

/**
 * Every field of the report index, with how it is indexed. The one home of Lucene field names: no other class
 * spells them.
 *
 * <ul>
 *   <li>{@link Kind#KEYWORD}: exact, stored, with sorted-set doc values for facets and sorting; may repeat.</li>
 *   <li>{@link Kind#INT}: an int point for ranges, stored, with numeric doc values.</li>
 *   <li>{@link Kind#WORDS}: text analysed by the word analyzer, stored, postings with offsets for highlighting.</li>
 *   <li>{@link Kind#BIGRAMS}: the same text analysed into character bigrams for recall and exact phrases; not
 *       stored (its offsets point into the {@link #TEXT} value).</li>
 *   <li>{@link Kind#STORED}: stored only; may repeat.</li>
 * </ul>
 */
public enum ReportField {
    /** {@link Level#id()} of the document. */
    LEVEL("level", Kind.KEYWORD, true),
    /** The report's id (content key); the delete/replace key of all documents of one report. */
    REPORT_ID("reportId", Kind.KEYWORD, true),
    /** The reporting organisation. */
    ORG("org", Kind.KEYWORD, true),
    /** The report year. */
    YEAR("year", Kind.INT, true),
    /** The report kind (巡察整改进展情况 …). */
    KIND("kind", Kind.KEYWORD, true),
    /** A finding's problem area; on findings, their measures and counts. */
    AREA("area", Kind.KEYWORD, true),
    /** A finding's problem group; on findings, their measures and counts. */
    GROUP("group", Kind.KEYWORD, true),
    /** Measure status ({@code DONE} …); on findings, every distinct status of its measures. */
    STATUS("status", Kind.KEYWORD, true),
    /** A count's unit (项, 次, 万元 …). */
    UNIT("unit", Kind.KEYWORD, true),
    /** The finding id ({@code F3}) of a finding, or of the finding a measure or count belongs to. */
    FINDING_ID("findingId", Kind.KEYWORD, true),
    /** The item's text: the report text, a section's own text, a finding, a measure or a count. */
    TEXT("text", Kind.WORDS, true),
    /** {@link #TEXT} as character bigrams. Not user-facing: unquoted and quoted words search it implicitly. */
    TEXT_BIGRAM("text_bigram", Kind.BIGRAMS, false),
    /** The report title, on every document of the report. */
    TITLE("title", Kind.WORDS, true),
    /** The section path, outermost first ({@code 一、整改落实情况}); one stored value per heading. */
    PATH("path", Kind.STORED, false);

    /** How a field is indexed. */
    public enum Kind { KEYWORD, INT, WORDS, BIGRAMS, STORED }

    /**
     * The most UTF-16 chars of a keyword value that are indexed; the rest is cut off. A keyword is one term, and
     * Lucene rejects a whole document ("immense term") when a term is over 32766 UTF-8 bytes. A char is at most
     * three UTF-8 bytes, so this keeps any value under 3,000 bytes. Metadata is capped far lower upstream (org and
     * kind at 100 chars); this bound holds whatever reaches the index, e.g. a 40k-character heading taken as an
     * area.
     */
    public static final int MAX_KEYWORD_CHARS = 1000;

    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType UNSTORED_TEXT = textType(false);

    private final String fieldName;
    private final Kind kind;
    private final boolean queryable;

    ReportField(String fieldName, Kind kind, boolean queryable) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.queryable = queryable;
    }

    /** The Lucene field name, also the name users write in {@code field:value} queries. */
    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether users may name this field in a query. */
    public boolean queryable() {
        return queryable;
    }

    /** The user-queryable field named {@code name} (case-insensitive), if any. */
    public static Optional<ReportField> findQueryable(String name) {
        return Arrays.stream(values()).filter(f -> f.queryable && f.fieldName.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The values this keyword field can hold, in {@link #keyword} form, when it is a closed set: the level ids for
     * {@link #LEVEL}, the measure statuses for {@link #STATUS}; empty for every other field.
     */
    public List<String> allowedValues() {
        return switch (this) {
            case LEVEL -> Arrays.stream(Level.values()).map(Level::id).toList();
            case STATUS -> Arrays.stream(MeasureStatus.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }

    /** Whether {@code value} can occur in this field: always, unless the field has a closed set of values. */
    public boolean allows(String value) {
        List<String> allowed = allowedValues();
        return allowed.isEmpty() || allowed.contains(keyword(value));
    }

    /** The message for a value outside {@link #allowedValues()}, e.g. {@code unknown level 'xyz'; use one of: …}. */
    public String unknownValue(String value) {
        String v = value.trim();
        String shown = v.length() <= 80 ? v : v.substring(0, v.offsetByCodePoints(0, Math.min(80,
                v.codePointCount(0, v.length())))) + "…";
        return "unknown " + fieldName + " '" + shown + "'; use one of: " + String.join(", ", allowedValues());
    }

    /** The names users may write before a colon, for error messages. */
    public static String queryableNames() {
        return Arrays.stream(values()).filter(ReportField::queryable).map(ReportField::fieldName)
                .collect(Collectors.joining(", "));
    }

    /**
     * The indexed form of a keyword value: levels lower-case, statuses upper-case, other values trimmed, and
     * everything cut to {@value #MAX_KEYWORD_CHARS} chars (never inside a surrogate pair). Queries and documents
     * both go through here, so {@code status:done} finds {@code DONE} and an over-long value still finds itself.
     */
    public String keyword(String value) {
        String v = bounded(value.trim());
        return switch (this) {
            case LEVEL -> v.toLowerCase(Locale.ROOT);
            case STATUS -> v.toUpperCase(Locale.ROOT);
            default -> v;
        };
    }

    /** Adds {@code value} to {@code doc} as this field; {@code null} and blank values are skipped. */
    public void add(Document doc, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        switch (kind) {
            case KEYWORD -> {
                String v = keyword(value);
                doc.add(new StringField(fieldName, v, Field.Store.YES));
                doc.add(new SortedSetDocValuesField(fieldName, new BytesRef(v)));
            }
            case INT -> add(doc, Integer.valueOf(Integer.parseInt(value.trim())));
            case WORDS -> doc.add(new Field(fieldName, value, STORED_TEXT));
            case BIGRAMS -> doc.add(new Field(fieldName, value, UNSTORED_TEXT));
            case STORED -> doc.add(new StoredField(fieldName, value));
        }
    }

    /**
     * Adds {@code value} as this {@link Kind#WORDS} field, indexed from {@code words} (already analysed, offsets into
     * {@code value}) instead of by the index analyzer; stored as usual. {@code null} and blank values are skipped.
     */
    public void add(Document doc, String value, TokenStream words) {
        if (kind != Kind.WORDS) {
            throw new IllegalStateException(fieldName + " is not a words field");
        }
        if (value == null || value.isBlank()) {
            return;
        }
        Field field = new Field(fieldName, value, STORED_TEXT);
        field.setTokenStream(words);
        doc.add(field);
    }

    /** Adds an int value; only for {@link Kind#INT} fields. {@code null} is skipped. */
    public void add(Document doc, Integer value) {
        if (kind != Kind.INT) {
            throw new IllegalStateException(fieldName + " is not an int field");
        }
        if (value == null) {
            return;
        }
        doc.add(new IntPoint(fieldName, value));
        doc.add(new StoredField(fieldName, value));
        doc.add(new NumericDocValuesField(fieldName, value));
    }

    private static String bounded(String v) {
        if (v.length() <= MAX_KEYWORD_CHARS) {
            return v;
        }
        int end = MAX_KEYWORD_CHARS;
        if (Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(0, end);
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        // Offsets in the postings let the highlighter mark matches without re-analysing stored text.
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
