package org.reportminer.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's terminal table: one row per figure, and the peer analyzers on rows of their own. */
class BenchTableTest {

    @Test
    void peerAnalyzersArePrintedOnTheirOwnRowsNotInsideTheIndexRow() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("findings", 10000);
        index.put("searchP99Ms", 5.67);
        index.put("peers", List.of(Map.of("analyzer", "cjk"), Map.of("analyzer", "smartcn")));
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("date", "2026-11-28");
        fig.put("index", List.of(index));
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        BenchCommand.table(fig).print(w);
        w.flush();
        List<String> lines = out.toString().lines().toList();
        assertEquals(6, lines.size(), out.toString());
        assertTrue(lines.get(3).matches("index\\s+findings=10000, searchP99Ms=5.67"), lines.get(3));
        assertTrue(lines.get(4).matches("index peer\\s+analyzer=cjk"), lines.get(4));
        assertTrue(lines.get(5).matches("index peer\\s+analyzer=smartcn"), lines.get(5));
    }
}
