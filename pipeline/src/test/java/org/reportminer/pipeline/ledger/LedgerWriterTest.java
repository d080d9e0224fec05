package org.reportminer.pipeline.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.ReportExtractor;

class LedgerWriterTest {

    private static Extraction seed000;
    private static Extraction seed001;
    private final LedgerWriter writer = new LedgerWriter();

    @BeforeAll
    static void extract() {
        ReportExtractor x = ReportExtractor.standard();
        seed000 = x.extract(SharedData.seedText("000"));
        seed001 = x.extract(SharedData.seedText("001"));
    }

    @Test
    void xlsxHasOneRowPerMeasureMergedFindingCellsAndAChecksSheet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("台账.xlsx");
        writer.write(Ledger.of(seed000), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("整改台账");
            assertEquals(LedgerRow.HEADERS, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream()
                    .map(c -> s.getRow(0).getCell(c).getStringCellValue()).toList());
            assertEquals(132, s.getLastRowNum());
            assertEquals("1", s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(3).getStringCellValue().startsWith("市侨联党组理论学习中心组学习不系统"));
            assertTrue(s.getRow(1).getCell(4).getStringCellValue().startsWith("①由一名党组成员牵头"));
            assertEquals("由一名党组成员牵头", s.getRow(1).getCell(6).getStringCellValue());
            List<CellRangeAddress> merged = s.getMergedRegions();
            assertEquals(34 * 4, merged.size());
            assertTrue(merged.stream().anyMatch(r -> r.getFirstRow() == 1 && r.getLastRow() == 5
                    && r.getFirstColumn() == 3));
            Sheet checks = wb.getSheet("检查");
            assertEquals(seed000.checks().size(), checks.getLastRowNum());
            assertTrue(Arrays.asList(1, 2, 3).stream().anyMatch(r -> checks.getRow(r).getCell(0).getStringCellValue()
                    .equals("NUMBERING_REPEAT") && checks.getRow(r).getCell(1).getStringCellValue().equals("不一致")));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "temporary file left behind");
        }
    }

    @Test
    void findingWithoutMeasuresStillGetsOneRow() {
        Ledger ledger = Ledger.of(seed001);
        assertEquals(2, ledger.rows().size());
        assertEquals("", ledger.rows().get(0).measure());
        assertTrue(ledger.rows().get(1).problem().startsWith("主体责任意识有待加强"));
    }

    @Test
    void csvIsUtf8WithBomAndQuotesCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.csv");
        writer.write(Ledger.of(seed000), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertEquals("序号,问题方面,问题类别,具体问题,整改措施,完成情况,责任主体,时限/频次,涉及数量", lines[0]);
        assertEquals(133, lines.length);
        assertTrue(lines[1].startsWith("1,“学习贯彻落实"), lines[1]);
        assertTrue(lines[1].endsWith(",未说明,由一名党组成员牵头,,一名"), lines[1]);
    }

    @Test
    void formulaLikeCellsArePrefixedWithAQuote(@TempDir Path dir) throws Exception {
        Measure m = new Measure("", 0, "=HYPERLINK(\"x\")", MeasureStatus.UNKNOWN, null, "@负责人", "-1", 0, 1,
                List.of());
        Finding f = new Finding("F1", "+方面", null, null, "问题,\"引号\"", 0, 1, List.of(m), List.of());
        Extraction e = new Extraction("t", null, null, null, null, List.of(), List.of(f), List.of(), List.of(),
                List.of(new Check(CheckKind.RATE, true, "=1+1")));
        Path file = dir.resolve("x.xlsx");
        writer.write(Ledger.of(e), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheet("整改台账").getRow(1);
            assertEquals("'+方面", row.getCell(1).getStringCellValue());
            assertEquals("'=HYPERLINK(\"x\")", row.getCell(4).getStringCellValue());
            assertEquals("'@负责人", row.getCell(6).getStringCellValue());
            assertEquals("'-1", row.getCell(7).getStringCellValue());
            assertEquals("'=1+1", wb.getSheet("检查").getRow(1).getCell(2).getStringCellValue());
        }
        Path csv = dir.resolve("x.csv");
        writer.write(Ledger.of(e), csv);
        assertTrue(Files.readString(csv).contains(",'+方面,"));
        assertFalse(Files.readString(csv).contains(",=HYPERLINK"));
        assertTrue(Files.readString(csv).contains(",\"问题,\"\"引号\"\"\","), Files.readString(csv));
    }

    @Test
    void unknownExtensionIsRejectedWithTheFileName() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> LedgerWriter.formatOf(Path.of("out.txt")));
        assertEquals("out.txt: ledger must be .csv or .xlsx", ex.getMessage());
    }
}
