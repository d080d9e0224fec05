package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reportminer search} on the shared store: issue 4's acceptance, the JSON contract and query errors. */
class SearchCommandTest {
    private static final Set<String> HIT_FIELDS = Set.of("level", "reportId", "year", "org", "kind", "findingId",
            "text", "highlighted", "score", "path");

    private static SharedStore store;

    @BeforeAll
    static void ingest() {
        store = SharedStore.get();
    }

    private static JsonNode searchJson(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRunner.Result r = store.run("search", all);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.err(), r.toString());
        return SharedStore.json(r.out());
    }

    @Test
    void yiGangShuangZeFindsTheSeed000FindingAboutItFirst() {
        JsonNode result = searchJson("一岗双责", "--level", "finding");
        JsonNode first = result.get("hits").get(0);
        assertEquals("finding", first.get("level").asText());
        assertEquals(store.id(SharedStore.SEED000), first.get("reportId").asText(), result.toPrettyString());
        assertEquals("领导班子成员履行“一岗双责”责任担当不足，监督意识不强", first.get("text").asText());
        assertEquals("领导班子成员履行“【一岗双责】”责任担当不足，监督意识不强", first.get("highlighted").asText());
        assertEquals(2021, first.get("year").asInt());
        assertEquals("市侨联", first.get("org").asText());
        assertEquals("落实全面从严治党主体责任意识不强", last(first.get("path")));
        for (JsonNode h : result.get("hits")) {
            assertEquals("finding", h.get("level").asText());
            assertTrue(h.get("text").asText().contains("一岗双责"), h.toString());
        }
    }

    @Test
    void sanHuiYiKeFindsBothSeedReportsAndTheFindingsThatNameIt() {
        JsonNode any = searchJson("三会一课", "--limit", "30");
        Set<String> reports = reportIds(any);
        assertTrue(reports.contains(store.id(SharedStore.SEED000)), reports.toString());
        assertTrue(reports.contains(store.id(SharedStore.SEED001)), reports.toString());

        JsonNode findings = searchJson("三会一课", "--level", "finding");
        assertEquals(Set.of(store.id(SharedStore.SEED000), store.id(SharedStore.QH2021),
                store.id(SharedStore.QH2023)), reportIds(findings),
                "seed 001 names 三会一课 only as work done, never in a finding: " + findings.toPrettyString());
        for (JsonNode h : findings.get("hits")) {
            assertTrue(h.get("highlighted").asText().contains("【三会一课】"), h.toString());
        }
    }

    @Test
    void countLevelRiskListsSeed001RiskCountsWithTheirBreakdowns() {
        JsonNode result = searchJson("--level", "count", "风险", "--org", "XX侨联", "--limit", "20");
        assertTrue(result.get("total").asInt() >= 4, result.toPrettyString());
        for (JsonNode h : result.get("hits")) {
            assertEquals("count", h.get("level").asText());
            assertEquals(store.id(SharedStore.SEED001), h.get("reportId").asText(), h.toString());
            assertTrue(h.get("highlighted").asText().contains("【风险】"), h.toString());
        }
        List<String> texts = result.get("hits").findValues("text").stream().map(JsonNode::asText).toList();
        assertTrue(texts.contains("共排查出风险隐患35项，其中高风险17项，中风险11项，低风险7项"), texts.toString());
        assertTrue(texts.contains("办公室共排查出风险事项7项，其中高风险6项，中风险1项"), texts.toString());
    }

    @Test
    void countLevelWithAYearListsExactlyThatYearsCounts() {
        JsonNode result = searchJson("--level", "count", "--year", "2023", "--limit", "500");
        int expected = countsOf(SharedStore.SEED001) + countsOf(SharedStore.QH2023);
        assertEquals(expected, result.get("total").asInt());
        assertEquals(expected, result.get("hits").size());
        for (JsonNode h : result.get("hits")) {
            assertEquals("count", h.get("level").asText());
            assertEquals(2023, h.get("year").asInt());
        }
        assertEquals(Set.of("2023"), keys(result.get("facets").get("year")));
        assertEquals(countsOf(SharedStore.SEED001), result.get("facets").get("org").get("XX侨联").asInt());
    }

    @Test
    void aYearFilterKeepsOnlyThatYearsReports() {
        JsonNode all = searchJson("三会一课", "--limit", "50");
        JsonNode y2023 = searchJson("三会一课", "--year", "2023", "--limit", "50");
        assertTrue(y2023.get("total").asInt() > 0);
        assertTrue(y2023.get("total").asInt() < all.get("total").asInt());
        assertEquals(Set.of(store.id(SharedStore.SEED001), store.id(SharedStore.QH2023)), reportIds(y2023));
        assertEquals(Set.of("2023"), keys(y2023.get("facets").get("year")));
        JsonNode range = searchJson("三会一课", "--year", "2021..2022", "--limit", "50");
        assertEquals(all.get("total").asInt() - y2023.get("total").asInt(), range.get("total").asInt());
    }

    @Test
    void jsonCarriesTheContractFieldsWithLowerCaseLevelsAndTheFourFacets() {
        JsonNode result = searchJson("整改", "--limit", "25");
        assertTrue(result.get("total").asInt() >= 25, "整改 is in every report");
        assertEquals(25, result.get("hits").size());
        for (JsonNode h : result.get("hits")) {
            Set<String> names = new HashSet<>();
            h.fieldNames().forEachRemaining(names::add);
            assertTrue(names.containsAll(HIT_FIELDS), "missing " + diff(HIT_FIELDS, names) + " in " + h);
            assertTrue(List.of("report", "section", "finding", "measure", "count").contains(h.get("level").asText()),
                    h.get("level").asText());
            assertTrue(h.get("path").isArray());
            assertTrue(h.get("score").isNumber());
            assertTrue(h.get("highlighted").asText().contains("【整改】"), h.get("highlighted").asText());
        }
        assertEquals(Set.of("year", "org", "kind", "status"), keys(result.get("facets")));
        int byYear = 0;
        for (JsonNode n : result.get("facets").get("year")) {
            byYear += n.asInt();
        }
        assertEquals(result.get("total").asInt(), byYear, "every hit has a year here, so the year facet sums up");
    }

    @Test
    void jsonSaysWhetherTheTotalIsExactAndExactForcesIt() {
        // issue 15: the shared store is far under the 10,000-match limit, so both are exact and equal
        JsonNode plain = searchJson("整改", "--limit", "3");
        JsonNode exact = searchJson("整改", "--limit", "3", "--exact");
        assertTrue(plain.get("totalExact").asBoolean(), plain.toPrettyString());
        assertTrue(exact.get("totalExact").asBoolean(), exact.toPrettyString());
        assertEquals(exact.get("total"), plain.get("total"));
        assertEquals(exact.get("facets"), plain.get("facets"));
        assertEquals(exact.get("hits"), plain.get("hits"));
    }

    @Test
    void aBadQueryIsAUsageErrorOnOneLineWithoutAStackTrace() {
        CliRunner.Result r = store.run("search", "三会一课 AND");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("reportminer: bad query '三会一课 AND': "), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aBadLevelOrYearIsAUsageError() {
        CliRunner.Result level = store.run("search", "--level", "paragraph", "整改");
        assertEquals(ExitCodes.USAGE, level.exitCode(), level.toString());
        assertTrue(level.err().contains("unknown level 'paragraph'"), level.toString());
        CliRunner.Result year = store.run("search", "--year", "20x", "整改");
        assertEquals(ExitCodes.USAGE, year.exitCode(), year.toString());
        assertEquals("reportminer: --year 20x: expected YEAR or FROM..TO, e.g. 2019..2023", year.err().strip());
    }

    @Test
    void aQuotedPhraseMatchesTheExactTextOnly() {
        JsonNode phrase = searchJson("\"事后补记\"", "--level", "finding");
        assertEquals(1, phrase.get("total").asInt(), phrase.toPrettyString());
        JsonNode hit = phrase.get("hits").get(0);
        assertEquals(store.id(SharedStore.QH2021), hit.get("reportId").asText());
        assertEquals("F11", hit.get("findingId").asText());
        assertTrue(hit.get("highlighted").asText().contains("【事后补记】"), hit.toString());
        assertEquals(0, searchJson("\"补记事后\"").get("total").asInt());
    }

    @Test
    void plainOutputMarksMatchesWithLenticularBracketsAndShowsPathAndFacets() {
        CliRunner.Result r = store.run("search", "一岗双责", "--level", "finding", "--limit", "1");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.out().lines().toList();
        // seed 000 has no title line, so the hit shows its file name as the title
        assertTrue(lines.get(0).matches("1\\. \\[finding\\] 2021 市侨联 · \\S+ \\(F\\d+\\)  score .*"), r.out());
        assertTrue(lines.get(1).contains(" › 落实全面从严治党主体责任意识不强"), r.out());
        assertEquals("   领导班子成员履行“【一岗双责】”责任担当不足，监督意识不强", lines.get(2));
        assertTrue(lines.get(3).matches("\\d+ hits \\(showing 1; --limit N for more\\)"), lines.get(3));
        assertTrue(r.out().contains("  year: "), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
    }

    private static int countsOf(String file) {
        CliRunner.Result r = store.run("show", "--json", store.id(file));
        assertEquals(0, r.exitCode(), r.toString());
        return SharedStore.json(r.out()).get("extraction").get("counts").size();
    }

    private static Set<String> reportIds(JsonNode result) {
        Set<String> ids = new TreeSet<>();
        result.get("hits").forEach(h -> ids.add(h.get("reportId").asText()));
        return ids;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> k = new TreeSet<>();
        object.fieldNames().forEachRemaining(k::add);
        return k;
    }

    private static Set<String> diff(Set<String> want, Set<String> have) {
        Set<String> d = new TreeSet<>(want);
        d.removeAll(have);
        return d;
    }

    private static String last(JsonNode array) {
        return array.get(array.size() - 1).asText();
    }
}
