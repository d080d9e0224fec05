package org.reportminer.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.index.schema.Level;

/** The closed choices {@code --level} and {@code --status} as enums, with the query syntax's error messages. */
class ChoicesTest {
    private final Choices.LevelConverter level = new Choices.LevelConverter();
    private final Choices.StatusConverter status = new Choices.StatusConverter();

    @Test
    void levelsAndStatusesAreReadInAnyCaseAndWithSpaces() {
        assertEquals(Level.FINDING, level.convert("Finding"));
        assertEquals(MeasureStatus.IN_PROGRESS, status.convert(" in_progress "));
        assertEquals(MeasureStatus.DONE, status.convert("DONE"));
    }

    @Test
    void aBlankStatusMeansNoFilter() {
        assertNull(status.convert(""));
        assertNull(status.convert("  "));
    }

    @Test
    void anUnknownValueIsAUsageErrorListingTheAllowedOnes() {
        CliException l = assertThrows(CliException.class, () -> level.convert("paragraph"));
        assertEquals(ExitCodes.USAGE, l.exitCode());
        assertEquals("unknown level 'paragraph'; expected one of report|section|finding|measure|count", l.getMessage());
        CliException s = assertThrows(CliException.class, () -> status.convert("finished"));
        assertEquals(ExitCodes.USAGE, s.exitCode());
        assertEquals("unknown status 'finished'; use one of: DONE, IN_PROGRESS, ONGOING, PLANNED, UNKNOWN",
                s.getMessage());
    }
}
