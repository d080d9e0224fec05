package org.reportminer.index.solr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reportminer.index.schema.ReportField;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The configset's schema mirrors {@link ReportField}: the same fields, indexed the same way (issue 14). */
class ReportFieldSchemaTest {

    private static final Path SCHEMA = Path.of("src/main/solr/configsets/reportminer/conf/managed-schema.xml");
    /** Solr's own fields: the document key and the update log's version. */
    private static final Set<String> SOLR_OWN = Set.of("id", "_version_");

    private static Map<String, Element> fields() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList list = dbf.newDocumentBuilder().parse(SCHEMA.toFile()).getElementsByTagName("field");
        Map<String, Element> out = new LinkedHashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.put(e.getAttribute("name"), e);
        }
        return out;
    }

    @Test
    void schemaHasExactlyTheFieldsOfReportField() throws Exception {
        Set<String> expected = new TreeSet<>(SOLR_OWN);
        for (ReportField f : ReportField.values()) {
            expected.add(f.fieldName());
        }
        assertEquals(expected, new TreeSet<>(fields().keySet()));
    }

    @Test
    void eachFieldIsIndexedAsItsKindSays() throws Exception {
        Map<String, Element> fields = fields();
        for (ReportField f : ReportField.values()) {
            Element e = fields.get(f.fieldName());
            assertNotNull(e, f.fieldName());
            String shape = e.getAttribute("type") + " indexed=" + e.getAttribute("indexed") + " stored="
                    + e.getAttribute("stored") + " docValues=" + e.getAttribute("docValues") + " multiValued="
                    + e.getAttribute("multiValued");
            String expected = switch (f.kind()) {
                // exact, stored, doc values for facets; may repeat
                case KEYWORD -> "string indexed=true stored=true docValues=true multiValued=true";
                case INT -> "pint indexed=true stored=true docValues=true multiValued=false";
                // offsets for highlighting come from the field type (storeOffsetsWithPositions)
                case WORDS -> "text_words indexed=true stored=true docValues= multiValued=false";
                // stored in Solr only: its highlighter reads the stored value
                case BIGRAMS -> "text_bigram indexed=true stored=true docValues= multiValued=false";
                case STORED -> "string indexed=false stored=true docValues=false multiValued=true";
            };
            assertEquals(expected, shape, f.fieldName());
        }
    }
}
