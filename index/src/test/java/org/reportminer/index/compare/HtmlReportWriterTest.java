package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;

class HtmlReportWriterTest {

    @Test
    void writesOneSelfContainedEscapedPageAtomically(@TempDir Path dir) throws Exception {
        List<Report> reports = new java.util.ArrayList<>(OwnReports.load());
        String evil = "<script>alert('x')</script>公众号审核把关不严&网站";
        String text = "二、存在的问题\n1." + evil + "\n";
        int start = text.indexOf(evil);
        reports.add(OwnReports.report("kx2024", 2024, "青禾市科学技术协会", text,
                List.of(new Finding("F1", null, null, null, evil, start, start + evil.length(), List.of(), List.of()))));
        ComparisonResult r = ReportComparer.standard().compare(reports);
        Map<String, String> texts = reports.stream().collect(Collectors.toMap(Report::id, Report::text));
        Path out = dir.resolve("sub/compare.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old");
        new HtmlReportWriter().write(r, texts, out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "report text must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;公众号审核把关不严&amp;网站"));
        assertFalse(html.contains("src="), "no external assets");
        assertFalse(html.contains("href="), "no external assets");
        assertFalse(html.contains("http"), "no external assets");
        assertTrue(html.contains("<mark>市科协党组坚持把巡察整改作为重大政治任务"), "reused passage highlighted");
        assertTrue(html.contains("style=\"background:rgb("), "matrix heat map");
        assertTrue(html.contains("一岗双责"));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }
}
