package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
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
 * The fictional 青禾市文化和旅游局 reports in {@code examples/} (2021 .txt, 2022 .docx, 2023 .docx), ingested and
 * extracted, meet the hand-written {@code examples/expected/2021.json}, {@code 2022.json} and {@code 2023.json},
 * including their two deliberate anomalies (146 ≠ 52+37+41+14 in 2021; （1）（2）（2）（3） in 2023).
 */
class ExamplesAcceptanceTest {

    private static final String ORG = "青禾市文化和旅游局";

    private static Ingester ingester;
    private static ReportExtractor extractor;
    private static Extracted r2021;
    private static Extracted r2022;
    private static Extracted r2023;

    private record Extracted(String text, Extraction e, JsonNode x) {
    }

    @BeforeAll
    static void extract() {
        ingester = new Ingester();
        extractor = ReportExtractor.standard();
        r2021 = load("2021-巡察整改进展情况.txt", "2021.json");
        r2022 = load("2022-党风廉政建设责任制报告.docx", "2022.json");
        r2023 = load("2023-巡察整改进展情况.docx", "2023.json");
    }

    @AfterAll
    static void close() {
        ingester.close();
    }

    private static Extracted load(String file, String expected) {
        Path dir = SharedData.examples();
        IngestResult r = ingester.ingest(dir.resolve(file), MetadataOverrides.none());
        assertInstanceOf(IngestResult.Ingested.class, r, () -> file + ": " + r);
        String text = ((IngestResult.Ingested) r).report().text();
        try {
            return new Extracted(text, extractor.extract(text),
                    new ObjectMapper().readTree(dir.resolve("expected").resolve(expected).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void offsetsAreExactInAllThreeReports() {
        Invariants.assertOffsets(r2021.text(), r2021.e());
        Invariants.assertOffsets(r2022.text(), r2022.e());
        Invariants.assertOffsets(r2023.text(), r2023.e());
    }

    @Test
    void metadataNamesTheOrganisationKindAndYearOfEachReport() {
        for (Extracted r : List.of(r2021, r2022, r2023)) {
            assertEquals(ORG, r.e().org(), r.x().get("file").asText());
            assertEquals(r.x().get("year").asInt(), r.e().year(), r.x().get("file").asText());
        }
        assertNull(r2021.e().title(), "the 2021 report opens with its intro, not a title");
        assertEquals(r2021.x().get("kind").asText(), r2021.e().kind());
        assertEquals(r2022.x().get("title").asText(), r2022.e().title());
        assertEquals(r2022.x().get("kind").asText(), r2022.e().kind());
        assertEquals(r2023.x().get("title").asText(), r2023.e().title());
        // expected kind reads "巡察整改进展情况 (巡察整改“回头看”)": the canonical kind is its first word
        assertEquals(r2023.x().get("kind").asText().split(" ")[0], r2023.e().kind());
    }

    @Test
    void report2021HasItsAreasGroupsFindingsAndMeasures() {
        Extraction e = r2021.e();
        List<Section> areas = new ArrayList<>();
        SeedExpectations.collect(e.sections(), SectionRole.PROBLEM_AREA, areas);
        JsonNode xAreas = r2021.x().get("areas");
        assertEquals(xAreas.size(), areas.size());
        int fi = 0;
        for (int a = 0; a < xAreas.size(); a++) {
            JsonNode xa = xAreas.get(a);
            assertEquals(xa.get("label").asText(), areas.get(a).label());
            assertEquals(xa.get("title").asText(), areas.get(a).title());
            for (JsonNode xg : xa.get("groups")) {
                for (JsonNode xf : xg.get("findings")) {
                    Finding f = e.findings().get(fi++);
                    assertTrue(f.surface().startsWith(xf.get("text_starts_with").asText()), f.id() + ": " + f.surface());
                    assertEquals(xa.get("title").asText(), f.area(), f.id());
                    assertEquals(xg.get("title").asText(), f.group(), f.id());
                    assertEquals(xf.get("measure_count").asInt(), f.measures().size(), f.id());
                    assertEquals(xf.get("measure_labels").asText(), labels(f), f.id());
                }
            }
        }
        JsonNode totals = r2021.x().get("totals");
        assertEquals(totals.get("findings").asInt(), e.findings().size());
        assertEquals(totals.get("groups").asInt(), e.findings().stream().map(Finding::group).distinct().count());
        assertEquals(totals.get("measures").asInt(), e.measures().size());
    }

    @Test
    void report2021StatedTotalsAgreeWithTheStructure() {
        Extraction e = r2021.e();
        assertEquals(3, stated(e, TotalKind.AREAS));
        assertEquals(11, stated(e, TotalKind.PROBLEMS));
        assertEquals(5, stated(e, TotalKind.SUGGESTIONS));
        assertEquals(38, stated(e, TotalKind.MEASURES));
        List<Check> checks = of(e, CheckKind.STATED_TOTAL);
        assertEquals(3, checks.size(), checks.toString());
        assertTrue(checks.stream().allMatch(Check::ok), checks.toString());
    }

    @Test
    void report2021BreakdownOf146DoesNotAddUpAndIsTheOnlyFailedCheck() {
        Extraction e = r2021.e();
        for (JsonNode b : r2021.x().get("breakdowns")) {
            Count c = breakdown(e, b);
            assertNotNull(c, "breakdown " + b);
            String raw = c.surface();
            Check check = of(e, CheckKind.BREAKDOWN_SUM).stream().filter(k -> k.message().startsWith(raw + " at "))
                    .findFirst().orElseThrow();
            assertEquals(b.get("consistent").asBoolean(), check.ok(), check.message());
            if (b.has("parts_sum")) {
                assertTrue(check.message().contains("add up to " + b.get("parts_sum").asText() + ", not "
                        + b.get("total").asText()), check.message());
            }
        }
        List<Check> failed = e.checks().stream().filter(c -> !c.ok()).toList();
        assertEquals(1, failed.size(), failed.toString());
    }

    @Test
    void report2021MaskedCountsHaveNoValueAndProgressCountsAreFound() {
        Extraction e = r2021.e();
        for (JsonNode m : r2021.x().get("masked_counts")) {
            String phrase = m.asText();
            int at = r2021.text().indexOf(phrase);
            assertTrue(at >= 0, phrase);
            Count c = SeedExpectations.all(e.counts()).stream()
                    .filter(k -> k.start() >= at && k.end() <= at + phrase.length() && k.masked()).findFirst()
                    .orElseThrow(() -> new AssertionError("no masked count in " + phrase));
            assertNull(c.value());
        }
        for (JsonNode c : r2021.x().get("sample_counts")) {
            assertTrue(hasCount(e, c.get("value").decimalValue(), c.get("unit").asText()), "missing " + c);
        }
        for (JsonNode p : r2021.x().get("progress")) {
            String unit = p.get("unit").asText();
            assertTrue(hasCount(e, p.get("done").decimalValue(), unit), "progress " + p);
            assertTrue(hasCount(e, p.get("of").decimalValue(), unit), "progress " + p);
        }
        fixedTermsNeverCounted(r2021);
    }

    @Test
    void report2021MeasureStatusesIncludeEveryStatedKindOfProgress() {
        List<String> evidence = r2021.e().measures().stream().map(Measure::statusEvidence)
                .filter(s -> s != null).toList();
        for (JsonNode s : r2021.x().get("measure_statuses_present")) {
            assertTrue(evidence.stream().anyMatch(ev -> s.asText().startsWith(ev) || ev.startsWith(s.asText())),
                    s.asText() + " not among " + evidence.stream().distinct().toList());
        }
    }

    @Test
    void report2022HasItsSectionsProblemsAndBreakdowns() {
        Extraction e = r2022.e();
        JsonNode xs = r2022.x().get("sections");
        assertEquals(xs.size(), e.sections().size());
        for (int i = 0; i < xs.size(); i++) {
            Section s = e.sections().get(i);
            assertEquals(xs.get(i).get("label").asText(), s.label());
            assertEquals(xs.get(i).get("title").asText(), s.title());
            JsonNode kids = xs.get(i).get("children");
            assertEquals(kids.size(), s.children().size(), s.title());
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
        JsonNode problems = xs.get(1).get("problems");
        assertEquals(problems.size(), e.findings().size());
        for (int i = 0; i < problems.size(); i++) {
            Finding f = e.findings().get(i);
            assertTrue(f.surface().startsWith(problems.get(i).get("text_starts_with").asText()), f.surface());
            String label = problems.get(i).get("label").asText();
            assertTrue(r2022.text().startsWith(label, f.start() - label.length()), "label before " + f.id());
            assertEquals(List.of(), f.measures());
        }
        for (JsonNode b : r2022.x().get("breakdowns_all_consistent")) {
            assertNotNull(breakdown(e, b), "breakdown " + b);
        }
        List<Check> sums = of(e, CheckKind.BREAKDOWN_SUM);
        assertEquals(3, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(Check::ok), sums.toString());
        for (JsonNode c : r2022.x().get("counts_that_must_be_found")) {
            assertTrue(hasCount(e, c.get("value").decimalValue(), c.get("unit").asText()), "missing " + c);
        }
        JsonNode politics = r2022.x().get("progress").get(0);
        assertEquals(politics.get("of").asInt(), stated(e, TotalKind.PROBLEMS));
        assertEquals(politics.get("done").asInt(), stated(e, TotalKind.PROBLEMS_DONE));
        assertTrue(e.checks().stream().allMatch(Check::ok), e.checks().toString());
        fixedTermsNeverCounted(r2022);
    }

    @Test
    void report2023FindingsAreItsQuotedHeadingsWithTheirMeasures() {
        Extraction e = r2023.e();
        List<Finding> findings = e.findings();
        int fi = 0;
        for (JsonNode g : r2023.x().get("groups")) {
            for (JsonNode xf : g.get("findings")) {
                Finding f = findings.get(fi++);
                assertEquals(xf.get("problem").asText(), f.surface(), f.id());
                assertEquals(g.get("title").asText(), f.group(), f.id());
                assertEquals(xf.get("measure_count").asInt(), f.measures().size(), f.id() + " " + labels(f));
                assertEquals(xf.get("measure_labels").asText(), labels(f), f.id());
            }
        }
        JsonNode totals = r2023.x().get("totals");
        assertEquals(totals.get("findings").asInt(), findings.size());
        assertEquals(totals.get("measures").asInt(), e.measures().size());
        assertEquals(totals.get("groups").asInt(), findings.stream().map(Finding::group).distinct().count());
    }

    @Test
    void report2023MeasuresAreItemsNotSections() {
        List<Section> all = new ArrayList<>();
        flatten(r2023.e().sections(), all);
        assertTrue(all.stream().noneMatch(s -> s.label().matches("[（(]\\d+[）)]")),
                all.stream().map(Section::label).toList().toString());
        long findingHeadings = all.stream().filter(s -> s.title().matches("关于“.+”问题的整改")).count();
        assertEquals(10, findingHeadings);
        List<String> groups = all.stream().filter(s -> s.role() == SectionRole.PROBLEM_GROUP).map(Section::title)
                .toList();
        assertEquals(List.of("关于上一轮巡察反馈问题整改不到位的问题", "关于“回头看”中发现的新问题"), groups);
    }

    @Test
    void report2023CommaLedLabelContinuingTheSequenceOpensItsOwnMeasure() {
        Finding f = r2023.e().findings().get(1);
        Measure third = f.measures().get(2);
        Measure fourth = f.measures().get(3);
        assertEquals("（3）", third.label());
        assertTrue(third.surface().endsWith("。"), third.surface());
        assertFalse(third.surface().contains("（4）"), third.surface());
        assertEquals("（4）", fourth.label());
        assertTrue(fourth.surface().contains("每季度组织一次执法业务培训"), fourth.surface());
        assertEquals(4, fourth.ordinal());
    }

    @Test
    void report2023ChecksReportOnlyTheRepeatedLabelAndTotalsAgree() {
        Extraction e = r2023.e();
        List<Check> failed = e.checks().stream().filter(c -> !c.ok()).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(CheckKind.NUMBERING_REPEAT, failed.get(0).kind());
        assertTrue(failed.get(0).message().contains("旅游市场秩序整治不够彻底".substring(0, 8)), failed.get(0).message());
        assertTrue(failed.get(0).message().contains("（2） is used twice"), failed.get(0).message());
        assertEquals(37, stated(e, TotalKind.MEASURES));
        assertEquals(4, stated(e, TotalKind.SUGGESTIONS));
        assertTrue(of(e, CheckKind.STATED_TOTAL).stream().anyMatch(c -> c.ok() && c.message().contains("37")));
        for (JsonNode b : r2023.x().get("breakdowns_all_consistent")) {
            assertNotNull(breakdown(e, b), "breakdown " + b);
        }
        for (JsonNode p : r2023.x().get("progress")) {
            String unit = p.get("unit").asText();
            assertTrue(hasCount(e, p.get("done").decimalValue(), unit), "progress " + p);
            assertTrue(hasCount(e, p.get("of").decimalValue(), unit), "progress " + p);
        }
    }

    @Test
    void report2023MaskedMoneyHasNoValueAndThePhoneNumberIsNotACount() {
        Extraction e = r2023.e();
        String text = r2023.text();
        int money = text.indexOf("项目资金**万元");
        assertTrue(e.counts().stream().anyMatch(c -> c.masked() && c.value() == null && c.start() > money
                && c.end() <= money + "项目资金**万元".length()));
        int phone = text.indexOf("联系电话");
        assertTrue(phone > 0);
        assertTrue(SeedExpectations.all(e.counts()).stream().noneMatch(c -> c.start() >= phone), "count after 联系电话");
    }

    @Test
    void otherGenresInMoreHaveTheirOrgKindAndOnlyMultiPartBreakdowns() {
        Path more = SharedData.examples().resolve("more");
        Extraction audit = extractor.extract(SharedData.read(more.resolve("2023-岚溪县农业农村局审计整改情况报告.txt")));
        Extraction duty = extractor.extract(
                SharedData.read(more.resolve("2023-泊云区市场监督管理局落实全面从严治党主体责任情况报告.txt")));
        Extraction summary = extractor.extract(SharedData.read(more.resolve("2023-鹭汀镇人民政府工作总结.txt")));
        assertEquals("岚溪县农业农村局", audit.org());
        assertEquals("审计整改情况报告", audit.kind());
        assertEquals("泊云区市场监督管理局", duty.org());
        assertEquals("全面从严治党主体责任情况报告", duty.kind());
        assertEquals("鹭汀镇人民政府", summary.org());
        assertEquals("工作总结", summary.kind());
        // one-part 其中 subsets: 抽查会计凭证120份，其中…17份; 执法案卷90份，其中…6份
        for (Extraction e : List.of(audit, duty, summary)) {
            assertTrue(e.counts().stream().allMatch(c -> c.parts().isEmpty() || c.parts().size() >= 2));
            assertTrue(e.checks().stream().filter(c -> c.kind() == CheckKind.BREAKDOWN_SUM).allMatch(Check::ok),
                    e.checks().toString());
        }
        assertTrue(audit.counts().stream().anyMatch(c -> "120份".equals(c.surface()) && c.parts().isEmpty()));
        assertTrue(audit.counts().stream().anyMatch(c -> "17份".equals(c.surface())), "the subset stays a count");
        assertTrue(duty.counts().stream().anyMatch(c -> "90份".equals(c.surface()) && c.parts().isEmpty()));
        assertEquals(List.of("12个", "29个", "34个"), duty.counts().stream().filter(c -> "75个".equals(c.surface()))
                .findFirst().orElseThrow().parts().stream().map(Count::surface).toList());
        assertEquals(12, audit.findings().size());
        assertTrue(audit.measures().stream().filter(m -> m.status() == org.reportminer.corpus.model.MeasureStatus.UNKNOWN)
                .count() <= 1, "整改情况：已整改。/正在整改。 decide the audit measures");
    }

    private static void fixedTermsNeverCounted(Extracted r) {
        for (JsonNode t : r.x().get("fixed_terms_never_counted")) {
            String term = t.asText();
            int hits = 0;
            for (int i = r.text().indexOf(term); i >= 0; i = r.text().indexOf(term, i + 1)) {
                hits++;
                int s = i;
                int end = i + term.length();
                assertFalse(SeedExpectations.all(r.e().counts()).stream().anyMatch(c -> c.start() < end && s < c.end()),
                        term + " at " + s + " was counted");
            }
            assertTrue(hits > 0, term + " not in text");
        }
    }

    private static Count breakdown(Extraction e, JsonNode b) {
        BigDecimal total = b.get("total").decimalValue();
        List<BigDecimal> parts = new ArrayList<>();
        b.get("parts").forEach(p -> parts.add(p.decimalValue()));
        return e.counts().stream().filter(k -> !k.parts().isEmpty() && k.value() != null
                && total.compareTo(k.value()) == 0 && k.unit().equals(b.get("unit").asText())
                && k.parts().stream().map(Count::value).toList().equals(parts)).findFirst().orElse(null);
    }

    /**
     * Whether a count of {@code value unit} was found. The expected files write money as {@code 4.35 万元}; the
     * extractor folds 万/亿 into the value ({@code 43500 元}, as for {@code 2.5万亿元} in the work reports), so an
     * expected 万/亿 unit is converted first.
     */
    private static boolean hasCount(Extraction e, BigDecimal value, String unit) {
        BigDecimal v = value;
        String u = unit;
        if (u.length() > 1 && (u.startsWith("万") || u.startsWith("亿"))) {
            v = v.multiply(u.startsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            u = u.substring(1);
        }
        BigDecimal expected = v;
        String expectedUnit = u;
        return SeedExpectations.all(e.counts()).stream().anyMatch(
                k -> k.value() != null && expected.compareTo(k.value()) == 0 && expectedUnit.equals(k.unit()));
    }

    private static int stated(Extraction e, TotalKind kind) {
        StatedTotal t = e.statedTotals().stream().filter(s -> s.what() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no stated " + kind + " in " + e.statedTotals()));
        return t.value().intValue();
    }

    private static List<Check> of(Extraction e, CheckKind kind) {
        return e.checks().stream().filter(c -> c.kind() == kind).toList();
    }

    private static String labels(Finding f) {
        return f.measures().stream().map(Measure::label).collect(Collectors.joining());
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            flatten(s.children(), out);
        }
    }
}
