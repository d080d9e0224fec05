package org.reportminer.corpus.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

/**
 * The committed table shape ({@code examples/shapes/table/*.docx}) still holds what {@link ShapeTableDocxWriter} says,
 * the text its gold was read from, and comes through ingest one row per line.
 */
class ShapeTableDocxMatchesSourceTest {

    private static final Path DOCX =
            SharedData.repoRoot().resolve("examples/shapes/table/2024-青禾市市场监督管理局巡察整改台账.docx");

    @Test
    void committedDocxHoldsTheWritersTable() throws IOException {
        assertTrue(Files.size(DOCX) < 20_000, "keep the fixture small");
        try (InputStream in = Files.newInputStream(DOCX); XWPFDocument doc = new XWPFDocument(in)) {
            List<List<String>> rows = doc.getTables().get(0).getRows().stream()
                    .map(r -> r.getTableCells().stream().map(ShapeTableDocxMatchesSourceTest::cellText).toList())
                    .toList();
            assertEquals(ShapeTableDocxWriter.ROWS, rows);
        }
    }

    @Test
    void ingestWritesEachRowOnOneLineWithTabs() {
        try (Ingester ingester = new Ingester()) {
            Report r = ingester.ingest(DOCX, MetadataOverrides.none()).asReport().orElseThrow();
            assertTrue(r.text().contains("\n序号\t反馈问题\t整改措施\t责任单位\t完成时限\t完成情况\n"), r.text());
            assertTrue(r.text().contains("\n3\t行政处罚案件办理超期\t修订案件办理流程"), r.text());
        }
    }

    private static String cellText(XWPFTableCell c) {
        return String.join("¶", c.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
}
