package org.reportminer.corpus.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportminer.corpus.json.JsonMapperFactory;

/**
 * Converts values (records of the model, store index, sidecars) to and from JSON using the one configured mapper.
 * Keeps Jackson types out of callers: read failures surface as {@link MalformedJsonException} naming the source.
 *
 * <p>Thread-safe; immutable after construction.
 */
public final class JsonCodec {

    private final ObjectMapper mapper;

    /** A codec over a fresh mapper from {@link JsonMapperFactory}. */
    public JsonCodec() {
        this(JsonMapperFactory.create());
    }

    /** A codec over the given mapper, which must not be reconfigured afterwards. */
    public JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The UTF-8 JSON bytes of {@code value}, pretty-printed with sorted properties and a final newline. */
    public byte[] toBytes(Object value) {
        try {
            byte[] json = mapper.writeValueAsBytes(value);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The JSON text of {@code value}. */
    public String toJson(Object value) {
        return new String(toBytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code bytes} as a {@code type}.
     *
     * @param source names the input in error messages (a file name)
     * @throws MalformedJsonException when the bytes are not valid JSON for {@code type}
     */
    public <T> T fromBytes(byte[] bytes, Class<T> type, String source) throws MalformedJsonException {
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new MalformedJsonException(source + ": JSON is null, expected " + type.getSimpleName(), null);
            }
            return value;
        } catch (MalformedJsonException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedJsonException(source + ": malformed JSON for " + type.getSimpleName() + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Reads a JSON file as a {@code type}; I/O failures are plain {@link IOException}s. */
    public <T> T read(Path file, Class<T> type) throws IOException {
        return fromBytes(Files.readAllBytes(file), type, file.toString());
    }

    /** Parses JSON text as a {@code type}. */
    public <T> T fromJson(String json, Class<T> type) throws MalformedJsonException {
        return fromBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type, "JSON text");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
