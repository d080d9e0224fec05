package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reportminer compare} on the three 青禾市文化和旅游局 example reports of the shared store. */
class CompareCommandTest {
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");

    private static SharedStore store;
    private static String y2021;
    private static String y2022;
    private static String y2023;
    private static CliRunner.Result three;
    private static JsonNode result;

    @BeforeAll
    static void compareTheThreeYears() {
        store = SharedStore.get();
        y2021 = store.id(SharedStore.QH2021);
        y2022 = store.id(SharedStore.QH2022);
        y2023 = store.id(SharedStore.QH2023);
        three = store.run("compare", "--json", "--html", "out/compare.html", "--reports", y2021, y2022, y2023);
        assertEquals(0, three.exitCode(), three.toString());
        result = SharedStore.json(three.out());
    }

    @Test
    void linksCarryTheContractFieldsAndJoinTheRewordedRecurringProblems() {
        JsonNode links = result.get("links");
        assertTrue(links.size() > 0);
        Set<String> pairs = new HashSet<>();
        for (JsonNode l : links) {
            for (String end : new String[] {"from", "to"}) {
                JsonNode f = l.get(end);
                for (String field : new String[] {"reportId", "year", "findingId", "text"}) {
                    assertTrue(f.hasNonNull(field), field + " in " + l);
                }
                assertTrue(Set.of(y2021, y2022, y2023).contains(f.get("reportId").asText()), l.toString());
            }
            assertTrue(l.get("from").get("year").asInt() > l.get("to").get("year").asInt(), "later → earlier: " + l);
            assertTrue(l.get("score").asDouble() > 0 && l.get("score").asDouble() <= 1, l.toString());
            assertTrue(l.get("evidence").isArray() && l.get("evidence").size() > 0, l.toString());
            pairs.add(key(l.get("from")) + ">" + key(l.get("to")));
        }
        // examples/README.md: F1 → R1 (理论学习), F11 → R6 (三会一课), F7 → 2022 一是 (一岗双责)
        assertTrue(pairs.contains("2023F1>2021F1"), pairs.toString());
        assertTrue(pairs.contains("2023F6>2021F11"), pairs.toString());
        assertTrue(pairs.contains("2022F1>2021F7"), pairs.toString());
        // findings resolved in 2021 (意识形态 F2, 旅游安全 F4, 公共文化服务 F5, 政府采购 F9, 八项规定 F10) never recur
        for (String resolved : List.of("2021F2", "2021F4", "2021F5", "2021F9", "2021F10")) {
            assertFalse(pairs.stream().anyMatch(p -> p.endsWith(">" + resolved)), resolved + " in " + pairs);
        }
    }

    @Test
    void theMatrixHasOneRowPerYearThatAddsUpToThatYearsFindings() {
        JsonNode matrix = result.get("matrix");
        assertEquals("[2021,2022,2023]", matrix.get("years").toString());
        int categories = matrix.get("categories").size();
        assertTrue(categories > 0);
        assertEquals(3, matrix.get("counts").size());
        for (int y = 0; y < 3; y++) {
            JsonNode row = matrix.get("counts").get(y);
            assertEquals(categories, row.size());
            int sum = 0;
            for (JsonNode n : row) {
                sum += n.asInt();
            }
            assertEquals(result.get("reports").get(y).get("findings").asInt(), sum, "row " + y + ": " + row);
        }
        assertEquals(11, result.get("reports").get(0).get("findings").asInt(), "the 2021 example has 11 findings");
    }

    @Test
    void chainsListFindingsOfSeveralYears() {
        JsonNode chains = result.get("chains");
        assertTrue(chains.size() > 0);
        for (JsonNode c : chains) {
            assertTrue(c.get("findings").size() >= 2, c.toString());
            assertTrue(c.get("years").size() >= 2, c.toString());
        }
    }

    @Test
    void reuseFindsTheCopiedParagraphWithOffsetsIntoBothReports() {
        CliRunner.Result r = store.run("compare", "--json", "--reports", y2021, y2023);
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode reuse = SharedStore.json(r.out()).get("reuse");
        assertEquals(1, reuse.size(), reuse.toString());
        JsonNode u = reuse.get(0);
        assertEquals(y2023, u.get("reportId").asText());
        assertEquals(y2021, u.get("earlierReportId").asText());
        assertTrue(u.get("share").asDouble() > 0 && u.get("share").asDouble() < 0.5, u.toString());
        JsonNode p = u.get("passages").get(0);
        String text2023 = text(y2023);
        String text2021 = text(y2021);
        assertEquals(p.get("text").asText(), text2023.substring(p.get("start").asInt(), p.get("end").asInt()));
        assertTrue(p.get("text").asText().contains("整改标准不降、力度不减"), p.toString());
        String earlier = text2021.substring(p.get("earlierStart").asInt(), p.get("earlierEnd").asInt());
        assertTrue(earlier.contains("整改标准不降、力度不减"), earlier);
        assertTrue(earlier.contains("31条") && p.get("text").asText().contains("33条"),
                "the copy differs only in its numbers: " + earlier);
    }

    @Test
    void theHtmlReportIsSelfContained() throws IOException {
        Path html = store.workDir().resolve("out/compare.html");
        // paths inside the working directory are printed relative to it
        assertTrue(three.err().contains("wrote " + store.workDir().relativize(html)), three.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("<html"), page.substring(0, Math.min(200, page.length())));
        Matcher m = EXTERNAL.matcher(page);
        assertFalse(m.find(), () -> "external reference: " + page.substring(m.start(), Math.min(page.length(),
                m.end() + 60)));
        assertFalse(page.contains("http://") || page.contains("https://"), "no URLs at all");
        assertTrue(page.contains("三会一课"), "the finding texts are in the page");
    }

    @Test
    void plainOutputNamesChainsMatrixDiffsAndReuse() {
        CliRunner.Result r = store.run("compare", "--reports", y2021, y2022, y2023);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Recurring problems (chains, strongest first):"), r.out());
        assertTrue(r.out().contains("Findings by year and category:"), r.out());
        assertTrue(r.out().contains(y2023 + " vs " + y2022 + ": "), r.out());
        assertTrue(r.out().contains(y2022 + " vs " + y2021 + ": "), r.out());
    }

    @Test
    void anOrganisationWithFewerThanTwoReportsIsNothingToCompare() {
        CliRunner.Result r = store.run("compare", "--org", "不存在的单位");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertTrue(r.err().strip().endsWith("reportminer: nothing to compare: need two or more reports of one"
                + " organisation matching --org 不存在的单位 in " + store.workDir().relativize(store.store())), r.toString());
    }

    @Test
    void aBackwardsYearRangeIsAUsageError() {
        CliRunner.Result r = store.run("compare", "--years", "2023..2021");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --years 2023..2021: the range is empty", r.err().strip());
    }

    private static String key(JsonNode ref) {
        return ref.get("year").asInt() + ref.get("findingId").asText();
    }

    private static String text(String id) {
        CliRunner.Result r = store.run("show", "--json", id);
        assertEquals(0, r.exitCode(), r.toString());
        return SharedStore.json(r.out()).get("text").asText();
    }
}
