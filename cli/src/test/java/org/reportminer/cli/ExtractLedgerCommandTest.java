package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/** {@code reportminer extract} and {@code ledger} straight on report files, no store involved. */
class ExtractLedgerCommandTest {
    private static final List<String> LEDGER_HEADER = List.of("序号", "问题方面", "问题类别", "具体问题", "整改措施",
            "完成情况", "责任主体", "时限/频次", "涉及数量");

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return new CliRunner(dir).run(args);
    }

    @Test
    void jsonOfTheSeed001DocxHasTitleYearSectionsFindingsCountsTotalsAndChecks() {
        CliRunner.Result r = run("extract", "--format", "json", SharedData.fixture("seed001.docx").toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode x = SharedStore.json(r.out());
        assertEquals("XX侨联2023年党风廉政建设责任制报告", x.get("title").asText());
        assertEquals(2023, x.get("year").asInt());
        assertEquals(SharedData.fixture("seed001.docx").toString(), x.get("source").asText());
        for (String field : new String[] {"sections", "findings", "counts", "statedTotals", "checks"}) {
            assertTrue(x.get(field) != null && x.get(field).isArray(), field + " in " + x.fieldNames());
        }
        assertEquals("一、工作开展情况", x.get("sections").get(0).get("label").asText()
                + x.get("sections").get(0).get("title").asText());
        JsonNode risks = null;
        for (JsonNode c : x.get("counts")) {
            if ("35项".equals(c.get("raw").asText()) && "风险隐患".equals(c.get("object").asText())) {
                risks = c;
            }
        }
        assertNotNull(risks, "the count 风险隐患35项 with its breakdown");
        List<Integer> parts = new ArrayList<>();
        risks.get("parts").forEach(p -> parts.add(p.get("value").asInt()));
        assertEquals(List.of(17, 11, 7), parts);
        assertTrue(x.get("checks").size() > 0);
        x.get("checks").forEach(c -> assertTrue(c.has("kind") && c.has("ok") && c.has("message"), c.toString()));
    }

    @Test
    void jsonOfSeveralFilesIsAnArrayInArgumentOrder() {
        CliRunner.Result r = run("extract", SharedData.example("2021-巡察整改进展情况.txt").toString(),
                SharedData.fixture("seed001.docx").toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode all = SharedStore.json(r.out());
        assertEquals(2, all.size());
        assertEquals(2021, all.get(0).get("year").asInt());
        assertEquals(11, all.get(0).get("findings").size(), "the 2021 example has 11 findings");
        assertEquals(2023, all.get(1).get("year").asInt());
    }

    @Test
    void markdownHasTheTitleAndSectionHeadings() {
        CliRunner.Result r = run("extract", "--format", "md", SharedData.fixture("seed001.docx").toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("<!-- " + SharedData.fixture("seed001.docx") + " -->", lines.get(0));
        assertEquals("# XX侨联2023年党风廉政建设责任制报告", lines.get(1));
        assertTrue(lines.contains("## 结构"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- 一、工作开展情况")), r.out());
    }

    @Test
    void xlsxLedgerReadsBackWithTheHeaderOneRowPerMeasureAndAChecksSheet() throws IOException {
        CliRunner.Result r = run("extract", "--format", "xlsx", "-o", "x.xlsx",
                SharedData.example("2021-巡察整改进展情况.txt").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("wrote x.xlsx (38 rows)", r.err().strip(), "paths inside the working directory print relative");
        assertEquals("", r.out());
        try (InputStream in = Files.newInputStream(dir.resolve("x.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet ledger = wb.getSheetAt(0);
            assertEquals(LEDGER_HEADER, cells(ledger.getRow(0)));
            assertEquals(38, ledger.getLastRowNum(), "38 measures under one header row");
            assertEquals("1", cells(ledger.getRow(1)).get(0));
            assertTrue(cells(ledger.getRow(1)).get(3).startsWith("党组理论学习中心组学习计划性不强"),
                    cells(ledger.getRow(1)).toString());
            Sheet checks = wb.getSheet("检查");
            assertNotNull(checks, "a second sheet 检查");
            StringBuilder all = new StringBuilder();
            checks.forEach(row -> all.append(cells(row)).append('\n'));
            assertTrue(all.toString().contains("146"), "the 2021 example's breakdown 146 ≠ 144 is listed:\n" + all);
        }
    }

    @Test
    void csvGoesToStdoutStartingWithTheHeaderAndNoBom() {
        CliRunner.Result r = run("extract", "--format", "csv", SharedData.example("2021-巡察整改进展情况.txt").toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", LEDGER_HEADER), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,“贯彻落实党中央重大决策部署和市委工作要求有差距”方面,"), lines.get(1));
        assertEquals(38, lines.stream().filter(l -> l.matches("\\d+,.*")).count(), "one row per measure");
    }

    @Test
    void anXlsxLedgerWithoutAnOutputFileIsAUsageError() {
        CliRunner.Result r = run("extract", "--format", "xlsx", SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: an xlsx ledger needs -o FILE.xlsx", r.err().strip());
    }

    @Test
    void ledgerOfSeveralInputsWritesOneWorkbookEachIntoTheFolder() throws IOException {
        CliRunner.Result r = run("ledger", "-o", "ledgers", SharedData.fixture("seed000.gbk.txt").toString(),
                SharedData.example("2021-巡察整改进展情况.txt").toString(),
                SharedData.example("2023-巡察整改进展情况.docx").toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("ledgers"))) {
            files = s.sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        assertEquals(3, r.err().lines().filter(l -> l.startsWith("wrote ")).count(), r.toString());
        int[] rows = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            assertTrue(name.matches(".+-[0-9a-f]{8}\\.台账\\.xlsx"), name);
            try (InputStream in = Files.newInputStream(files.get(i)); Workbook wb = WorkbookFactory.create(in)) {
                assertEquals(LEDGER_HEADER, cells(wb.getSheetAt(0).getRow(0)));
                rows[i] = wb.getSheetAt(0).getLastRowNum();
            }
            assertTrue(r.err().contains("wrote " + dir.relativize(files.get(i)) + " (" + rows[i] + " rows)"), r.toString());
        }
        // sorted: 2021-…, 2023-…, seed000…; the examples state 38 and 37 measures
        assertEquals(38, rows[0]);
        assertEquals(37, rows[1]);
    }

    @Test
    void aBadInputAmongGoodOnesIsNamedOnStderrAndExitsThree() throws IOException {
        Files.write(dir.resolve("empty.docx"), new byte[0]);
        CliRunner.Result r = run("extract", "empty.docx", SharedData.fixture("seed001.docx").toString());
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(List.of("reportminer: " + dir.resolve("empty.docx") + ": empty file (0 bytes)"),
                r.err().lines().toList());
        assertEquals(2023, SharedStore.json(r.out()).get("year").asInt(), "the good file is still extracted");
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(switch (c.getCellType()) {
            case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
            default -> c.toString();
        }));
        return out;
    }

    @Test
    void aUserDictionaryKeepsItsTermsOutOfTheCounts() throws IOException {
        Files.writeString(dir.resolve("r.txt"), "青川县档案局2023年工作总结\n一、工作开展情况\n全年推进七个一批工程，完成项目12个。\n");
        Files.writeString(dir.resolve("terms.txt"), "七个一批\n");
        CliRunner.Result plain = new CliRunner(dir).run("extract", "r.txt");
        assertEquals(List.of("七个", "一批", "12个"), raws(plain), plain.toString());
        CliRunner.Result own = new CliRunner(dir).env("REPORTMINER_TERMS", "terms.txt").run("extract", "r.txt");
        assertEquals(List.of("12个"), raws(own), own.toString());
        CliRunner.Result missing = new CliRunner(dir).env("REPORTMINER_TERMS", "nope.txt").run("extract", "r.txt");
        assertEquals(ExitCodes.USAGE, missing.exitCode(), missing.toString());
        assertEquals("reportminer: REPORTMINER_TERMS=nope.txt: no such dictionary file", missing.err().strip());
    }

    private static List<String> raws(CliRunner.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        List<String> out = new ArrayList<>();
        SharedStore.json(r.out()).get("counts").forEach(c -> out.add(c.get("raw").asText()));
        return out;
    }
}
