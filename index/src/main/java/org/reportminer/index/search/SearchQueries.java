package org.reportminer.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.reportminer.index.analysis.BigramAnalyzer;
import org.reportminer.index.schema.ReportField;

/**
 * Builds the Lucene query of a {@link SearchQuery}: parses the user's text (every parser failure becomes a one-line
 * {@link QueryException}) and adds the level, org, kind, status and year filters. Thread-safe: the parser is created
 * per call, because the classic parser is not.
 */
final class SearchQueries {

    private static final String TOO_MANY_TERMS = "it expands to too many terms; make it more specific";

    private final Analyzer queryAnalyzer;
    private final BigramAnalyzer bigrams = new BigramAnalyzer(true);

    SearchQueries(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    /** The one-line error for a query that expands past Lucene's clause limit while it is run. */
    static QueryException tooManyTerms(String text, IndexSearcher.TooManyClauses e) {
        return new QueryException(QueryText.bad(text, TOO_MANY_TERMS), e);
    }

    /** The user's query; a blank text matches every document. */
    Query parse(String text) throws QueryException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        // Length and nesting first: the parser recurses once per parenthesis.
        QueryText.check(text);
        try {
            return new ReportQueryParser(queryAnalyzer, bigrams).parse(text);
        } catch (ParseException e) {
            throw new QueryException(QueryText.bad(text, reason(e)), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(text, e);
        } catch (TooComplexToDeterminizeException e) {
            throw new QueryException(QueryText.bad(text, "a regular expression or wildcard is too complex"), e);
        } catch (IllegalArgumentException e) {
            // Lucene's RegExp reports a malformed /regexp/ so, e.g. "expected ']' at position 2".
            throw new QueryException(QueryText.bad(text, firstLine(e.getMessage())), e);
        } catch (StackOverflowError e) {
            // Last resort only: the nesting check above should make this unreachable.
            throw new QueryException(QueryText.bad(text, "it is nested too deeply"), null);
        }
    }

    /** {@code userQuery} as the scoring clause, with each filter of {@code q} as a non-scoring one. */
    static Query withFilters(Query userQuery, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (q.level() != null) {
            b.add(keyword(ReportField.LEVEL, q.level().id()), BooleanClause.Occur.FILTER);
        }
        if (q.org() != null) {
            b.add(keyword(ReportField.ORG, q.org()), BooleanClause.Occur.FILTER);
        }
        if (q.kind() != null) {
            b.add(keyword(ReportField.KIND, q.kind()), BooleanClause.Occur.FILTER);
        }
        if (q.status() != null) {
            b.add(keyword(ReportField.STATUS, q.status()), BooleanClause.Occur.FILTER);
        }
        if (q.yearFrom() != null || q.yearTo() != null) {
            int from = q.yearFrom() == null ? Integer.MIN_VALUE : q.yearFrom();
            int to = q.yearTo() == null ? Integer.MAX_VALUE : q.yearTo();
            // Points when the years lead the query, doc values when another clause is sparser: building the set of
            // every document of three years at 1M findings cost more than the rest of a narrow query.
            String field = ReportField.YEAR.fieldName();
            b.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery(field, from, to),
                    NumericDocValuesField.newSlowRangeQuery(field, from, to)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query keyword(ReportField field, String value) {
        return new TermQuery(new Term(field.fieldName(), field.keyword(value)));
    }

    private static String firstLine(String message) {
        String m = message == null ? "malformed" : message.lines().findFirst().orElse(message);
        return m.length() <= QueryText.QUOTE_CHARS * 2 ? m : m.substring(0, QueryText.QUOTE_CHARS * 2) + "…";
    }

    /** One line saying what is wrong, from the parser's multi-line report. */
    private static String reason(ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof TokenMgrError) {
            return "unterminated \"quote\" or a stray \\ at the end";
        }
        if (cause instanceof ParseException pe && pe.currentToken != null) {
            Token last = pe.currentToken;
            Token next = last.next;
            if (next == null || next.kind == 0) {
                return last.image == null || last.image.isEmpty()
                        ? "the query is empty"
                        : "the query ends after " + QueryText.quote(last.image) + "; something must follow";
            }
            // The classic parser's char stream counts columns from 0.
            return "unexpected " + QueryText.quote(next.image) + " at character " + (next.beginColumn + 1);
        }
        return firstLine(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }
}
