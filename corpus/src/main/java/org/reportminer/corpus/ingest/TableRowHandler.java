package org.reportminer.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes each table row Tika reports ({@code <tr>}) as one line, its cells ({@code <td>}, {@code <th>}) separated by a
 * tab, so that a rectification table ({@code 序号 / 反馈问题 / 整改措施 / 责任单位 …}) keeps its rows and columns in
 * the text. Paragraph breaks inside a cell become a space: a line is a row, never part of a cell. Without this, Tika
 * writes every cell paragraph on a line of its own and the row boundaries are lost.
 *
 * <p>A table nested in a cell is flattened into that cell. Not thread-safe: one instance per parse.
 */
final class TableRowHandler extends ContentHandlerDecorator {

    private int tableDepth;
    private int cellDepth;
    private final List<String> row = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();

    TableRowHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("table".equals(localName)) {
            tableDepth++;
            if (tableDepth == 1) {
                super.startElement(uri, localName, qName, atts);
            }
            return;
        }
        if (tableDepth == 0) {
            super.startElement(uri, localName, qName, atts);
        } else if (isCell(localName)) {
            cellDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("table".equals(localName)) {
            tableDepth--;
            if (tableDepth == 0) {
                flushRow();
                super.endElement(uri, localName, qName);
            }
            return;
        }
        if (tableDepth == 0) {
            super.endElement(uri, localName, qName);
        } else if (tableDepth == 1 && isCell(localName)) {
            cellDepth--;
            row.add(cell.toString().replaceAll("\\s+", " ").strip());
            cell.setLength(0);
        } else if (isCell(localName)) {
            cellDepth--;
            cell.append(' ');
        } else if (tableDepth == 1 && "tr".equals(localName)) {
            flushRow();
        } else {
            cell.append(' '); // a paragraph or line break inside a cell
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (tableDepth == 0) {
            super.characters(ch, start, length);
        } else if (cellDepth > 0) {
            cell.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (tableDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        } else if (cellDepth > 0) {
            cell.append(' ');
        }
    }

    private void flushRow() throws SAXException {
        if (row.isEmpty()) {
            return;
        }
        char[] line = (String.join("\t", row) + "\n").toCharArray();
        super.characters(line, 0, line.length);
        row.clear();
    }

    private static boolean isCell(String localName) {
        return "td".equals(localName) || "th".equals(localName);
    }
}
