package org.reportminer.index.backend;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Span;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;
import org.reportminer.index.search.Facets;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.Hit;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.search.StoredHits;
import org.reportminer.index.write.ReportDocuments;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * A SolrCloud collection behind {@link ReportIndex}, through SolrJ's {@link CloudLegacySolrClient} (Apache HttpClient,
 * so no Jetty client reaches our classpath). The collection must use the {@code reportminer} configset and plugin.
 *
 * <p>Documents are exactly the embedded index's ({@link ReportDocuments}), keyed {@code reportId#n}. Writes are
 * buffered and sent in batches of {@link #batchDocs} documents: first the deletes of every report in the batch, then
 * its documents, each request retried {@value #ATTEMPTS} times with a growing pause. When a batch still fails, the
 * call throws one line naming the collection and the cause; the store is untouched, and a report that did not reach
 * Solr is missing from {@link #reportIds()}, so the next ingest or reindex writes it again.
 *
 * <p>Searches run our own query parser inside Solr ({@code defType=reportminer}), so both backends run the same
 * Lucene query; highlights come back as offsets and are marked exactly as the embedded searcher marks them.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class SolrReportIndex implements ReportIndex {

    /** How often a request is tried before the batch fails. */
    static final int ATTEMPTS = 3;
    private static final long FIRST_PAUSE_MILLIS = 250;
    /** Private-use marks around Solr's highlights, turned back into offsets; never in report text. */
    private static final String PRE = "\uE000";
    private static final String POST = "\uE001";
    /** Solr stops highlighting past this many chars of a value (it rejects Integer.MAX_VALUE); reports are shorter. */
    private static final int MAX_HIGHLIGHT_CHARS = 100_000_000;
    private static final String[] HIT_FIELDS = {"id", "score", ReportField.LEVEL.fieldName(),
            ReportField.REPORT_ID.fieldName(), ReportField.YEAR.fieldName(), ReportField.ORG.fieldName(),
            ReportField.KIND.fieldName(), ReportField.FINDING_ID.fieldName(), ReportField.TEXT.fieldName(),
            ReportField.TITLE.fieldName(), ReportField.PATH.fieldName()};

    private final SolrTarget target;
    private final SolrClient client;
    private final Segmenter segmenter;
    private final int batchDocs;
    private final Set<String> pendingDeletes = new LinkedHashSet<>();
    private final List<SolrInputDocument> pendingDocs = new ArrayList<>();

    private SolrReportIndex(SolrTarget target, SolrClient client, Segmenter segmenter, int batchDocs) {
        this.target = target;
        this.client = client;
        this.segmenter = segmenter.wordsOnly();
        this.batchDocs = batchDocs;
    }

    /**
     * A client for {@code target}; connects on first use.
     *
     * @param segmenter the word segmenter (as the embedded index's: it shapes the document fields)
     * @param batchDocs documents per update request
     */
    public static SolrReportIndex open(SolrTarget target, Segmenter segmenter, int batchDocs) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(segmenter, "segmenter");
        if (batchDocs < 1) {
            throw new IllegalArgumentException("batchDocs must be positive: " + batchDocs);
        }
        CloudLegacySolrClient.Builder builder = target.zkHosts().isEmpty()
                ? new CloudLegacySolrClient.Builder(target.solrUrls())
                : new CloudLegacySolrClient.Builder(target.zkHosts(), target.zkChroot())
                        .withZkConnectTimeout(10, TimeUnit.SECONDS).withZkClientTimeout(30, TimeUnit.SECONDS);
        SolrClient client = builder.withDefaultCollection(target.collection())
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withSocketTimeout(120, TimeUnit.SECONDS)
                .build();
        return new SolrReportIndex(target, client, segmenter, batchDocs);
    }

    /** {@link #open(SolrTarget, Segmenter, int)} with 500 documents per request. */
    public static SolrReportIndex open(SolrTarget target, Segmenter segmenter) {
        return open(target, segmenter, 500);
    }

    @Override
    public void index(Report report) throws IOException {
        List<Document> docs = ReportDocuments.of(report, segmenter);
        List<SolrInputDocument> converted = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            converted.add(toSolr(report.id() + "#" + i, docs.get(i)));
        }
        boolean full;
        synchronized (this) {
            pendingDeletes.add(report.id());
            pendingDocs.addAll(converted);
            full = pendingDocs.size() >= batchDocs;
        }
        if (full) {
            flush();
        }
    }

    private static SolrInputDocument toSolr(String id, Document doc) {
        SolrInputDocument out = new SolrInputDocument();
        out.setField("id", id);
        for (IndexableField f : doc) {
            // Stored values carry every field; the bigram field is Solr's copy of text, points and doc values are
            // the same values again.
            if (!f.fieldType().stored()) {
                continue;
            }
            Object value = f.numericValue() != null ? f.numericValue() : f.stringValue();
            if (value != null) {
                out.addField(f.name(), value);
            }
        }
        return out;
    }

    @Override
    public synchronized void delete(String reportId) throws IOException {
        pendingDocs.removeIf(d -> reportId.equals(d.getFieldValue(ReportField.REPORT_ID.fieldName())));
        pendingDeletes.add(reportId);
    }

    @Override
    public synchronized void deleteAll() throws IOException {
        pendingDocs.clear();
        pendingDeletes.clear();
        send("delete everything", new UpdateRequest().deleteByQuery("*:*"));
    }

    /** Sends the buffered deletes, then the buffered documents; on failure the buffer is dropped (see class doc). */
    public synchronized void flush() throws IOException {
        if (pendingDeletes.isEmpty() && pendingDocs.isEmpty()) {
            return;
        }
        List<String> deletes = new ArrayList<>(pendingDeletes);
        List<SolrInputDocument> docs = new ArrayList<>(pendingDocs);
        pendingDeletes.clear();
        pendingDocs.clear();
        for (int from = 0; from < deletes.size(); from += batchDocs) {
            UpdateRequest req = new UpdateRequest();
            for (String id : deletes.subList(from, Math.min(deletes.size(), from + batchDocs))) {
                req.deleteByQuery(ReportField.REPORT_ID.fieldName() + ":" + ClientUtils.escapeQueryChars(id));
            }
            send("delete " + deletes.size() + " reports", req);
        }
        for (int from = 0; from < docs.size(); from += batchDocs) {
            UpdateRequest req = new UpdateRequest();
            req.add(docs.subList(from, Math.min(docs.size(), from + batchDocs)));
            send("write " + docs.size() + " documents", req);
        }
    }

    @Override
    public Set<String> reportIds() throws IOException {
        commit();
        SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetLimit(-1).setFacetMinCount(1)
                .addFilterQuery(term(ReportField.LEVEL, Level.REPORT.id()))
                .addFacetField(ReportField.REPORT_ID.fieldName());
        QueryResponse r = query("list report ids", q);
        Set<String> ids = new LinkedHashSet<>();
        for (FacetField.Count c : r.getFacetField(ReportField.REPORT_ID.fieldName()).getValues()) {
            ids.add(c.getName());
        }
        return ids;
    }

    @Override
    public void commit() throws IOException {
        flush();
        retry("commit", () -> client.commit(target.collection(), true, true));
    }

    @Override
    public SearchResult search(SearchQuery query, HighlightTags tags) throws QueryException, IOException {
        boolean all = query.text().isBlank();
        SolrQuery q = new SolrQuery(all ? "*:*" : query.text()).setRows(query.limit()).setFields(HIT_FIELDS);
        if (!all) {
            q.set("defType", "reportminer");
            q.setHighlight(true).set("hl.method", "unified").set("hl.fl", ReportField.TEXT.fieldName() + ","
                            + ReportField.TEXT_BIGRAM.fieldName())
                    .set("hl.requireFieldMatch", true).set("hl.weightMatches", true).set("hl.bs.type", "WHOLE")
                    .set("hl.fragsize", 0).set("hl.snippets", 1).set("hl.defaultSummary", false)
                    .set("hl.maxAnalyzedChars", MAX_HIGHLIGHT_CHARS).set("hl.tag.pre", PRE).set("hl.tag.post", POST);
        }
        q.addSort("score", SolrQuery.ORDER.desc).addSort("id", SolrQuery.ORDER.asc);
        filters(q, query);
        facets(q);
        QueryResponse r;
        try {
            r = query("search", q);
        } catch (BadQuery e) {
            throw new QueryException(e.getMessage(), e.getCause());
        }
        List<Hit> hits = new ArrayList<>();
        Map<String, Map<String, List<String>>> hl = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
        for (SolrDocument d : r.getResults()) {
            String text = str(d, ReportField.TEXT);
            List<Span> spans = new ArrayList<>();
            Map<String, List<String>> marked = hl.getOrDefault((String) d.getFirstValue("id"), Map.of());
            for (List<String> snippets : marked.values()) {
                for (String s : snippets) {
                    spans.addAll(spans(s, text == null ? 0 : text.length()));
                }
            }
            Object year = d.getFirstValue(ReportField.YEAR.fieldName());
            Object score = d.getFirstValue("score");
            List<String> path = d.getFieldValues(ReportField.PATH.fieldName()) == null ? List.of()
                    : d.getFieldValues(ReportField.PATH.fieldName()).stream().map(String::valueOf).toList();
            hits.add(StoredHits.of(Level.parse(str(d, ReportField.LEVEL)), str(d, ReportField.REPORT_ID),
                    year == null ? null : ((Number) year).intValue(), str(d, ReportField.ORG), str(d, ReportField.KIND),
                    str(d, ReportField.FINDING_ID), text, str(d, ReportField.TITLE), path,
                    score == null ? 0f : ((Number) score).floatValue(), spans, tags));
        }
        return new SearchResult(r.getResults().getNumFound(), hits, facets(r));
    }

    /** The offsets between our private-use marks in {@code marked}, in the unmarked text. */
    static List<Span> spans(String marked, int textLength) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == PRE.charAt(0)) {
                start = pos;
            } else if (c == POST.charAt(0)) {
                if (start >= 0 && pos > start && pos <= textLength) {
                    out.add(new Span(start, pos));
                }
                start = -1;
            } else {
                pos++;
            }
        }
        return out;
    }

    private static String str(SolrDocument d, ReportField f) {
        Object v = d.getFirstValue(f.fieldName());
        return v == null ? null : v.toString();
    }

    private static void filters(SolrQuery q, SearchQuery query) {
        if (query.level() != null) {
            q.addFilterQuery(term(ReportField.LEVEL, query.level().id()));
        }
        if (query.org() != null) {
            q.addFilterQuery(term(ReportField.ORG, query.org()));
        }
        if (query.kind() != null) {
            q.addFilterQuery(term(ReportField.KIND, query.kind()));
        }
        if (query.status() != null) {
            q.addFilterQuery(term(ReportField.STATUS, query.status()));
        }
        if (query.yearFrom() != null || query.yearTo() != null) {
            q.addFilterQuery(ReportField.YEAR.fieldName() + ":[" + (query.yearFrom() == null ? "*" : query.yearFrom())
                    + " TO " + (query.yearTo() == null ? "*" : query.yearTo()) + "]");
        }
    }

    private static String term(ReportField field, String value) {
        return "{!term f=" + field.fieldName() + "}" + field.keyword(value);
    }

    private static final ReportField[] FACETS = {ReportField.YEAR, ReportField.ORG, ReportField.KIND,
            ReportField.STATUS};

    private static void facets(SolrQuery q) {
        q.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
        for (ReportField f : FACETS) {
            q.addFacetField(f.fieldName());
        }
    }

    private static Facets facets(QueryResponse r) {
        List<Map<String, Integer>> maps = new ArrayList<>();
        for (ReportField f : FACETS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            FacetField ff = r.getFacetField(f.fieldName());
            if (ff != null && ff.getValues() != null) {
                ff.getValues().stream()
                        .sorted(Comparator.comparingLong(FacetField.Count::getCount).reversed()
                                .thenComparing(FacetField.Count::getName))
                        .forEach(c -> counts.put(c.getName(), Math.toIntExact(c.getCount())));
            }
            maps.add(Collections.unmodifiableMap(counts));
        }
        return new Facets(maps.get(0), maps.get(1), maps.get(2), maps.get(3));
    }

    @Override
    public IndexStats stats() throws IOException {
        IndexStats.LevelStats[] levels = new IndexStats.LevelStats[Level.values().length];
        for (Level level : Level.values()) {
            SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery(term(ReportField.LEVEL, level.id()));
            facets(q);
            QueryResponse r = query("stats", q);
            levels[level.ordinal()] = StoredHits.levelStats(r.getResults().getNumFound(), facets(r));
        }
        return new IndexStats(levels[Level.REPORT.ordinal()], levels[Level.SECTION.ordinal()],
                levels[Level.FINDING.ordinal()], levels[Level.MEASURE.ordinal()], levels[Level.COUNT.ordinal()]);
    }

    @Override
    public String describe() {
        return target.toString();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private void send(String what, UpdateRequest req) throws IOException {
        retry(what, () -> req.process(client, target.collection()));
    }

    private QueryResponse query(String what, SolrQuery q) throws IOException {
        QueryResponse[] out = new QueryResponse[1];
        retry(what, () -> out[0] = client.query(target.collection(), q));
        return out[0];
    }

    private interface Call {
        Object run() throws SolrServerException, IOException;
    }

    /** A query Solr rejected as malformed (HTTP 400 from our parser): not retried. */
    private static final class BadQuery extends IOException {
        BadQuery(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void retry(String what, Call call) throws IOException {
        Exception last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                call.run();
                return;
            } catch (SolrServerException | IOException | RuntimeException e) {
                SolrException bad = badRequest(e);
                if (bad != null) {
                    throw new BadQuery(serverMessage(bad), e);
                }
                last = e;
            }
            if (attempt < ATTEMPTS) {
                try {
                    Thread.sleep(FIRST_PAUSE_MILLIS << (attempt - 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IOException(target + ": " + what + " failed after " + ATTEMPTS + " attempts: " + reason(last)
                + "; the store is unchanged and the next ingest or reindex catches up", last);
    }

    /** The HTTP 400 in {@code e}'s causes (SolrJ's load balancer wraps it), if any: a request retrying cannot fix. */
    private static SolrException badRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException s && s.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                return s;
            }
        }
        return null;
    }

    /** The server's own message, without SolrJ's "Error from server at URL:" prefix. */
    private static String serverMessage(SolrException e) {
        String m = String.valueOf(e.getMessage());
        String prefix = "Error from server at ";
        // a distributed request nests the prefix once per hop
        while (m.startsWith(prefix) && m.indexOf(": ", prefix.length()) > 0) {
            m = m.substring(m.indexOf(": ", prefix.length()) + 2);
        }
        return m;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof ConnectException || m.contains("live_nodes") || m.contains("connect to ZooKeeper")
                    || m.contains("No live SolrServers")) {
                // SolrJ's own text runs on with advice; its first sentence names what failed
                int dot = m.indexOf(". ");
                return "cluster unreachable (" + (dot > 0 ? m.substring(0, dot) : m).lines().findFirst().orElse(m)
                        + ")";
            }
        }
        Throwable root = e;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e == null ? "interrupted" : String.valueOf(e.getMessage());
        String firstLine = m.lines().findFirst().orElse(m);
        return root != null && root != e ? firstLine + " (" + root.getClass().getSimpleName() + ")" : firstLine;
    }
}
