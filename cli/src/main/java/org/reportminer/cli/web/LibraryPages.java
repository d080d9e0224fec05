package org.reportminer.cli.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportminer.cli.web.view.Facet;
import org.reportminer.cli.web.view.LibraryPage;
import org.reportminer.corpus.store.ReportSummary;

/** Builds the library page: the stored reports filtered by year, organisation and kind, with facet counts. */
final class LibraryPages {
    private LibraryPages() {
    }

    /** The filters from the query: {@code year}, {@code org}, {@code kind} (absent or empty: no filter). */
    record Filters(String year, String org, String kind) {
        boolean any() {
            return !empty(year) || !empty(org) || !empty(kind);
        }

        boolean accepts(ReportSummary s) {
            return (empty(year) || year.equals(yearOf(s))) && (empty(org) || org.equals(orgOf(s)))
                    && (empty(kind) || kind.equals(kindOf(s)));
        }

        Map<String, String> params() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("year", year);
            p.put("org", org);
            p.put("kind", kind);
            return p;
        }
    }

    static LibraryPage build(List<ReportSummary> all, Filters filters, long maxBytes) {
        List<ReportSummary> shown = all.stream().filter(filters::accepts).toList();
        List<Facet> facets = List.of(
                facet("年份", "year", all, LibraryPages::yearOf, filters),
                facet("单位", "org", all, LibraryPages::orgOf, filters),
                facet("类型", "kind", all, LibraryPages::kindOf, filters));
        return new LibraryPage(shown, all.size(), facets, filters.any(), maxBytes / (1024 * 1024));
    }

    private static Facet facet(String label, String param, List<ReportSummary> all,
                               Function<ReportSummary, String> field, Filters filters) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReportSummary s : all) {
            counts.merge(field.apply(s), 1, Integer::sum);
        }
        String chosen = filters.params().get(param);
        List<Facet.Value> values = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    boolean active = e.getKey().equals(chosen);
                    Map<String, String> p = filters.params();
                    p.put(param, active ? null : e.getKey());
                    values.add(new Facet.Value(e.getKey(), e.getKey(), e.getValue(), Links.query("/library", p), active));
                });
        return new Facet(label, values);
    }

    static String yearOf(ReportSummary s) {
        return s.year() == null ? "（无年份）" : s.year().toString();
    }

    static String orgOf(ReportSummary s) {
        return Objects.requireNonNullElse(s.org(), "（无单位）");
    }

    static String kindOf(ReportSummary s) {
        return Objects.requireNonNullElse(s.kind(), "（无类型）");
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** Reports by year, newest first, then title. */
    static final Comparator<ReportSummary> ORDER = Comparator
            .comparing((ReportSummary s) -> s.year() == null ? 0 : s.year(), Comparator.reverseOrder())
            .thenComparing(s -> Objects.requireNonNullElse(s.title(), ""));
}
