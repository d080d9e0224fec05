package org.reportminer.index.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;

/**
 * The ids of the reports an index holds, read from the doc values of the report-level documents (one per report),
 * so comparing the index with the store costs one pass over a column, not a search or a stored-field read: a few
 * milliseconds for thousands of reports.
 */
public final class IndexedReports {

    private IndexedReports() {
    }

    /** Ids of the reports with a live report document in {@code reader}. */
    static Set<String> of(IndexReader reader) throws IOException {
        Set<String> ids = new HashSet<>();
        Term reportLevel = new Term(ReportField.LEVEL.fieldName(), ReportField.LEVEL.keyword(Level.REPORT.id()));
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            PostingsEnum docs = r.postings(reportLevel, PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = r.getLiveDocs();
            SortedSetDocValues values = DocValues.getSortedSet(r, ReportField.REPORT_ID.fieldName());
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                }
            }
        }
        return ids;
    }

    /**
     * Ids of the reports in the last commit of the index at {@code indexDir}: what searchers see.
     *
     * @return an empty set when there is no index there
     * @throws IOException the index cannot be read (for damage, see {@link IndexDamage})
     */
    public static Set<String> read(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return Set.of();
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Set.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return Set.copyOf(of(reader));
            }
        }
    }
}
