package org.reportminer.pipeline.classify;

import java.util.List;
import java.util.Map;
import org.reportminer.corpus.text.ResourceLines;

/**
 * The genre's one synonym lexicon, the bundled {@code synonyms.txt} beside this class, from which both the search
 * synonyms ({@link ReportSynonyms}, a Lucene {@code SynonymMap}) and the comparison's concept table
 * ({@code index.compare.SynonymTable}) are built.
 *
 * <p>The file has two sections, because the two readers use synonyms differently: {@code [search]} holds Solr-format
 * rules that expand a query, {@code [compare]} holds {@code canonical: variant, variant} lines whose variants are
 * rewritten to the canonical term before two findings are compared. One list for both was tried and changed the
 * comparison's calibrated precision and recall, so a term may sit in both sections with different partners; the
 * file's header says more. Loading does no Lucene work, so the lexicon can move to a lower module with its readers.
 * Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class SynonymLexicon {

    /** Name of the bundled lexicon, in this package. */
    public static final String RESOURCE = "synonyms.txt";

    private final ResourceLines lines;

    private SynonymLexicon(ResourceLines lines) {
        this.lines = lines;
    }

    /** The bundled lexicon. */
    public static SynonymLexicon bundled() {
        return new SynonymLexicon(ResourceLines.bundled(SynonymLexicon.class, RESOURCE));
    }

    /** The {@code [search]} rules in Solr format, one a line, as Lucene's {@code SolrSynonymParser} reads them. */
    public String searchRules() {
        return String.join("\n", lines.section("search").texts()) + "\n";
    }

    /**
     * The {@code [compare]} concepts, canonical term to its variants, in file order.
     *
     * @throws IllegalArgumentException naming the line, when a line is not {@code canonical: variant, …} or repeats a
     *                                  canonical term
     */
    public Map<String, List<String>> concepts() {
        return lines.section("compare").keyed();
    }
}
