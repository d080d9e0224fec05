package org.reportminer.cli.web.view;

import java.util.List;

/**
 * The search page: the form as filled, the hits of this page and the facets.
 *
 * @param q       the query
 * @param level   the level filter, or empty
 * @param year    the year filter (2021 or 2019..2023), or empty
 * @param org     the organisation filter, or empty
 * @param kind    the kind filter, or empty
 * @param status  the status filter, or empty
 * @param total   hits in all
 * @param totalExact whether {@code total} and the facet counts are exact (else estimated, shown with 约)
 * @param page    this page, from 1
 * @param pages   pages in all
 * @param hits    the hits of this page
 * @param facets  year, organisation, kind and status counts, clickable
 * @param prevHref link to the previous page, or {@code null}
 * @param nextHref link to the next page, or {@code null}
 * @param error   a query error, or {@code null}
 * @param searched whether a search ran (else the form is shown alone)
 */
public record SearchPage(String q, String level, String year, String org, String kind, String status, long total,
                         boolean totalExact, int page, int pages, List<HitView> hits, List<Facet> facets, String prevHref, String nextHref,
                         String error, boolean searched) {

    /**
     * One hit.
     *
     * @param level  its level in Chinese
     * @param title  the report's title
     * @param year   the report's year, or {@code null}
     * @param org    the organisation, or {@code null}
     * @param path   the section path
     * @param pieces the text, split into plain and matched pieces
     * @param href   the link to its place in the report
     */
    public record HitView(String level, String title, Integer year, String org, List<String> path,
                          List<Piece> pieces, String href) {
    }

    /** A piece of highlighted text: matched or not. */
    public record Piece(String text, boolean hit) {
    }
}
