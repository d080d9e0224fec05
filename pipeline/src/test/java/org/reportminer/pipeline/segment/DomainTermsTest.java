package org.reportminer.pipeline.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainTermsTest {

    @Test
    void aUserFileSavedWithAByteOrderMarkKeepsItsFirstTerm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.txt");
        Files.write(file, "\uFEFF七个一批\r\n# mine\r\n两学一做\r\n".getBytes(StandardCharsets.UTF_8));
        DomainTerms terms = DomainTerms.builtInPlus(file);
        assertTrue(terms.contains("七个一批"), terms.terms().toString());
        assertTrue(terms.contains("两学一做"));
        assertTrue(terms.contains("三会一课"), "the built-in terms stay");
    }

    @Test
    void aUserFileThatIsNotUtf8OrHoldsATermWithASpaceFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "七个一批\n".getBytes(Charset.forName("GBK")));
        UncheckedIOException notUtf8 = assertThrows(UncheckedIOException.class, () -> DomainTerms.builtInPlus(gbk));
        assertEquals(gbk + ": not UTF-8 text; save the file as UTF-8", notUtf8.getMessage());
        Path spaced = dir.resolve("spaced.txt");
        Files.writeString(spaced, "# mine\n七个 一批\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DomainTerms.builtInPlus(spaced));
        assertEquals(spaced + ":2: a term must not contain whitespace: '七个 一批'", e.getMessage());
    }
}
