package org.reportminer.index.write;

import java.io.IOException;
import org.reportminer.corpus.model.Report;

/**
 * Where {@link IndexingQueue} writes: {@link ReportIndexer}, or any backend of {@code index.backend}.
 *
 * @since 0.1
 */
public interface ReportSink {

    /** Adds {@code report}, replacing every document previously written for its id. */
    void index(Report report) throws IOException;

    /** Deletes every document of report {@code reportId}. */
    void delete(String reportId) throws IOException;

    /** Where the documents go, for messages. */
    String describe();
}
