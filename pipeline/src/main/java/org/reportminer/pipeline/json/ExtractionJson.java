package org.reportminer.pipeline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.reportminer.corpus.json.ModelContract;
import org.reportminer.corpus.model.Extraction;

/**
 * Writes and reads an {@link Extraction} as JSON. Field names are the record component names (the public contract:
 * {@code title, org, year, yearEvidence, kind, sections[], findings[], counts[], statedTotals[], checks[]}),
 * properties sorted so output is stable, numbers written plainly ({@code 2500000000000}, not {@code 2.5E+12}).
 * The mapper is built once and never reconfigured; thread-safe.
 */
public final class ExtractionJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(ModelContract.module())
            .build();

    /** The JSON text of {@code extraction}, pretty-printed. */
    public String write(Extraction extraction) {
        try {
            return mapper.writeValueAsString(extraction) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise extraction: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code extraction} to {@code out}; the writer is not closed. */
    public void write(Extraction extraction, Writer out) throws IOException {
        out.write(write(extraction));
    }

    /** Reads an extraction back. */
    public Extraction read(String json) {
        try {
            return mapper.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an extraction: " + e.getOriginalMessage(), e);
        }
    }
}
