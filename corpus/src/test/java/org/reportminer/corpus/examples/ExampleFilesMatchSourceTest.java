package org.reportminer.corpus.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.testing.SharedData;

/**
 * Checks that the committed binary examples ({@code examples/*.docx}, {@code examples/*.gbk.txt}) still say
 * exactly what their UTF-8 sources in {@code examples/src/} say, so reviewers can trust the text diffs.
 */
class ExampleFilesMatchSourceTest {

  @Test
  void everyDocxHasOneParagraphPerSourceLineWithTheSameText() throws IOException {
    Path examples = SharedData.examples();
    for (String name : ExampleDocxWriter.DOCX_SOURCES) {
      List<String> source = ExampleDocxWriter.readSource(examples, name);
      assertFalse(source.isEmpty(), name);
      try (InputStream in = Files.newInputStream(examples.resolve(name + ".docx"));
          XWPFDocument doc = new XWPFDocument(in)) {
        List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertEquals(source, paragraphs, name + ".docx differs from src/" + name + ".txt");
      }
    }
  }

  @Test
  void gb18030CopyDecodesToTheSourceAndHasNoBom() throws IOException {
    Path examples = SharedData.examples();
    for (String name : ExampleDocxWriter.GB18030_COPIES) {
      byte[] bytes = Files.readAllBytes(examples.resolve(name + ".gbk.txt"));
      assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB, "UTF-8 BOM");
      assertFalse(bytes.length >= 4 && (bytes[0] & 0xff) == 0x84 && (bytes[1] & 0xff) == 0x31, "GB18030 BOM");
      String utf8 = Files.readString(examples.resolve("src").resolve(name + ".txt"), StandardCharsets.UTF_8);
      assertEquals(utf8, new String(bytes, ExampleDocxWriter.GB18030));
    }
  }
}
