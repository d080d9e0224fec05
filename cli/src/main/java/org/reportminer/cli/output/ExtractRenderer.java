package org.reportminer.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.reportminer.corpus.json.JsonMapperFactory;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.ledger.Ledger;
import org.reportminer.pipeline.ledger.LedgerWriter;
import org.reportminer.pipeline.render.MarkdownRenderer;

/** Extractions as text: the JSON contract, a Markdown outline per report, or a ledger as csv. */
public final class ExtractRenderer {
    private ExtractRenderer() {
    }

    /**
     * Each report's extraction with {@code source} and {@code id} added after its fields (sorted): one object for
     * one report, an array for several; ends with a line break.
     */
    public static String json(List<Report> reports) throws IOException {
        ObjectMapper mapper = JsonMapperFactory.create();
        ArrayNode array = mapper.createArrayNode();
        for (Report r : reports) {
            ObjectNode node = mapper.valueToTree(r.extraction());
            node.put("source", r.source());
            node.put("id", r.id());
            array.add(node);
        }
        Object value = reports.size() == 1 ? array.get(0) : array;
        return mapper.writeValueAsString(value) + "\n";
    }

    /** Each report's outline under a comment naming its file, separated by rules. */
    public static String markdown(List<Report> reports, Function<Path, String> display) {
        StringBuilder sb = new StringBuilder();
        MarkdownRenderer md = new MarkdownRenderer();
        for (Report r : reports) {
            if (sb.length() > 0) {
                sb.append("\n---\n\n");
            }
            sb.append("<!-- ").append(display.apply(Path.of(r.source()))).append(" -->\n")
                    .append(md.render(r.extraction()));
        }
        return sb.toString();
    }

    /** The ledger as csv on a terminal: without the byte-order mark a csv file starts with for spreadsheets. */
    public static void printCsv(Ledger ledger, PrintWriter out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new LedgerWriter().writeCsv(ledger, buf);
        out.print(buf.toString(StandardCharsets.UTF_8).replace("\uFEFF", ""));
        out.flush();
    }
}
