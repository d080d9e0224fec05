package org.reportminer.pipeline.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportminer.corpus.io.AtomicWrite;
import org.reportminer.pipeline.eval.GoldEntry;

/**
 * Adds an entry to a development set's {@code manifest.json} (see {@link GoldReader}), atomically: an entry for the
 * same {@code file} is replaced in place, any other entry is kept exactly as it was, and a missing manifest is
 * created.
 */
public final class GoldWriter {
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * @param manifest the {@code manifest.json} to update or create
     * @throws IOException when the manifest cannot be read, is not a JSON list (message names it), or cannot be written
     */
    public void upsert(Path manifest, GoldEntry entry) throws IOException {
        ArrayNode list = mapper.createArrayNode();
        if (Files.isRegularFile(manifest)) {
            JsonNode old;
            try {
                old = mapper.readTree(manifest.toFile());
            } catch (IOException e) {
                throw new IOException(manifest + ": not valid JSON: "
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
            }
            if (!old.isArray()) {
                throw new IOException(manifest + ": not a gold manifest (expected a JSON list of reports)");
            }
            list = (ArrayNode) old;
        }
        JsonNode node = mapper.valueToTree(entry);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (entry.file().equals(list.get(i).path("file").asText(null))) {
                list.set(i, node);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(node);
        }
        byte[] bytes = mapper.writeValueAsBytes(list);
        AtomicWrite.write(manifest, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }
}
