package org.reportminer.corpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: four test helpers located {@code shared/}, each with its own rule (a sibling of some ancestor holding
 * fixtures; a child holding seeds; either, holding corpora …), so a layout one module accepted failed in another.
 */
class SharedDataTest {

    @TempDir
    Path tmp;

    private Path sharedAt(Path parent) throws IOException {
        Path shared = parent.resolve("shared");
        Files.createDirectories(shared.resolve("seeds"));
        Files.createDirectories(shared.resolve("fixtures"));
        return shared;
    }

    @Test
    void sharedBesideTheCheckoutIsFoundFromAModuleFolder() throws IOException {
        Path shared = sharedAt(tmp);
        Path module = Files.createDirectories(tmp.resolve("checkout/cli"));
        assertEquals(shared, SharedData.root(module));
        assertEquals(shared, SharedData.root(tmp.resolve("checkout")));
    }

    @Test
    void sharedInsideTheCheckoutIsFoundFromAModuleFolder() throws IOException {
        Path shared = sharedAt(tmp.resolve("checkout"));
        Path module = Files.createDirectories(tmp.resolve("checkout/pipeline/src"));
        assertEquals(shared, SharedData.root(module));
    }

    @Test
    void aFolderMerelyNamedSharedIsPassedOverForTheRealOneFurtherUp() throws IOException {
        Path shared = sharedAt(tmp);
        Path module = Files.createDirectories(tmp.resolve("checkout/index"));
        Files.createDirectories(module.resolve("shared/seeds")); // seeds but no fixtures
        Files.createDirectories(tmp.resolve("checkout/shared/fixtures")); // fixtures but no seeds
        assertEquals(shared, SharedData.root(module));
    }

    @Test
    void noSharedFolderIsAOneLineErrorNamingWhereTheSearchStarted() throws IOException {
        Path module = Files.createDirectories(tmp.resolve("lonely/module"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedData.root(module));
        assertTrue(e.getMessage().startsWith("no shared/ folder with seeds/ and fixtures/ in " + module), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void theCheckoutIsTheNearestFolderWithPomAndExamples() throws IOException {
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.createDirectories(checkout.resolve("examples"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(checkout.resolve("index"));
        Files.writeString(module.resolve("pom.xml"), "<project/>"); // a module pom without examples/ is not the root
        assertEquals(checkout, SharedData.repoRoot(module));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedData.repoRoot(tmp));
        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
    }

    @Test
    void theRealSharedFolderHoldsEveryKindOfDataTheTestsRead() {
        assertTrue(Files.isDirectory(SharedData.seeds()));
        assertTrue(Files.isDirectory(SharedData.fixtures()));
        assertEquals(83, SharedData.corpusFiles().size());
        assertTrue(SharedData.seedText("000").length() > 1000);
        assertTrue(Files.isDirectory(SharedData.examples().resolve("expected")));
    }
}
