package org.reportminer.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.reportminer.index.schema.ReportField;

/**
 * The classic Lucene query syntax over the report schema: words, {@code "phrases"}, {@code field:value},
 * {@code AND/OR/NOT}, {@code +/-}, parentheses, {@code year:[2019 TO 2023]}.
 *
 * <ul>
 *   <li>A word on the default field matches when the document has all its segmented words (with synonyms) in the
 *       word field, <em>or</em> contains it as exact text (bigram field): so {@code 党建} finds {@code 党建带侨建}
 *       whatever the segmenter does.</li>
 *   <li>A quoted phrase matches exact text only (bigram field).</li>
 *   <li>Whitespace-separated words are all required (default operator AND).</li>
 *   <li>Keyword fields match exactly; unknown fields, and values {@code level} or {@code status} never hold, are
 *       errors naming the allowed ones.</li>
 *   <li>A query of only negated clauses ({@code -整改}) matches every document without them.</li>
 * </ul>
 * Not thread-safe: create one per query.
 */
final class ReportQueryParser extends QueryParser {

    private final Analyzer bigrams;

    ReportQueryParser(Analyzer words, Analyzer bigrams) {
        super(ReportField.TEXT.fieldName(), words);
        this.bigrams = bigrams;
        setDefaultOperator(QueryParser.Operator.AND);
        setSplitOnWhitespace(true);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        ReportField f = resolve(field);
        return switch (f.kind()) {
            case WORDS -> f == ReportField.TEXT ? textQuery(text, quoted) : super.getFieldQuery(f.fieldName(), text, quoted);
            case KEYWORD -> {
                // A closed-set field with a value it never holds would silently match nothing: say so instead.
                if (!f.allows(text)) {
                    throw new ParseException(f.unknownValue(text));
                }
                yield new TermQuery(new Term(f.fieldName(), f.keyword(text)));
            }
            case INT -> IntPoint.newExactQuery(f.fieldName(), parseInt(f, text));
            default -> throw new ParseException("field '" + field + "' cannot be searched");
        };
    }

    private Query textQuery(String text, boolean quoted) throws ParseException {
        Query exact = BigramQueries.exact(bigrams, ReportField.TEXT_BIGRAM.fieldName(), text);
        if (quoted) {
            return exact != null ? exact : new MatchNoDocsQuery("phrase has no searchable characters");
        }
        Query words = super.getFieldQuery(ReportField.TEXT.fieldName(), text, false);
        if (words == null || exact == null) {
            return words != null ? words : exact;
        }
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(exact, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * A query of only prohibited clauses ({@code -整改}, {@code NOT 整改}) matches everything else, as a user means it,
     * instead of nothing as in plain Lucene.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        if (!clauses.isEmpty() && clauses.stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            List<BooleanClause> all = new ArrayList<>(clauses);
            all.add(new BooleanClause(new MatchAllDocsQuery(), BooleanClause.Occur.MUST));
            return super.getBooleanQuery(all);
        }
        return super.getBooleanQuery(clauses);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        ReportField f = resolve(field);
        switch (f.kind()) {
            case INT -> {
                int lo = part1 == null ? Integer.MIN_VALUE : parseInt(f, part1);
                int hi = part2 == null ? Integer.MAX_VALUE : parseInt(f, part2);
                if (!startInclusive && lo != Integer.MAX_VALUE) {
                    lo++;
                }
                if (!endInclusive && hi != Integer.MIN_VALUE) {
                    hi--;
                }
                return IntPoint.newRangeQuery(f.fieldName(), lo, hi);
            }
            case KEYWORD -> {
                return TermRangeQuery.newStringRange(f.fieldName(), part1 == null ? null : f.keyword(part1),
                        part2 == null ? null : f.keyword(part2), startInclusive, endInclusive);
            }
            default -> throw new ParseException("ranges work only on year and keyword fields, not '" + field + "'");
        }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(termField(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field)) {
            return super.getWildcardQuery(field, termStr);
        }
        return super.getWildcardQuery(termField(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(termField(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(termField(field), termStr);
    }

    private String termField(String field) throws ParseException {
        ReportField f = resolve(field);
        if (f.kind() == ReportField.Kind.INT) {
            throw new ParseException("wildcards and fuzzy terms do not work on '" + field + "'; use a range like year:[2019 TO 2023]");
        }
        return f.fieldName();
    }

    private static ReportField resolve(String field) throws ParseException {
        return ReportField.findQueryable(field).orElseThrow(() -> new ParseException(
                "unknown field " + QueryText.quote(field) + "; use one of: " + ReportField.queryableNames()));
    }

    private static int parseInt(ReportField f, String text) throws ParseException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ParseException(f.fieldName() + " needs a whole number, not " + QueryText.quote(text));
        }
    }
}
