package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.corpus.model.ProblemKind;

/**
 * Hostile OFD packages (issue 9): entry names that climb out of the unpack folder, absolute names, backslash
 * separators, a 3 GB entry, too many entries. The unpack folder's parent lies three levels inside the test's own
 * folder, so every place a crafted name aims at is inside it, and the test checks that not one file in it
 * changed.
 */
class OfdTextExtractorTest {

    @TempDir
    Path dir;
    private Path tempRoot;

    @BeforeEach
    void makeTempRoot() throws IOException {
        tempRoot = Files.createDirectories(dir.resolve("a/b/tmp"));
    }

    private OfdTextExtractor extractor(long maxUnpackedBytes, int maxEntries) {
        return new OfdTextExtractor(1_000_000, new OfdUnpacker(tempRoot, maxUnpackedBytes, maxEntries));
    }

    private OfdTextExtractor extractor() {
        return extractor(OfdUnpacker.DEFAULT_MAX_UNPACKED_BYTES, OfdUnpacker.DEFAULT_MAX_ENTRIES);
    }

    /** Every path under the test folder, with its size. */
    private List<String> tree() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "/"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** Extracts {@code ofd}, expecting a refusal that changes no file and leaves no unpack folder. */
    private IngestException refused(OfdTextExtractor extractor, byte[] ofd) throws IOException {
        List<String> before = tree();
        IngestException e = assertThrows(IngestException.class, () -> extractor.extract(ofd));
        assertEquals(before, tree(), "nothing may be written, and the unpack folder must be gone");
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    private static void assertFalse(boolean condition, String message) {
        assertTrue(!condition, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.txt", "../../outside.txt", "../../../../outside.txt",
        "Doc_0/../../../outside.txt", "Doc_0/Res/../../../../../../../../outside.txt", ".."})
    void entryNamesThatClimbOutWithDotDotAreRefusedAndNothingIsWrittenOutside(String name) throws IOException {
        IngestException e = refused(extractor(), OfdFixtures.ofd(name, "escaped"));
        assertEquals(ProblemKind.CORRUPT, e.kind());
        assertEquals("unsafe entry name in the OFD archive: \"" + name + "\"", e.getMessage());
    }

    @Test
    void absoluteEntryNamesAreRefusedAndNothingIsWrittenThere() throws IOException {
        String inside = dir.resolve("a/absolute-outside.txt").toAbsolutePath().toString();
        for (String name : List.of(inside, "/outside.txt", "//server/share/outside.txt")) {
            IngestException e = refused(extractor(), OfdFixtures.ofd(name, "escaped"));
            assertEquals(ProblemKind.CORRUPT, e.kind());
            assertTrue(e.getMessage().startsWith("unsafe entry name in the OFD archive: \"/"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"..\\..\\outside.txt", "..\\../outside.txt", "Doc_0\\..\\..\\..\\..\\outside.txt",
        "C:/outside.txt", "C:\\outside.txt", "Doc_0/Content.xml:stream", "Doc_0/a\u0000b.xml"})
    void backslashDriveLetterAndControlCharacterNamesAreRefused(String name) throws IOException {
        IngestException e = refused(extractor(), OfdFixtures.ofd(name, "escaped"));
        assertEquals(ProblemKind.CORRUPT, e.kind());
        assertTrue(e.getMessage().startsWith("unsafe entry name in the OFD archive: "), e.getMessage());
        assertFalse(e.getMessage().indexOf('\u0000') >= 0, "control characters are escaped: " + e.getMessage());
    }

    @Test
    void threeGigabyteEntryIsStoppedAsAZipBombWithinTheFirstMegabytes() throws IOException {
        byte[] bomb = OfdFixtures.threeGigabyteBomb();
        assertTrue(bomb.length < 4 * 1024 * 1024, "about 3 MB: " + bomb.length);
        long start = System.nanoTime();
        IngestException e = refused(extractor(), bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ProblemKind.TOO_LONG, e.kind());
        assertEquals("zip bomb: entries inflate to more than 100 times their compressed size", e.getMessage());
        // the ratio check trips after about 1 MB; inflating all 3 GB takes several seconds even without writing
        assertTrue(millis < 2_000, "stopped early: " + millis + " ms");
    }

    @Test
    void entriesInflatingPastTheTotalCapAreStoppedEvenAtALowRatio() throws IOException {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(9).nextBytes(noise);
        byte[] ofd = new OfdFixtures.CraftedZip().copyEntriesOf(OfdFixtures.ofd())
                .stored("Doc_0/Res/noise.bin", noise).finish();
        IngestException e = refused(extractor(2 * 1024 * 1024, OfdUnpacker.DEFAULT_MAX_ENTRIES), ofd);
        assertEquals(ProblemKind.TOO_LONG, e.kind());
        assertEquals("zip bomb: entries inflate to more than 2 MB", e.getMessage());
    }

    @Test
    void packageWithTooManyEntriesIsRefused() throws IOException {
        IngestException e = refused(extractor(OfdUnpacker.DEFAULT_MAX_UNPACKED_BYTES, 5),
                OfdFixtures.ofd("Doc_0/Res/a.xml", "a", "Doc_0/Res/b.xml", "b"));
        assertEquals(ProblemKind.TOO_LONG, e.kind());
        assertEquals("OFD archive has more than 5 entries", e.getMessage());
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        byte[] ofd = new OfdFixtures.CraftedZip().copyEntriesOf(OfdFixtures.ofd())
                .stored("Doc_0/Document.xml", "<x/>".getBytes(StandardCharsets.UTF_8)).finish();
        IngestException e = refused(extractor(), ofd);
        assertEquals(ProblemKind.CORRUPT, e.kind());
        assertEquals("duplicate entry in the OFD archive: \"Doc_0/Document.xml\"", e.getMessage());
    }

    @Test
    void bytesThatAreNoZipAreCorruptAndLeaveNoFolder() throws IOException {
        IngestException e = refused(extractor(), "not a zip at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(ProblemKind.CORRUPT, e.kind());
        assertEquals("not an OFD: no zip entries found", e.getMessage());
    }

    @Test
    void zipWithoutOfdXmlIsCorruptAndLeavesNoFolder() throws IOException {
        byte[] zip = new OfdFixtures.CraftedZip().stored("Doc_0/Document.xml", "<x/>".getBytes(StandardCharsets.UTF_8))
                .finish();
        IngestException e = refused(extractor(), zip);
        assertEquals(ProblemKind.CORRUPT, e.kind());
        assertTrue(e.getMessage().startsWith("corrupt or unreadable OFD: "), e.getMessage());
    }

    @Test
    void validOfdIsReadFromItsOwnFolderWhichIsThenRemoved() throws IOException, IngestException {
        List<String> before = tree();
        ExtractedText text = extractor().extract(OfdFixtures.ofd("Doc_0/./Res//extra.xml", "<x/>"));
        assertEquals(OfdFixtures.MINIMAL_TEXT, new TextNormalizer().normalize(text.text()).text());
        assertEquals(before, tree());
    }
}
