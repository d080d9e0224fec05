package org.reportminer.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.schema.ReportField;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.search.TestReports;

/**
 * Issue 9: no value that reaches the index can exceed Lucene's 32766-byte term limit ("immense term"), whatever
 * the metadata checks upstream let through. Keyword fields index a whole value as one term, so they are bounded
 * where the term is made; word and bigram fields are tokenized and their tokenizers bound each token.
 */
class FieldLimitsIndexTest {

    /** 40,000 Han characters: 120,000 bytes of UTF-8, almost four times Lucene's term limit. */
    private static final String HUGE_HAN = "某".repeat(40_000);

    @TempDir
    Path tmp;

    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();

    @Test
    void aKeywordFieldOfFortyThousandCharactersIsIndexedAndCheckIndexPasses() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            for (ReportField f : ReportField.values()) {
                if (f.kind() == ReportField.Kind.KEYWORD) {
                    f.add(doc, HUGE_HAN);
                }
            }
            writer.addDocument(doc);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                String stored = reader.storedFields().document(0).get(ReportField.ORG.fieldName());
                assertTrue(stored.getBytes(StandardCharsets.UTF_8).length < IndexWriter.MAX_TERM_LENGTH, "bounded");
                assertTrue(HUGE_HAN.startsWith(stored), "a prefix of the value is kept");
            }
        }
    }

    @Test
    void aKeywordValueIsCutOnACodePointBoundaryNeverInsideASurrogatePair() {
        String value = "\uD842\uDFB7".repeat(30_000); // 𠮷, outside the BMP: two chars, four UTF-8 bytes each
        String indexed = ReportField.ORG.keyword(value);
        assertTrue(indexed.length() < value.length());
        assertEquals(indexed.length(), indexed.codePointCount(0, indexed.length()) * 2, "no half pair at the end");
        assertTrue(indexed.getBytes(StandardCharsets.UTF_8).length < IndexWriter.MAX_TERM_LENGTH);
    }

    @Test
    void theIndexerTakesAReportWhoseOrgKindTitleAndAreaAreFortyThousandCharactersAndItStaysFindable()
            throws IOException {
        Report base = TestReports.minzheng2021();
        Extraction x = base.extraction();
        List<Finding> findings = x.findings().stream()
                .map(f -> new Finding(f.id(), HUGE_HAN, HUGE_HAN, f.category(), f.surface(), f.start(), f.end(),
                        f.measures(), f.counts()))
                .toList();
        // A 40k-character run of Latin letters, as a weird extraction might give, in the title and the text.
        String latin = "x".repeat(40_000);
        String text = base.text() + latin + "\n";
        Extraction huge = new Extraction(latin, HUGE_HAN, x.year(), x.yearEvidence(), HUGE_HAN, x.sections(), findings,
                x.counts(), x.statedTotals(), x.checks());
        Report report = new Report(base.id(), base.source(), base.mediaType(), base.charset(), base.bytes(),
                base.sha256(), latin, HUGE_HAN, base.year(), HUGE_HAN, false, text, null, huge);
        Path index = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(index, segmenter)) {
            indexer.indexBatch(List.of(report));
        }
        try (ReportSearcher searcher = ReportSearcher.open(index, segmenter)) {
            SearchResult byOrg = searcher.search(SearchQuery.of("一岗双责").withOrg(HUGE_HAN).withKind(HUGE_HAN));
            assertTrue(byOrg.total() > 0, "the same long value finds the report: query and index bound it alike");
            assertEquals(1, searcher.stats().reports().total());
        } catch (org.reportminer.index.search.QueryException e) {
            throw new AssertionError(e);
        }
        try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean);
        }
    }
}
