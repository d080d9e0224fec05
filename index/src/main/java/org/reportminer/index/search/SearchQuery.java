package org.reportminer.index.search;

import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;

/**
 * What to search for: query text in the query syntax of {@link ReportSearcher}, plus filters.
 *
 * @param text     the query ({@code 一岗双责}, {@code "党建带侨建"}, {@code 巡察 AND NOT 资金}, {@code org:某局}); blank
 *                 lists everything the filters allow
 * @param level    only documents of this level, or {@code null} for all
 * @param org      only this organisation (exact), or {@code null}
 * @param yearFrom first year, inclusive, or {@code null} for open
 * @param yearTo   last year, inclusive, or {@code null} for open
 * @param kind     only this report kind (exact), or {@code null}
 * @param status   only this measure status ({@code DONE}, case-insensitive), or {@code null}; another value is an
 *                 {@link IllegalArgumentException} listing the statuses
 * @param limit    the most hits to return, 1 to {@value #MAX_LIMIT}
 * @param exact    count every match for the total and the facets, however many; otherwise a broad query is counted
 *                 exactly up to a limit and estimated beyond it ({@link SearchResult#totalExact()} says which)
 */
public record SearchQuery(String text, Level level, String org, Integer yearFrom, Integer yearTo, String kind,
                          String status, int limit, boolean exact) {

    /** Hits returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;
    /** The largest limit accepted. */
    public static final int MAX_LIMIT = 10_000;
    /** The longest query text accepted, in characters (code points). */
    public static final int MAX_QUERY_CHARS = 1000;
    /** The deepest nesting of parentheses accepted in a query. */
    public static final int MAX_NESTING = 32;

    /** A query whose total and facets may be estimated when it matches very many documents. */
    public SearchQuery(String text, Level level, String org, Integer yearFrom, Integer yearTo, String kind,
                       String status, int limit) {
        this(text, level, org, yearFrom, yearTo, kind, status, limit, false);
    }

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range is empty: " + yearFrom + ".." + yearTo);
        }
        org = blankToNull(org);
        kind = blankToNull(kind);
        status = blankToNull(status);
        if (status != null && !ReportField.STATUS.allows(status)) {
            throw new IllegalArgumentException(ReportField.STATUS.unknownValue(status));
        }
    }

    /** A query for {@code text} with no filters and the default limit. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public SearchQuery withLevel(Level newLevel) {
        return new SearchQuery(text, newLevel, org, yearFrom, yearTo, kind, status, limit, exact);
    }

    public SearchQuery withOrg(String newOrg) {
        return new SearchQuery(text, level, newOrg, yearFrom, yearTo, kind, status, limit, exact);
    }

    /** Years {@code from..to}, inclusive; either may be {@code null} for an open end. */
    public SearchQuery withYears(Integer from, Integer to) {
        return new SearchQuery(text, level, org, from, to, kind, status, limit, exact);
    }

    public SearchQuery withKind(String newKind) {
        return new SearchQuery(text, level, org, yearFrom, yearTo, newKind, status, limit, exact);
    }

    public SearchQuery withStatus(String newStatus) {
        return new SearchQuery(text, level, org, yearFrom, yearTo, kind, newStatus, limit, exact);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, level, org, yearFrom, yearTo, kind, status, newLimit, exact);
    }

    /** With {@code true}, every match is counted for the total and the facets (slower for broad queries). */
    public SearchQuery withExact(boolean newExact) {
        return new SearchQuery(text, level, org, yearFrom, yearTo, kind, status, limit, newExact);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
