package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Report;

/** Issue 11, item 2 (flattened tables): a table comes through ingest as one line per row, cells split by a tab. */
class TableRowIngestTest {

    @TempDir
    Path dir;

    @Test
    void docxTableRowsBecomeLinesWithTabSeparatedCells() throws IOException {
        Path file = dir.resolve("table.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("青禾市林业局巡察整改情况表");
            XWPFTable t = doc.createTable(2, 4);
            String[][] cells = {{"序号", "反馈问题", "整改措施", "完成时限"},
                {"1", "护林员管理不规范", "（1）修订护林员考核办法。", "2024年6月底前"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            t.getRow(1).getCell(2).addParagraph().createRun().setText("（2）建立巡护台账。");
            doc.createParagraph().createRun().setText("特此报告。");
            doc.write(os);
        }
        // the space between two paragraphs of a cell goes with the other spaces between Han characters
        assertEquals("青禾市林业局巡察整改情况表\n序号\t反馈问题\t整改措施\t完成时限\n"
                + "1\t护林员管理不规范\t（1）修订护林员考核办法。（2）建立巡护台账。\t2024年6月底前\n特此报告。",
                ingest(file).text().strip());
    }

    @Test
    void tabsBetweenCellsOfATextFileStayAndLeadingTabsDoNot() throws IOException {
        Path file = dir.resolve("table.txt");
        Files.writeString(file, "\t一、整改情况\n序号\t反馈问题\t责任单位\n1\t台账不全\t办公室\n", StandardCharsets.UTF_8);
        assertEquals("一、整改情况\n序号\t反馈问题\t责任单位\n1\t台账不全\t办公室", ingest(file).text().strip());
    }

    private static Report ingest(Path file) {
        try (Ingester in = new Ingester()) {
            return in.ingest(file, MetadataOverrides.none()).asReport().orElseThrow();
        }
    }
}
