package org.reportminer.cli.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportminer.cli.CliException;
import org.reportminer.cli.app.SearchRequest;
import org.reportminer.cli.app.YearRange;
import org.reportminer.cli.web.view.Facet;
import org.reportminer.cli.web.view.SearchPage;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.Hit;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;

/** Runs a search from the page's parameters and builds the page: hits placed in their reports, facets, paging. */
final class SearchPages {
    static final int PAGE_SIZE = 10;
    /** Private-use characters: never in a report, so the highlighted text splits on them safely, then is escaped. */
    static final HighlightTags MARKS = new HighlightTags("\uE000", "\uE001");

    private SearchPages() {
    }

    /** The search parameters as the page and the API take them. */
    record Params(String q, String level, String year, String org, String kind, String status, int page) {
        Map<String, String> map() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("q", q);
            m.put("level", level);
            m.put("year", year);
            m.put("org", org);
            m.put("kind", kind);
            m.put("status", status);
            return m;
        }

        boolean searched() {
            return map().values().stream().anyMatch(v -> v != null && !v.isEmpty());
        }

        /**
         * The query, asking for {@code limit} hits.
         *
         * @throws IllegalArgumentException a filter is not valid, with a message naming it
         */
        SearchQuery query(int limit) {
            YearRange years;
            try {
                years = empty(year) ? null : YearRange.parse("year", year);
            } catch (CliException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            Level lv = empty(level) ? null : Level.parse(level);
            String st = empty(status) ? null : statusName(status);
            return new SearchQuery(q == null ? "" : q, lv, empty(org) ? null : org,
                    years == null ? null : years.from(), years == null ? null : years.to(), empty(kind) ? null : kind,
                    st, limit);
        }
    }

    private static String statusName(String value) {
        try {
            return MeasureStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status " + value + ": expected DONE, IN_PROGRESS, ONGOING, PLANNED"
                    + " or UNKNOWN", e);
        }
    }

    static SearchPage build(Workbench wb, Params p) throws IOException {
        if (!p.searched()) {
            return new SearchPage("", "", "", "", "", "", 0, true, 1, 0, List.of(), List.of(), null, null, null, false);
        }
        int page = Math.max(1, p.page());
        SearchResult result;
        try {
            SearchQuery query = p.query(Math.min(SearchQuery.MAX_LIMIT, page * PAGE_SIZE));
            result = wb.search.search(new SearchRequest(wb.config.store(), query, null, MARKS, wb.config.solr()));
        } catch (IllegalArgumentException | CliException e) {
            return new SearchPage(nz(p.q()), nz(p.level()), nz(p.year()), nz(p.org()), nz(p.kind()), nz(p.status()),
                    0, true, 1, 0, List.of(), List.of(), null, null, e.getMessage(), true);
        }
        List<Hit> slice = result.hits().subList(Math.min(result.hits().size(), (page - 1) * PAGE_SIZE),
                result.hits().size());
        Map<String, Optional<Report>> reports = new HashMap<>();
        List<SearchPage.HitView> hits = new ArrayList<>();
        for (Hit h : slice) {
            Optional<Report> r = reports.computeIfAbsent(h.reportId(), id -> load(wb, id));
            hits.add(new SearchPage.HitView(Labels.level(h.level()), h.title(), h.year(), h.org(), h.path(),
                    pieces(h.highlighted()), href(h, r.orElse(null))));
        }
        int pages = (int) Math.min((result.total() + PAGE_SIZE - 1) / PAGE_SIZE, SearchQuery.MAX_LIMIT / PAGE_SIZE);
        Map<String, String> base = p.map();
        List<Facet> facets = List.of(
                facet("年份", "year", result.facets().year(), base),
                facet("单位", "org", result.facets().org(), base),
                facet("类型", "kind", result.facets().kind(), base),
                facet("完成情况", "status", result.facets().status(), base));
        return new SearchPage(nz(p.q()), nz(p.level()), nz(p.year()), nz(p.org()), nz(p.kind()), nz(p.status()),
                result.total(), result.totalExact(), page, pages, hits, facets, page > 1 ? pageHref(base, page - 1) : null,
                page < pages ? pageHref(base, page + 1) : null, null, true);
    }

    private static Optional<Report> load(Workbench wb, String id) {
        try {
            return Optional.of(wb.catalog.show(wb.config.store(), id, wb.config.store(), Workbench.QUIET));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The link to the hit's place: its finding's span, else where its text occurs, else the report. */
    static String href(Hit h, Report r) {
        if (r == null || h.level() == Level.REPORT) {
            return Links.report(h.reportId());
        }
        if (h.level() == Level.FINDING && h.findingId() != null && r.extraction() != null) {
            for (Finding f : r.extraction().findings()) {
                if (f.id().equals(h.findingId())) {
                    return Links.at(r.id(), f.span().start(), f.span().end() - f.span().start());
                }
            }
        }
        int at = h.text() == null || h.text().isEmpty() ? -1 : r.text().indexOf(h.text());
        return at < 0 ? Links.report(h.reportId()) : Links.at(r.id(), at, h.text().length());
    }

    static List<SearchPage.Piece> pieces(String highlighted) {
        List<SearchPage.Piece> out = new ArrayList<>();
        if (highlighted == null) {
            return out;
        }
        boolean hit = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == '\uE000' || c == '\uE001') {
                if (cur.length() > 0) {
                    out.add(new SearchPage.Piece(cur.toString(), hit));
                    cur.setLength(0);
                }
                hit = c == '\uE000';
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(new SearchPage.Piece(cur.toString(), hit));
        }
        return out;
    }

    private static Facet facet(String label, String param, Map<String, Integer> counts, Map<String, String> base) {
        List<Facet.Value> values = new ArrayList<>();
        counts.forEach((value, n) -> {
            Map<String, String> p = new LinkedHashMap<>(base);
            boolean active = value.equals(base.get(param));
            p.put(param, active ? null : value);
            String shown = "status".equals(param) ? statusLabel(value) : value;
            values.add(new Facet.Value(value, shown, n, Links.query("/search", p), active));
        });
        return new Facet(label, values);
    }

    private static String statusLabel(String value) {
        try {
            return Labels.status(MeasureStatus.valueOf(value));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String pageHref(Map<String, String> base, int page) {
        Map<String, String> p = new LinkedHashMap<>(base);
        p.put("page", String.valueOf(page));
        return Links.query("/search", p);
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
