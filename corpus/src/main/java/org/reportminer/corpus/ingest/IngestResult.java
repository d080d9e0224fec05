package org.reportminer.corpus.ingest;

import java.util.Optional;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;

/** The outcome of ingesting one file: a {@link Report} (without extraction yet) or a {@link Problem}. */
public sealed interface IngestResult permits IngestResult.Ingested, IngestResult.Failed {

    /** True for a report. */
    boolean ok();

    /** The report, when ingestion worked. */
    default Optional<Report> asReport() {
        return this instanceof Ingested i ? Optional.of(i.report()) : Optional.empty();
    }

    /** The problem, when ingestion failed. */
    default Optional<Problem> asProblem() {
        return this instanceof Failed f ? Optional.of(f.problem()) : Optional.empty();
    }

    /** The file was read into a report. */
    record Ingested(Report report) implements IngestResult {
        public Ingested {
            if (report == null) {
                throw new IllegalArgumentException("report must not be null");
            }
        }

        @Override
        public boolean ok() {
            return true;
        }
    }

    /** The file could not be read; the problem says why in one line. */
    record Failed(Problem problem) implements IngestResult {
        public Failed {
            if (problem == null) {
                throw new IllegalArgumentException("problem must not be null");
            }
        }

        @Override
        public boolean ok() {
            return false;
        }
    }
}
