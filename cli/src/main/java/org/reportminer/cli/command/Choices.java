package org.reportminer.cli.command;

import java.util.Locale;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for options with a closed set of values. A wrong value is a usage error whose message lists the
 * allowed values in the words the query syntax uses ({@code unknown level 'x'; expected one of report|…}), the same
 * message as for {@code level:x} in a query, rather than picocli's generic one.
 */
final class Choices {
    private Choices() {
    }

    /** {@code --level}: a {@link Level} id, any case. */
    static final class LevelConverter implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            try {
                return Level.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
    }

    /** {@code --status}: a {@link MeasureStatus} name, any case; blank means no filter. */
    static final class StatusConverter implements ITypeConverter<MeasureStatus> {
        @Override
        public MeasureStatus convert(String value) {
            if (value.isBlank()) {
                return null;
            }
            String name = value.trim().toUpperCase(Locale.ROOT);
            for (MeasureStatus s : MeasureStatus.values()) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            throw new CliException(ExitCodes.USAGE, ReportField.STATUS.unknownValue(value));
        }
    }
}
