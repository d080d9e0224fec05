package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportminer.pipeline.structure.Line;

/**
 * Reads the rows of a rectification table ({@code 序号 / 反馈问题 / 整改措施 / 责任单位 / 完成时限 / 完成情况}) in
 * either of the two ways a table reaches the text:
 * <ul>
 *   <li>one row per line, its cells separated by tabs (a .docx table through ingest, a tab-separated text): the header
 *       line names at least three columns, one of them the problem; rows follow while lines have cells;</li>
 *   <li>one cell per line, as a web table is flattened: the header is a run of at least three key lines starting
 *       with {@code 序号}, one of them the problem; each row starts with its serial number (1, 2, 3 …) alone on its
 *       line and takes one line per further column.</li>
 * </ul>
 * Columns are known by their key ({@link FieldRole}); a second measures column ({@code 整改措施} then
 * {@code 整改情况}) says how far the row got. Stateless.
 */
final class TableRows {

    /** One row: its serial as written, its span, and the span of each column it has, by role. */
    record Row(String serial, int start, int end, Map<FieldRole, int[]> cells) {

        /** The span of the cell of {@code role}, {@code null} when the table has no such column. */
        int[] cell(FieldRole role) {
            return cells.get(role);
        }
    }

    private static final int MIN_COLUMNS = 3;

    private TableRows() {
    }

    /** The rows of every table in {@code lines}. */
    static List<Row> read(String text, List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<FieldRole> tabbed = header(lines.get(i).text().split("\t", -1));
            if (tabbed != null) {
                i = tabRows(text, lines, i + 1, tabbed, rows);
                continue;
            }
            int n = 0;
            List<String> keys = new ArrayList<>();
            while (i + n < lines.size() && Fields.key(lines.get(i + n).text()).filter(Fields.Key::alone).isPresent()) {
                keys.add(lines.get(i + n).text());
                n++;
            }
            List<FieldRole> columns = n >= MIN_COLUMNS && isSerial(keys.get(0)) ? header(keys.toArray(String[]::new))
                    : null;
            if (columns != null) {
                i = cellRows(lines, i + n, columns, rows);
            } else {
                i += Math.max(1, n);
            }
        }
        return rows;
    }

    /** The column roles of a header, or {@code null} when these cells are not one. */
    private static List<FieldRole> header(String[] cells) {
        if (cells.length < MIN_COLUMNS) {
            return null;
        }
        List<FieldRole> roles = new ArrayList<>();
        boolean problem = false;
        boolean seenMeasures = false;
        for (String c : cells) {
            Optional<Fields.Key> k = Fields.key(c.strip());
            if (k.isEmpty() || !k.get().alone()) {
                return null;
            }
            FieldRole role = k.get().role();
            if (role == FieldRole.MEASURES && seenMeasures) {
                role = FieldRole.STATUS; // 整改措施 | 整改情况: the second says how far it got
            }
            seenMeasures |= role == FieldRole.MEASURES;
            problem |= role == FieldRole.PROBLEM;
            roles.add(role);
        }
        return problem ? roles : null;
    }

    private static int tabRows(String text, List<Line> lines, int from, List<FieldRole> columns, List<Row> out) {
        int i = from;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text().indexOf('\t') < 0) {
                break;
            }
            Map<FieldRole, int[]> cells = new EnumMap<>(FieldRole.class);
            String serial = String.valueOf(i - from + 1);
            int at = line.start();
            String[] parts = line.text().split("\t", -1);
            for (int c = 0; c < parts.length; c++) {
                int s = at;
                int e = at + parts[c].length();
                at = e + 1;
                if (c >= columns.size()) {
                    break;
                }
                int[] span = trim(text, s, e);
                if (columns.get(c) == FieldRole.OTHER && c == 0 && isSerial(parts[c])) {
                    serial = parts[c].strip();
                }
                if (span[0] < span[1]) {
                    cells.putIfAbsent(columns.get(c), span);
                }
            }
            out.add(new Row(serial, line.start(), line.end(), cells));
        }
        return i;
    }

    private static int cellRows(List<Line> lines, int from, List<FieldRole> columns, List<Row> out) {
        int i = from;
        int expected = 1;
        while (i < lines.size() && lines.get(i).text().strip().equals(String.valueOf(expected))) {
            Map<FieldRole, int[]> cells = new EnumMap<>(FieldRole.class);
            int start = lines.get(i).start();
            int end = lines.get(i).end();
            int j = i + 1;
            for (int c = 1; c < columns.size() && j < lines.size(); c++, j++) {
                Line cell = lines.get(j);
                if (cell.text().strip().equals(String.valueOf(expected + 1))) {
                    break; // a row short of cells: the next row starts here
                }
                cells.putIfAbsent(columns.get(c), new int[] {cell.start(), cell.end()});
                end = cell.end();
            }
            out.add(new Row(String.valueOf(expected), start, end, cells));
            expected++;
            i = j;
        }
        return i;
    }

    private static boolean isSerial(String s) {
        String t = s.strip();
        return t.equals("序号") || t.equals("编号") || t.matches("\\d{1,3}");
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
