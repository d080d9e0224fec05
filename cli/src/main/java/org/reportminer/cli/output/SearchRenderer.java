package org.reportminer.cli.output;

import java.io.PrintWriter;
import java.util.Map;
import org.reportminer.index.search.Hit;
import org.reportminer.index.search.SearchResult;

/**
 * Search hits for a person: one numbered block per hit, the total, then one line per facet. Estimated counts carry
 * {@code ≈} so they are never read as exact.
 */
public final class SearchRenderer {
    private SearchRenderer() {
    }

    public static void print(SearchResult r, PrintWriter out) {
        int i = 0;
        for (Hit h : r.hits()) {
            i++;
            out.printf("%d. [%s] %s %s · %s%s  score %.2f%n", i, h.level().id(), h.year() == null ? "----" : h.year(),
                    h.org() == null ? "" : h.org(), h.title() == null ? h.reportId() : h.title(),
                    h.findingId() == null ? "" : " (" + h.findingId() + ")", h.score());
            if (!h.path().isEmpty()) {
                out.println("   " + String.join(" › ", h.path()));
            }
            out.println("   " + h.highlighted().replace('\n', ' '));
        }
        out.printf("%s%d hit%s%s%s%n", r.totalExact() ? "" : "≈", r.total(), r.total() == 1 ? "" : "s",
                r.total() > r.hits().size() ? " (showing " + r.hits().size() + "; --limit N for more)" : "",
                r.totalExact() ? "" : " (total and facet counts estimated; --exact counts every match)");
        String mark = r.totalExact() ? "" : "≈";
        facet(out, "year", r.facets().year(), mark);
        facet(out, "org", r.facets().org(), mark);
        facet(out, "kind", r.facets().kind(), mark);
        facet(out, "status", r.facets().status(), mark);
    }

    private static void facet(PrintWriter out, String name, Map<String, Integer> counts, String mark) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("  ").append(name).append(": ");
        counts.forEach((k, v) -> sb.append(k).append(" (").append(mark).append(v).append(")  "));
        out.println(sb.toString().stripTrailing());
    }
}
