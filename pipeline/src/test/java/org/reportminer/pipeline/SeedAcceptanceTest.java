package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/** The seeds' expected files ({@code shared/seeds/expected/*.json}) are met exactly. */
class SeedAcceptanceTest {

    private static ReportExtractor extractor;
    private static String text000;
    private static String text001;
    private static Extraction e000;
    private static Extraction e001;
    private static JsonNode x000;
    private static JsonNode x001;

    @BeforeAll
    static void extract() throws Exception {
        extractor = new ReportExtractor();
        text000 = Shared.seedText("000");
        text001 = Shared.seedText("001");
        e000 = extractor.extract(text000);
        e001 = extractor.extract(text001);
        ObjectMapper m = new ObjectMapper();
        x000 = m.readTree(Shared.expected("000.json").toFile());
        x001 = m.readTree(Shared.expected("001.json").toFile());
    }

    @Test
    void seedOffsetsAreExact() {
        Invariants.assertOffsets(text000, e000);
        Invariants.assertOffsets(text001, e001);
    }

    @Test
    void seed000HasItsAreasGroupsFindingsAndMeasures() {
        List<Section> areas = new ArrayList<>();
        collect(e000.sections(), SectionRole.PROBLEM_AREA, areas);
        JsonNode xAreas = x000.get("areas");
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
                    Finding f = e000.findings().get(fi++);
                    String start = xf.get("text_starts_with").asText();
                    assertTrue(f.text().startsWith(start), f.id() + " starts " + f.text());
                    assertEquals(xa.get("title").asText(), f.area(), f.id());
                    assertEquals(xg.get("title").asText(), f.group(), f.id());
                    assertEquals(xf.get("measure_count").asInt(), f.measures().size(), f.id());
                    assertEquals(xf.get("measure_labels").asText(),
                            f.measures().stream().map(Measure::label).collect(Collectors.joining()), f.id());
                }
            }
        }
        JsonNode totals = x000.get("totals");
        assertEquals(totals.get("findings").asInt(), e000.findings().size());
        assertEquals(fi, e000.findings().size());
        assertEquals(totals.get("measures").asInt(), e000.measures().size());
        assertEquals(totals.get("groups").asInt(), e000.findings().stream().map(Finding::group).distinct().count());
    }

    @Test
    void seed000YearIsInferredFromItsEventsWithEvidence() {
        assertEquals(x000.get("year_inferred").asInt(), e000.year());
        assertEquals(x000.get("kind").asText(), e000.kind());
        String ev = e000.yearEvidence();
        assertTrue(ev.startsWith("year is masked (****年)"), ev);
        for (String event : List.of("党史学习教育", "建党百年", "十九届六中全会")) {
            assertTrue(ev.contains(event), ev);
        }
    }

    @Test
    void seed000ReportsTheRepeatedMeasureLabelAndKeepsBothMeasures() {
        List<Check> repeats = e000.checks().stream()
                .filter(c -> c.kind() == CheckKind.NUMBERING_REPEAT && !c.ok()).toList();
        assertEquals(1, repeats.size(), repeats.toString());
        assertTrue(repeats.get(0).message().contains("维护侨胞合法权益"), repeats.get(0).message());
        assertTrue(repeats.get(0).message().contains("④ is used twice"), repeats.get(0).message());
        assertTrue(e000.checks().stream().filter(c -> !c.ok()).allMatch(c -> c.kind() == CheckKind.NUMBERING_REPEAT));
    }

    @Test
    void seed000MaskedStatedTotalsAreKeptWithoutValueAndNotChecked() {
        Set<String> raws = e000.statedTotals().stream().filter(StatedTotal::masked).map(StatedTotal::raw)
                .collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>();
        x000.get("stated_totals_masked").forEach(n -> expected.add(n.asText()));
        assertEquals(expected, raws);
        assertTrue(e000.statedTotals().stream().allMatch(t -> t.value() == null));
        List<Check> stated = e000.checks().stream().filter(c -> c.kind() == CheckKind.STATED_TOTAL).toList();
        assertEquals(3, stated.size());
        stated.forEach(c -> assertTrue(c.ok() && c.message().endsWith("masked, not checked"), c.message()));
    }

    @Test
    void seed001HasItsTitleKindYearAndSections() {
        assertEquals(x001.get("title").asText(), e001.title());
        assertEquals(x001.get("kind").asText(), e001.kind());
        assertEquals(x001.get("year").asInt(), e001.year());
        assertTrue(text001.contains(x001.get("joined_after_noise_removal").asText()));
        JsonNode xs = x001.get("sections");
        assertEquals(xs.size(), e001.sections().size());
        for (int i = 0; i < xs.size(); i++) {
            Section s = e001.sections().get(i);
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

    @Test
    void seed001FindingsAreTheProblemsWithoutMeasures() {
        JsonNode problems = x001.get("sections").get(1).get("problems");
        assertEquals(problems.size(), e001.findings().size());
        for (int i = 0; i < problems.size(); i++) {
            Finding f = e001.findings().get(i);
            assertTrue(f.text().startsWith(problems.get(i).get("text_starts_with").asText()), f.text());
            assertEquals(List.of(), f.measures());
            String label = problems.get(i).get("label").asText();
            assertTrue(text001.startsWith(label, f.start() - label.length()), "label before " + f.id());
        }
        assertTrue(e001.findings().get(1).text().endsWith("工作缺乏特色亮点。"), e001.findings().get(1).text());
    }

    @Test
    void seed001CountsBreakdownsAndProgressAreFound() {
        for (JsonNode c : x001.get("counts_that_must_be_found")) {
            BigDecimal v = c.get("value").decimalValue();
            String unit = c.get("unit").asText();
            assertTrue(all(e001.counts()).stream().anyMatch(k -> v.compareTo(k.value() == null ? BigDecimal.ONE.negate()
                    : k.value()) == 0 && unit.equals(k.unit())), "missing " + c);
        }
        for (JsonNode b : x001.get("breakdowns_all_consistent")) {
            BigDecimal total = b.get("total").decimalValue();
            List<BigDecimal> parts = new ArrayList<>();
            b.get("parts").forEach(p -> parts.add(p.decimalValue()));
            Count found = e001.counts().stream().filter(k -> !k.parts().isEmpty() && total.compareTo(k.value()) == 0
                    && k.unit().equals(b.get("unit").asText())
                    && k.parts().stream().map(Count::value).toList().equals(parts)).findFirst().orElse(null);
            assertNotNull(found, "breakdown " + b);
        }
        List<Check> sums = e001.checks().stream().filter(c -> c.kind() == CheckKind.BREAKDOWN_SUM).toList();
        assertEquals(4, sums.size());
        assertTrue(sums.stream().allMatch(Check::ok));
        JsonNode progress = x001.get("progress").get(0);
        StatedTotal of = e001.statedTotals().stream().filter(t -> t.what() == TotalKind.PROBLEMS).findFirst().orElseThrow();
        StatedTotal done = e001.statedTotals().stream().filter(t -> t.what() == TotalKind.PROBLEMS_DONE).findFirst()
                .orElseThrow();
        assertEquals(progress.get("of").asInt(), of.value().intValue());
        assertEquals(progress.get("done").asInt(), done.value().intValue());
        assertTrue(e001.checks().stream().anyMatch(c -> c.kind() == CheckKind.RATE && c.ok()
                && c.message().contains("已完成整改3个")));
    }

    @Test
    void seed001FixedTermsAreNeverCounted() {
        for (JsonNode t : x001.get("fixed_terms_never_counted")) {
            String term = t.asText();
            int hits = 0;
            for (int i = text001.indexOf(term); i >= 0; i = text001.indexOf(term, i + 1)) {
                hits++;
                int s = i;
                int e = i + term.length();
                assertFalse(all(e001.counts()).stream().anyMatch(c -> c.start() < e && s < c.end()),
                        term + " at " + s + " was counted");
            }
            assertTrue(hits > 0, term + " not in text");
        }
    }

    private static List<Count> all(List<Count> counts) {
        List<Count> out = new ArrayList<>();
        for (Count c : counts) {
            out.add(c);
            out.addAll(all(c.parts()));
        }
        return out;
    }

    private static void collect(List<Section> sections, SectionRole role, List<Section> out) {
        for (Section s : sections) {
            if (s.role() == role) {
                out.add(s);
            }
            collect(s.children(), role, out);
        }
    }
}
