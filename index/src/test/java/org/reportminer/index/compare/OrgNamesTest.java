package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNamesTest {

    private final OrgNames names = OrgNames.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "市侨联 | 侨联",
        "XX侨联 | 侨联",
        "**市归国华侨联合会 | 侨联",
        "青禾市侨联党组 | 侨联",
        "中共青禾市归国华侨联合会党组 | 侨联",
        "青禾市科学技术协会 | 科协",
        "市科协机关 | 科协",
        "（青禾市）文学艺术界联合会 | 文联",
        "团市委 | 团委",
        "青禾市水务局 | 水务局",
        "**县水务局 | 水务局",
        "市水务局 | 水务局",
        "中华人民共和国国务院 | 国务院"
    })
    void namesOfOneOrganisationShareOneKey(String name, String key) {
        assertEquals(key, names.key(name));
    }

    @Test
    void aNameOfOnlyMasksIsRejectedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> names.key("**市"));
        assertEquals("organisation name '**市' has no name left after removing masks and places", e.getMessage());
    }

    @Test
    void editedAliasesGroupNewNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("aliases.txt");
        Files.writeString(f, "水务局: 水利局\n");
        assertEquals("水务局", OrgNames.fromFile(f).key("青禾县水利局"));
    }
}
