package org.reportminer.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.reportminer.pipeline.classify.SynonymLexicon;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Loads the genre's search synonyms (Solr format, UTF-8): the {@code [search]} section of the bundled
 * {@link SynonymLexicon}, extended or replaced by a user's file.
 *
 * <p>Rules are analyzed with the index-time word chain, so a rule matches the words the segmenter produces for it.
 * Equivalence lines ({@code 一把手,主要负责人}) expand both ways.
 *
 * @since 0.1
 */
public final class ReportSynonyms {

    private ReportSynonyms() {
    }

    /**
     * Builds a synonym map.
     *
     * @param analyzer        the index-time word analyzer that rules are analyzed with
     * @param userFile        a user synonym file, or {@code null}
     * @param includeDefaults whether the bundled rules are loaded too; {@code false} lets a user file replace them
     * @throws SynonymFileException a file is not UTF-8 or holds a bad rule; the message names the file and the reason
     * @throws IOException          a file cannot be read
     */
    public static SynonymMap load(Analyzer analyzer, Path userFile, boolean includeDefaults) throws IOException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        if (includeDefaults) {
            parse(parser, new StringReader(SynonymLexicon.bundled().searchRules()),
                    SynonymLexicon.RESOURCE + " [search]");
        }
        if (userFile != null) {
            if (!Files.isRegularFile(userFile)) {
                throw new SynonymFileException(userFile + ": synonym file not found", null);
            }
            try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                parse(parser, reader, userFile.toString());
            }
        }
        return parser.build();
    }

    private static void parse(SolrSynonymParser parser, Reader reader, String source) throws IOException {
        try {
            parser.parse(reader);
        } catch (CharacterCodingException e) {
            // the decoder's own message is only "Input length = 1"
            throw new SynonymFileException(source + ": not UTF-8 text; save the synonym file as UTF-8", e);
        } catch (ParseException | IllegalArgumentException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String line = e instanceof ParseException pe && pe.getErrorOffset() > 0
                    ? " (line " + pe.getErrorOffset() + ")" : "";
            throw new SynonymFileException(source + ": bad synonym rule" + line + ": " + e.getMessage()
                    + (cause != e && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : ""), e);
        }
    }
}
