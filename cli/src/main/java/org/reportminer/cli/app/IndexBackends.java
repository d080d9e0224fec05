package org.reportminer.cli.app;

import java.nio.file.Path;
import org.reportminer.index.backend.EmbeddedReportIndex;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrReportIndex;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.pipeline.segment.Segmenter;

/** Opens the index a use case works on: the store's embedded one, or a SolrCloud collection when one is given. */
final class IndexBackends {

    private IndexBackends() {
    }

    /**
     * @param solr the collection, or {@code null} for {@code STORE/index}
     */
    static ReportIndex open(Path store, SolrTarget solr, Segmenter segmenter, Path synonyms) {
        return solr == null ? new EmbeddedReportIndex(StoreLayout.index(store), segmenter, synonyms)
                : SolrReportIndex.open(solr, segmenter);
    }
}
