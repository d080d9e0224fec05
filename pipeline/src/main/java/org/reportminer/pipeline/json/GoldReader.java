package org.reportminer.pipeline.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportminer.pipeline.eval.GoldFinding;
import org.reportminer.pipeline.eval.GoldNumber;
import org.reportminer.pipeline.eval.GoldReport;

/**
 * Reads gold annotations from a folder, in either of the two layouts we keep:
 * <ul>
 *   <li>a development set: {@code manifest.json}, a list of {file, org, year, kind, meetsCriteria, findings[{label,
 *       first, measures, status}], stated{key: {n, unit, quote, qualifier}}, notes[]}; fixed terms are read from the
 *       note that lists "fixed terms" (items separated by {@code ,} or {@code /});</li>
 *   <li>a seed folder: {@code expected/*.json}, each naming its {@code file}, with areas → groups → findings
 *       {text_starts_with, measure_count}, counts_that_must_be_found {value, unit}, fixed_terms_never_counted.</li>
 * </ul>
 */
public final class GoldReader {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    /**
     * @throws IOException              when the folder cannot be read or a file is not JSON (message names it)
     * @throws IllegalArgumentException when the folder holds neither layout
     */
    public List<GoldReport> read(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            return parsed(manifest, () -> manifest(tree(manifest)));
        }
        Path expected = dir.resolve("expected");
        if (Files.isDirectory(expected)) {
            List<GoldReport> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(expected)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode node = tree(f);
                    out.add(parsed(f, () -> seed(node)));
                }
            }
            return out;
        }
        throw new IllegalArgumentException(dir + ": no gold here (expected manifest.json or expected/*.json)");
    }

    /** A gold source that reads as JSON but misses a field or holds a bad value: one line naming the file. */
    private static <T> T parsed(Path f, IoSupplier<T> read) throws IOException {
        try {
            return read.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            // NumberFormatException is an IllegalArgumentException; a missing field surfaces as a null node
            throw new IllegalArgumentException(f + ": not a gold annotation: "
                    + (e.getMessage() == null ? "a required field is missing" : e.getMessage()), e);
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private JsonNode tree(Path f) throws IOException {
        try {
            return mapper.readTree(f.toFile());
        } catch (IOException e) {
            // the parser's message spans lines (what it saw, then where): one line for the terminal
            throw new IOException(f + ": not valid JSON: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    private static List<GoldReport> manifest(JsonNode root) {
        List<GoldReport> out = new ArrayList<>();
        for (JsonNode r : root) {
            List<GoldFinding> findings = null;
            if (r.has("findings")) {
                findings = new ArrayList<>();
                for (JsonNode f : r.get("findings")) {
                    findings.add(new GoldFinding(text(f, "label"), text(f, "first"), integer(f, "measures"),
                            text(f, "status")));
                }
            }
            List<GoldNumber> stated = null;
            if (r.has("stated")) {
                stated = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = r.get("stated").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode n = e.getValue();
                    String raw = require(n, "n", e.getKey()).asText();
                    BigDecimal value = raw.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(raw) : null;
                    String written = text(n, "written") != null ? text(n, "written") : value == null ? raw : null;
                    stated.add(new GoldNumber(e.getKey(), value, written, text(n, "unit"), text(n, "quote"),
                            text(n, "qualifier")));
                }
            }
            out.add(new GoldReport(text(r, "file"), text(r, "org"), integer(r, "year"), text(r, "kind"),
                    text(r, "title"), !r.has("meetsCriteria") || r.get("meetsCriteria").asBoolean(), findings, stated,
                    fixedTermsFromNotes(r.get("notes"))));
        }
        return out;
    }

    /** The items of the note that lists fixed terms: "…fixed terms…: 两个确立, 十五五, 750千伏 / 330千伏 (…)". */
    static List<String> fixedTermsFromNotes(JsonNode notes) {
        List<String> terms = new ArrayList<>();
        if (notes == null) {
            return terms;
        }
        for (JsonNode note : notes) {
            String s = note.asText();
            int colon = s.indexOf(':');
            if (!s.toLowerCase(java.util.Locale.ROOT).contains("fixed terms") || colon < 0) {
                continue;
            }
            String list = s.substring(colon + 1).replaceAll("\\([^)]*\\)", "").replaceAll("\\.\\s*$", "");
            for (String item : list.split(",|\\s/\\s")) {
                String t = item.strip();
                if (!t.isEmpty()) {
                    terms.add(t);
                }
            }
        }
        return terms;
    }

    private static GoldReport seed(JsonNode r) {
        List<GoldFinding> findings = null;
        if (r.has("areas")) {
            findings = new ArrayList<>();
            for (JsonNode area : r.get("areas")) {
                for (JsonNode group : area.path("groups")) {
                    for (JsonNode f : group.path("findings")) {
                        findings.add(new GoldFinding(null, text(f, "text_starts_with"), integer(f, "measure_count"),
                                null));
                    }
                }
            }
        }
        List<GoldNumber> stated = null;
        if (r.has("counts_that_must_be_found")) {
            stated = new ArrayList<>();
            for (JsonNode c : r.get("counts_that_must_be_found")) {
                stated.add(new GoldNumber(text(c, "about"), new BigDecimal(require(c, "value", text(c, "about")).asText()), null,
                        text(c, "unit"), null, null));
            }
        }
        List<String> fixed = new ArrayList<>();
        r.path("fixed_terms_never_counted").forEach(t -> fixed.add(t.asText()));
        Integer year = integer(r, "year") != null ? integer(r, "year") : integer(r, "year_inferred");
        return new GoldReport(text(r, "file"), text(r, "org"), year, text(r, "kind"), text(r, "title"), true,
                findings, stated, fixed);
    }

    private static JsonNode require(JsonNode n, String field, String what) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("stated number " + what + " has no \"" + field + "\"");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
