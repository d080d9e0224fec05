package org.reportminer.corpus.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary example reports under {@code examples/} from their reviewable UTF-8 sources in
 * {@code examples/src/}: one .docx paragraph per source line (with 公文-like fonts), and, for sources listed
 * in {@link #GB18030_COPIES}, a GB18030 text copy without BOM named {@code *.gbk.txt}.
 *
 * <p>A one-off tool, not part of the product: it is run by hand when a source changes and its output is
 * committed. {@link ExampleFilesMatchSourceTest} checks the committed files still match their sources.
 * Usage: {@code ExampleDocxWriter <examples-dir>}.
 */
public final class ExampleDocxWriter {

  /** Sources that also get a GB18030 text copy. */
  static final List<String> GB18030_COPIES = List.of("2022-党风廉政建设责任制报告");

  /** Sources that get a .docx; every file in examples/src has one. */
  static final List<String> DOCX_SOURCES =
      List.of("2022-党风廉政建设责任制报告", "2023-巡察整改进展情况");

  static final Charset GB18030 = Charset.forName("GB18030");

  private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
  private static final Pattern LEVEL2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");
  private static final String BODY_FONT = "仿宋_GB2312";

  private ExampleDocxWriter() {}

  /**
   * Regenerates every binary example.
   *
   * @param args one argument, the {@code examples} directory
   * @throws IOException if a source cannot be read or an output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ExampleDocxWriter <examples-dir>");
    }
    Path examples = Path.of(args[0]);
    for (String name : DOCX_SOURCES) {
      List<String> lines = readSource(examples, name);
      writeDocx(lines, examples.resolve(name + ".docx"), name);
    }
    for (String name : GB18030_COPIES) {
      String text = Files.readString(examples.resolve("src").resolve(name + ".txt"), StandardCharsets.UTF_8);
      Files.write(examples.resolve(name + ".gbk.txt"), text.getBytes(GB18030));
    }
  }

  static List<String> readSource(Path examples, String name) throws IOException {
    return Files.readAllLines(examples.resolve("src").resolve(name + ".txt"), StandardCharsets.UTF_8);
  }

  private static void writeDocx(List<String> lines, Path out, String title) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator("reportminer examples (fictional organisation)");
      try {
        core.setCreated("2024-01-01T00:00:00Z");
        core.setModified("2024-01-01T00:00:00Z");
      } catch (InvalidFormatException e) {
        throw new IllegalStateException("bad fixed date for " + out, e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(line);
        String font = BODY_FONT;
        if (i == 0 && !line.startsWith("根据")) {
          p.setAlignment(ParagraphAlignment.CENTER);
          font = "方正小标宋简体";
          run.setFontSize(22);
        } else {
          run.setFontSize(16);
          if (LEVEL1.matcher(line).matches()) {
            font = "黑体";
          } else if (LEVEL2.matcher(line).matches()) {
            font = "楷体_GB2312";
          } else {
            p.setFirstLineIndent(640);
          }
        }
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
      }
      doc.write(os);
    }
  }
}
