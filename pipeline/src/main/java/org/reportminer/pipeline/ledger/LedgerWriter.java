package org.reportminer.pipeline.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.corpus.model.Check;

/**
 * Writes a {@link Ledger} as CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX (sheet 整改台账 with each finding's
 * cells merged over its measure rows, sheet 检查 listing the checks). Cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or CR) are prefixed with {@code '} (CWE-1236). Files are written to a temporary
 * file beside the target, synced, then renamed over it, so a reader never sees half a ledger. Stateless, thread-safe.
 */
public final class LedgerWriter {

    /** Output format. */
    public enum Format { CSV, XLSX }

    /** Columns holding the finding (merged in XLSX): 序号, 问题方面, 问题类别, 具体问题. */
    private static final int FINDING_COLUMNS = 4;

    /** The format a file name asks for: {@code .csv} or {@code .xlsx}. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new IllegalArgumentException(file + ": ledger must be .csv or .xlsx");
    }

    /** Writes {@code ledger} to {@code file} in the format its extension names. */
    public void write(Ledger ledger, Path file) throws IOException {
        write(ledger, file, formatOf(file));
    }

    /** Writes {@code ledger} to {@code file} in {@code format}, atomically. */
    public void write(Ledger ledger, Path file, Format format) throws IOException {
        AtomicWrite.write(file, out -> {
            if (format == Format.CSV) {
                writeCsv(ledger, out);
            } else {
                writeXlsx(ledger, out);
            }
        });
    }

    /** Writes CSV (BOM, CRLF rows, RFC 4180 quoting) to {@code out}; the stream is not closed. */
    public void writeCsv(Ledger ledger, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff');
        line(w, LedgerRow.HEADERS);
        for (LedgerRow r : ledger.rows()) {
            line(w, r.cells());
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = safe(cells.get(i));
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            w.write(c);
        }
        w.write("\r\n");
    }

    /** Writes XLSX to {@code out}; the stream is not closed. */
    public void writeXlsx(Ledger ledger, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = wb.createSheet("整改台账");
            row(sheet, 0, LedgerRow.HEADERS, header);
            List<LedgerRow> rows = ledger.rows();
            for (int i = 0; i < rows.size(); i++) {
                row(sheet, i + 1, rows.get(i).cells(), wrap);
            }
            int first = 0;
            for (int i = 1; i <= rows.size(); i++) {
                if (i == rows.size() || rows.get(i).findingNo() != rows.get(first).findingNo()) {
                    if (i - first > 1) {
                        for (int c = 0; c < FINDING_COLUMNS; c++) {
                            sheet.addMergedRegion(new CellRangeAddress(first + 1, i, c, c));
                        }
                    }
                    first = i;
                }
            }
            int[] widths = {6, 24, 20, 40, 60, 16, 20, 14, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256 * 2);
            }
            sheet.createFreezePane(0, 1);

            Sheet checks = wb.createSheet("检查");
            row(checks, 0, List.of("检查项", "结果", "说明"), header);
            int r = 1;
            for (Check c : ledger.checks()) {
                row(checks, r++, List.of(c.kind().name(), c.ok() ? "通过" : "不一致", c.message()), wrap);
            }
            checks.setColumnWidth(0, 20 * 256);
            checks.setColumnWidth(2, 100 * 256);
            wb.write(out);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(safe(cells.get(c)));
            cell.setCellStyle(style);
        }
    }

    /** Prefixes a cell that a spreadsheet would evaluate (CWE-1236). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
