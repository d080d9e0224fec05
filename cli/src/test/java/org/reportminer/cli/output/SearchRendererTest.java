package org.reportminer.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportminer.index.search.Facets;
import org.reportminer.index.search.SearchResult;

/** Issue 15: an estimated total and its facet counts are marked ≈; exact ones are not. */
class SearchRendererTest {

    private static String render(SearchResult r) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            SearchRenderer.print(r, out);
        }
        return s.toString();
    }

    private static final Facets FACETS = new Facets(Map.of("2021", 120_000), Map.of(), Map.of(), Map.of());

    @Test
    void anEstimatedTotalAndItsFacetsCarryTheMark() {
        assertEquals("≈120000 hits (showing 0; --limit N for more) (total and facet counts estimated; --exact counts every match)\n"
                + "  year: 2021 (≈120000)\n", render(new SearchResult(120_000, false, List.of(), FACETS)));
    }

    @Test
    void anExactTotalIsUnmarked() {
        assertEquals("120000 hits (showing 0; --limit N for more)\n  year: 2021 (120000)\n", render(new SearchResult(120_000, List.of(), FACETS)));
    }
}
