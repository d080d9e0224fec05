package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;
import org.reportminer.corpus.testing.SharedData;

/**
 * The assertions of {@code shared/seeds/expected/000.json} and {@code 001.json}, applied to any text of a seed and
 * its extraction: the seed .txt itself ({@link SeedAcceptanceTest}) or the seed read from another format
 * ({@link FixtureAcceptanceTest}).
 */
final class SeedExpectations {

    private static final JsonNode X000 = read("000.json");
    private static final JsonNode X001 = read("001.json");

    private SeedExpectations() {
    }

    private static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(SharedData.expected(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every expectation of seed 000. */
    static void all000(String text, Extraction e) {
        assertAll(() -> Invariants.assertOffsets(text, e), () -> areasGroupsFindingsAndMeasures000(e),
                () -> yearInferredWithEvidence000(e), () -> repeatedMeasureLabel000(e),
                () -> maskedStatedTotals000(e));
    }

    /** Every expectation of seed 001. */
    static void all001(String text, Extraction e) {
        assertAll(() -> Invariants.assertOffsets(text, e), () -> titleKindYearAndSections001(text, e),
                () -> findingsWithoutMeasures001(text, e), () -> countsBreakdownsAndProgress001(e),
                () -> fixedTermsNeverCounted001(text, e));
    }

    static void areasGroupsFindingsAndMeasures000(Extraction e) {
        List<Section> areas = new ArrayList<>();
        collect(e.sections(), SectionRole.PROBLEM_AREA, areas);
        JsonNode xAreas = X000.get("areas");
        assertEquals(xAreas.size(), areas.size());
        int fi = 0;
        for (int a = 0; a < xAreas.size(); a++) {
            JsonNode xa = xAreas.get(a);
            Section area = areas.get(a);
            assertEquals(xa.get("label").asText(), area.label());
            assertEquals(xa.get("title").asText(), area.title());
            List<Section> groups = area.children().stream().filter(s -> s.role() == SectionRole.PROBLEM_GROUP).toList();
            assertEquals(xa.get("groups").size(), groups.size(), area.title());
            for (int g = 0; g < groups.size(); g++) {
                JsonNode xg = xa.get("groups").get(g);
                assertEquals(xg.get("title").asText(), groups.get(g).title());
                for (JsonNode xf : xg.get("findings")) {
                    Finding f = e.findings().get(fi++);
                    String start = xf.get("text_starts_with").asText();
                    assertTrue(f.surface().startsWith(start), f.id() + " starts " + f.surface());
                    assertEquals(xa.get("title").asText(), f.area(), f.id());
                    assertEquals(xg.get("title").asText(), f.group(), f.id());
                    assertEquals(xf.get("measure_count").asInt(), f.measures().size(), f.id());
                    assertEquals(xf.get("measure_labels").asText(),
                            f.measures().stream().map(Measure::label).collect(Collectors.joining()), f.id());
                }
            }
        }
        JsonNode totals = X000.get("totals");
        assertEquals(totals.get("findings").asInt(), e.findings().size());
        assertEquals(fi, e.findings().size());
        assertEquals(totals.get("measures").asInt(), e.measures().size());
        assertEquals(totals.get("groups").asInt(), e.findings().stream().map(Finding::group).distinct().count());
    }

    static void yearInferredWithEvidence000(Extraction e) {
        assertEquals(X000.get("year_inferred").asInt(), e.year());
        assertEquals(X000.get("kind").asText(), e.kind());
        String ev = e.yearEvidence();
        assertNotNull(ev, "no year evidence");
        assertTrue(ev.startsWith("year is masked (****年)"), ev);
        for (String event : List.of("党史学习教育", "建党百年", "十九届六中全会")) {
            assertTrue(ev.contains(event), ev);
        }
    }

    static void repeatedMeasureLabel000(Extraction e) {
        List<Check> repeats = e.checks().stream()
                .filter(c -> c.kind() == CheckKind.NUMBERING_REPEAT && !c.ok()).toList();
        assertEquals(1, repeats.size(), repeats.toString());
        assertTrue(repeats.get(0).message().contains("维护侨胞合法权益"), repeats.get(0).message());
        assertTrue(repeats.get(0).message().contains("④ is used twice"), repeats.get(0).message());
        assertTrue(e.checks().stream().filter(c -> !c.ok()).allMatch(c -> c.kind() == CheckKind.NUMBERING_REPEAT),
                e.checks().stream().filter(c -> !c.ok()).toList().toString());
    }

    static void maskedStatedTotals000(Extraction e) {
        Set<String> raws = e.statedTotals().stream().filter(StatedTotal::masked).map(StatedTotal::surface)
                .collect(Collectors.toSet());
        Set<String> expected = new HashSet<>();
        X000.get("stated_totals_masked").forEach(n -> expected.add(n.asText()));
        assertEquals(expected, raws);
        assertTrue(e.statedTotals().stream().allMatch(t -> t.value() == null));
        List<Check> stated = e.checks().stream().filter(c -> c.kind() == CheckKind.STATED_TOTAL).toList();
        assertEquals(3, stated.size());
        stated.forEach(c -> assertTrue(c.ok() && c.message().endsWith("masked, not checked"), c.message()));
    }

    static void titleKindYearAndSections001(String text, Extraction e) {
        assertEquals(X001.get("title").asText(), e.title());
        assertEquals(X001.get("kind").asText(), e.kind());
        assertEquals(X001.get("year").asInt(), e.year());
        assertTrue(text.contains(X001.get("joined_after_noise_removal").asText()));
        for (JsonNode marker : X001.get("noise_markers_removed")) {
            assertFalse(text.contains(marker.asText()), marker.asText() + " left in the text");
        }
        JsonNode xs = X001.get("sections");
        assertEquals(xs.size(), e.sections().size());
        for (int i = 0; i < xs.size(); i++) {
            Section s = e.sections().get(i);
            assertEquals(xs.get(i).get("label").asText(), s.label());
            assertEquals(xs.get(i).get("title").asText(), s.title());
            JsonNode kids = xs.get(i).get("children");
            if (kids == null) {
                assertEquals(List.of(), s.children());
                continue;
            }
            assertEquals(kids.size(), s.children().size());
            for (int k = 0; k < kids.size(); k++) {
                Section c = s.children().get(k);
                assertEquals(kids.get(k).get("label").asText(), c.label());
                assertEquals(kids.get(k).get("title").asText(), c.title());
                if (kids.get(k).has("items")) {
                    List<String> items = new ArrayList<>();
                    kids.get(k).get("items").forEach(n -> items.add(n.asText()));
                    assertEquals(items, c.children().stream().map(Section::label).toList(), c.title());
                }
            }
        }
    }

    static void findingsWithoutMeasures001(String text, Extraction e) {
        JsonNode problems = X001.get("sections").get(1).get("problems");
        assertEquals(problems.size(), e.findings().size());
        for (int i = 0; i < problems.size(); i++) {
            Finding f = e.findings().get(i);
            assertTrue(f.surface().startsWith(problems.get(i).get("text_starts_with").asText()), f.surface());
            assertEquals(List.of(), f.measures());
            String label = problems.get(i).get("label").asText();
            assertTrue(text.startsWith(label, f.start() - label.length()), "label before " + f.id());
        }
        assertTrue(e.findings().get(1).surface().endsWith("工作缺乏特色亮点。"), e.findings().get(1).surface());
    }

    static void countsBreakdownsAndProgress001(Extraction e) {
        for (JsonNode c : X001.get("counts_that_must_be_found")) {
            BigDecimal v = c.get("value").decimalValue();
            String unit = c.get("unit").asText();
            assertTrue(all(e.counts()).stream().anyMatch(k -> v.compareTo(k.value() == null ? BigDecimal.ONE.negate()
                    : k.value()) == 0 && unit.equals(k.unit())), "missing " + c);
        }
        for (JsonNode b : X001.get("breakdowns_all_consistent")) {
            BigDecimal total = b.get("total").decimalValue();
            List<BigDecimal> parts = new ArrayList<>();
            b.get("parts").forEach(p -> parts.add(p.decimalValue()));
            Count found = e.counts().stream().filter(k -> !k.parts().isEmpty() && total.compareTo(k.value()) == 0
                    && k.unit().equals(b.get("unit").asText())
                    && k.parts().stream().map(Count::value).toList().equals(parts)).findFirst().orElse(null);
            assertNotNull(found, "breakdown " + b);
        }
        List<Check> sums = e.checks().stream().filter(c -> c.kind() == CheckKind.BREAKDOWN_SUM).toList();
        assertEquals(4, sums.size());
        assertTrue(sums.stream().allMatch(Check::ok));
        JsonNode progress = X001.get("progress").get(0);
        StatedTotal of = e.statedTotals().stream().filter(t -> t.what() == TotalKind.PROBLEMS).findFirst().orElseThrow();
        StatedTotal done = e.statedTotals().stream().filter(t -> t.what() == TotalKind.PROBLEMS_DONE).findFirst()
                .orElseThrow();
        assertEquals(progress.get("of").asInt(), of.value().intValue());
        assertEquals(progress.get("done").asInt(), done.value().intValue());
        assertTrue(e.checks().stream().anyMatch(c -> c.kind() == CheckKind.RATE && c.ok()
                && c.message().contains("已完成整改3个")));
    }

    static void fixedTermsNeverCounted001(String text, Extraction e) {
        for (JsonNode t : X001.get("fixed_terms_never_counted")) {
            String term = t.asText();
            int hits = 0;
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                hits++;
                int s = i;
                int end = i + term.length();
                assertFalse(all(e.counts()).stream().anyMatch(c -> c.start() < end && s < c.end()),
                        term + " at " + s + " was counted");
            }
            assertTrue(hits > 0, term + " not in text");
        }
    }

    /** Counts with their breakdown parts, flattened. */
    static List<Count> all(List<Count> counts) {
        List<Count> out = new ArrayList<>();
        for (Count c : counts) {
            out.add(c);
            out.addAll(all(c.parts()));
        }
        return out;
    }

    static void collect(List<Section> sections, SectionRole role, List<Section> out) {
        for (Section s : sections) {
            if (s.role() == role) {
                out.add(s);
            }
            collect(s.children(), role, out);
        }
    }
}
