package org.reportminer.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.store.PutOutcome;

/** {@link IngestUseCase} called directly, without the command line. */
class IngestUseCaseTest {
    @TempDir
    Path dir;

    private IngestSummary ingest(RecordingListener listener, Path... inputs) throws IOException {
        return new IngestUseCase(GeneratedReports.services()).ingest(new IngestRequest(List.of(inputs), dir,
                dir.resolve("store"), MetadataOverrides.none(), 1), listener);
    }

    @Test
    void twoFilesAreAddedAndASecondRunFindsThemUnchanged() throws IOException {
        Path a = GeneratedReports.write(dir.resolve("in"), "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        Path b = GeneratedReports.write(dir.resolve("in"), "b.txt", "岚溪县农业农村局巡察整改进展情况", "部分");

        IngestSummary first = ingest(new RecordingListener(), a, b);
        assertEquals(List.of(PutOutcome.Kind.ADDED, PutOutcome.Kind.ADDED),
                first.reports().stream().map(IngestSummary.Item::outcome).toList());
        assertEquals(2, first.count(PutOutcome.Kind.ADDED));
        assertEquals(0, first.count(PutOutcome.Kind.UNCHANGED));
        assertEquals(List.of(), first.failures());
        assertEquals(dir.resolve("store"), first.store());
        IngestSummary.Item item = first.reports().get(0);
        assertEquals(a.toString(), item.source());
        assertEquals(2, item.findings(), item.toString());
        assertEquals(3, item.measures(), item.toString());
        assertFalse(item.truncated());

        RecordingListener listener = new RecordingListener();
        IngestSummary second = ingest(listener, a, b);
        assertEquals(List.of(PutOutcome.Kind.UNCHANGED, PutOutcome.Kind.UNCHANGED),
                second.reports().stream().map(IngestSummary.Item::outcome).toList());
        assertEquals(2, second.count(PutOutcome.Kind.UNCHANGED));
        assertEquals(0, second.count(PutOutcome.Kind.ADDED));
        assertEquals(first.reports().stream().map(IngestSummary.Item::id).toList(),
                second.reports().stream().map(IngestSummary.Item::id).toList());
        assertEquals(List.of("started ingest 2", "stepped unchanged " + item.id() + " a.txt",
                "stepped unchanged " + second.reports().get(1).id() + " b.txt", "finished"), listener.events,
                "an existing store is not created again");
    }

    @Test
    void aMissingInputIsOneFailureAndTheOtherInputIsIngested() throws IOException {
        Path a = GeneratedReports.write(dir.resolve("in"), "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        RecordingListener listener = new RecordingListener();

        IngestSummary s = ingest(listener, Path.of("in/missing.txt"), Path.of("in/a.txt"));

        assertEquals(1, s.failures().size());
        assertEquals(ProblemKind.IO, s.failures().get(0).kind());
        assertEquals(dir.resolve("in/missing.txt") + ": no such file or folder", s.failures().get(0).line());
        assertEquals(List.of(PutOutcome.Kind.ADDED), s.reports().stream().map(IngestSummary.Item::outcome).toList());
        assertEquals(List.of("warned " + dir.resolve("in/missing.txt") + ": no such file or folder",
                "creatingStore " + dir.resolve("store"), "started ingest 1",
                "stepped added " + s.reports().get(0).id() + " " + a.getFileName(), "finished"), listener.events);
    }

    @Test
    void whenNoInputExistsNothingIsReadAndNoStoreIsCreated() throws IOException {
        RecordingListener listener = new RecordingListener();
        IngestSummary s = ingest(listener, Path.of("nope.txt"), Path.of("nope.docx"));
        assertEquals(2, s.failures().size());
        assertEquals(List.of(), s.reports());
        assertEquals(2, listener.starting("warned ").size());
        assertTrue(listener.starting("creatingStore").isEmpty());
        assertFalse(Files.exists(dir.resolve("store")));
    }

    @Test
    void aFolderWithoutReportFilesIsAnInputProblemNamingTheInputAsGiven() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliException e = assertThrows(CliException.class, () -> ingest(new RecordingListener(), Path.of("empty")));
        assertEquals(ExitCodes.INPUT_PROBLEMS, e.exitCode());
        assertEquals("no report files found under [empty]", e.getMessage());
    }

    @Test
    void anUnreadableFileFailsAloneWithItsKind() throws IOException {
        Path a = GeneratedReports.write(dir.resolve("in"), "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        Path empty = Files.createFile(dir.resolve("in/empty.txt"));
        RecordingListener listener = new RecordingListener();

        IngestSummary s = ingest(listener, a, empty);

        assertEquals(1, s.count(PutOutcome.Kind.ADDED));
        assertEquals(List.of(ProblemKind.EMPTY), s.failures().stream().map(p -> p.kind()).toList());
        assertTrue(listener.events.contains("stepped failed " + empty), listener.events.toString());
        assertTrue(listener.events.contains("warned " + s.failures().get(0).line()), listener.events.toString());
    }
}
