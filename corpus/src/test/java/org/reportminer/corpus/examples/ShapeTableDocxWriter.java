package org.reportminer.corpus.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Writes {@code examples/shapes/table/2024-青禾市市场监督管理局巡察整改台账.docx}, our own .docx report whose problems
 * sit in a table ({@code 序号 / 反馈问题 / 整改措施 / 责任单位 / 完成时限 / 完成情况}); a cell's paragraphs are given
 * as {@code ¶}-separated text. A one-off tool run by hand (its output is committed); {@link #PARAGRAPHS} and
 * {@link #ROWS} are the source a reader checks the gold in {@code manifest.json} against.
 * Usage: {@code ShapeTableDocxWriter <output.docx>}.
 */
public final class ShapeTableDocxWriter {

    static final List<String> PARAGRAPHS = List.of(
            "青禾市市场监督管理局巡察反馈问题整改台账",
            "2024年3月，市委第二巡察组对我局开展常规巡察，反馈问题3个。我局逐项明确整改措施、责任单位和完成时限，现将整改台账公布如下。");

    static final List<List<String>> ROWS = List.of(
            List.of("序号", "反馈问题", "整改措施", "责任单位", "完成时限", "完成情况"),
            List.of("1", "食品抽检不合格产品核查处置不及时", "（1）建立不合格产品核查处置闭环台账。¶（2）对积压的23批次不合格产品全部完成核查处置。",
                    "食品安全抽检科", "2024年6月底前", "已完成整改"),
            List.of("2", "特种设备隐患整改督促不力", "①对全市电梯开展隐患排查，排查电梯1260台；②约谈维保单位负责人8人；③建立隐患整改销号制度。",
                    "特种设备安全监察科", "2024年9月底前", "已完成整改"),
            List.of("3", "行政处罚案件办理超期", "修订案件办理流程，实行超期预警，正在持续推进。", "法规科", "2024年12月底前", "正在整改"));

    private ShapeTableDocxWriter() {
    }

    /**
     * Writes the report.
     *
     * @param args one argument, the output file
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShapeTableDocxWriter <output.docx>");
        }
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(Path.of(args[0]))) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setCreator("reportminer shapes (fictional organisation)");
            try {
                core.setCreated("2024-01-01T00:00:00Z");
                core.setModified("2024-01-01T00:00:00Z");
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("bad fixed date", e);
            }
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable table = doc.createTable(ROWS.size(), ROWS.get(0).size());
            for (int r = 0; r < ROWS.size(); r++) {
                for (int c = 0; c < ROWS.get(r).size(); c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    String[] paras = ROWS.get(r).get(c).split("¶");
                    cell.setText(paras[0]);
                    for (int k = 1; k < paras.length; k++) {
                        cell.addParagraph().createRun().setText(paras[k]);
                    }
                }
            }
            doc.createParagraph().createRun().setText("青禾市市场监督管理局");
            doc.createParagraph().createRun().setText("2024年10月15日");
            doc.write(os);
        }
    }
}
