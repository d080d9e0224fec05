package org.reportminer.corpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Span;

/**
 * The JSON contract survives {@link Span} and {@link org.reportminer.corpus.model.Provenance} becoming parts of the
 * model (issue 10): a report stored by the code before them loads, and writes back byte for byte.
 */
class ModelContractTest {

    /** Written by {@code reportminer ingest} at commit 24acb04, before the model change; never edit it. */
    private static final String OLD_REPORT = "/json/report-before-provenance.json";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ModelContractTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void aReportStoredBeforeTheModelChangeLoadsAndWritesBackByteForByte() throws IOException {
        byte[] old = resource(OLD_REPORT);
        JsonCodec codec = new JsonCodec();
        Report r = codec.fromBytes(old, Report.class, OLD_REPORT);
        assertEquals("/tmp/i10p/old/tiny.txt", r.provenance().source());
        assertEquals(r.id(), r.provenance().sha256().substring(0, 16));
        assertEquals("text/plain", r.provenance().mediaType().replaceFirst(";.*", ""));
        Finding f = r.extraction().findings().get(0);
        assertEquals(f.surface(), f.span().coveredText(r.text()));
        Count c = r.extraction().counts().get(0);
        assertEquals(c.surface(), c.span().coveredText(r.text()));
        assertEquals(List.of("17项", "18项"), c.parts().stream().map(Count::surface).toList());
        assertEquals(new String(old, StandardCharsets.UTF_8), codec.toJson(r));
    }

    @Test
    void theModelsNewPartsNeverShowInTheJson() throws IOException {
        JsonCodec codec = new JsonCodec();
        String json = codec.toJson(codec.fromBytes(resource(OLD_REPORT), Report.class, OLD_REPORT));
        for (String part : new String[] {"\"span\"", "\"surface\"", "\"provenance\""}) {
            assertFalse(json.contains(part), part + " in " + json);
        }
    }
}
