package org.reportminer.corpus.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Builds the Jackson mapper behind reportminer's JSON contract (store files, {@code show --json}, sidecars).
 *
 * <p>Records are (de)serialised through their components without annotations. Output is pretty-printed with
 * properties and map entries sorted, so files and golden outputs are stable. Null fields are written
 * ({@code "org" : null}) so every field of the contract is always present. Unknown properties on input fail, so a
 * typo in a sidecar or a foreign file is reported rather than ignored.
 *
 * <p>Each call returns a new, fully configured mapper; callers must not reconfigure it (it is then thread-safe).
 */
public final class JsonMapperFactory {

    private JsonMapperFactory() {
    }

    /** A new mapper configured for reportminer's JSON contract. */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Enums print as their toString(): lower-case ids where an enum defines them (search levels).
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
                // the model's field names stay what the store and extract --format json have always written
                .addModule(ModelContract.module())
                .build();
    }
}
