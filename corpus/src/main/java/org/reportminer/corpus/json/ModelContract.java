package org.reportminer.corpus.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.util.List;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.OffsetMap;
import org.reportminer.corpus.model.Provenance;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.model.Span;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;

/**
 * Keeps the model's JSON field names what they were before {@link Span} and {@link Provenance} became parts of the records, so stored reports and
 * {@code extract --format json} read and write exactly as before. The aliases, all here and nowhere in the model:
 * <ul>
 *   <li>a span is written flat as {@code start} and {@code end} beside the other fields, never as {@code span};</li>
 *   <li>the surface text is {@code text} in findings and measures, {@code raw} in counts and stated totals;</li>
 *   <li>a finding's cue, status, timeframe and who is responsible are one {@code detail} object;</li>
 *   <li>a report's provenance ({@code source, mediaType, charset, bytes, sha256, truncated}, and {@code ocr} and
 *   {@code quality} only when set) sits at its top level.</li>
 * </ul>
 * Each record is read through its flat convenience constructor, marked here as the creator. Mix-ins only: the
 * records carry no Jackson annotations.
 */
public final class ModelContract {

    private ModelContract() {
    }

    /** The Jackson module that applies these aliases; every mapper that reads or writes the model registers it. */
    public static Module module() {
        SimpleModule m = new SimpleModule("reportminer-model-contract");
        m.setMixInAnnotation(Finding.class, FindingJson.class);
        m.setMixInAnnotation(Measure.class, MeasureJson.class);
        m.setMixInAnnotation(Count.class, CountJson.class);
        m.setMixInAnnotation(StatedTotal.class, StatedTotalJson.class);
        m.setMixInAnnotation(Section.class, SectionJson.class);
        m.setMixInAnnotation(Report.class, ReportJson.class);
        return m;
    }

    /** A span written as flat {@code start}/{@code end}. */
    abstract static class Spanned {
        @JsonIgnore
        abstract Span span();

        @JsonProperty("start")
        abstract int start();

        @JsonProperty("end")
        abstract int end();
    }

    abstract static class FindingJson extends Spanned {
        @JsonCreator
        FindingJson(@JsonProperty("id") String id, @JsonProperty("area") String area,
                    @JsonProperty("group") String group, @JsonProperty("category") String category,
                    @JsonProperty("text") String surface, @JsonProperty("start") int start,
                    @JsonProperty("end") int end, @JsonProperty("detail") FindingDetail detail,
                    @JsonProperty("measures") List<Measure> measures, @JsonProperty("counts") List<Count> counts) {
        }

        @JsonProperty("text")
        abstract String surface();

        // an empty detail is left out, so findings without one read and write exactly as before it existed
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoDetail.class)
        abstract FindingDetail detail();
    }

    /** Jackson's value filter: {@code equals} is true for what is left out. */
    static final class NoDetail {
        @Override
        public boolean equals(Object o) {
            return o == null || FindingDetail.NONE.equals(o);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    abstract static class MeasureJson extends Spanned {
        @JsonCreator
        MeasureJson(@JsonProperty("label") String label, @JsonProperty("ordinal") int ordinal,
                    @JsonProperty("text") String surface, @JsonProperty("status") MeasureStatus status,
                    @JsonProperty("statusEvidence") String statusEvidence,
                    @JsonProperty("responsible") String responsible, @JsonProperty("timeframe") String timeframe,
                    @JsonProperty("start") int start, @JsonProperty("end") int end,
                    @JsonProperty("counts") List<Count> counts) {
        }

        @JsonProperty("text")
        abstract String surface();
    }

    abstract static class CountJson extends Spanned {
        @JsonCreator
        CountJson(@JsonProperty("value") BigDecimal value, @JsonProperty("masked") boolean masked,
                  @JsonProperty("raw") String surface, @JsonProperty("unit") String unit,
                  @JsonProperty("object") String object, @JsonProperty("qualifier") String qualifier,
                  @JsonProperty("start") int start, @JsonProperty("end") int end,
                  @JsonProperty("parts") List<Count> parts) {
        }

        @JsonProperty("raw")
        abstract String surface();
    }

    abstract static class StatedTotalJson extends Spanned {
        @JsonCreator
        StatedTotalJson(@JsonProperty("what") TotalKind what, @JsonProperty("value") BigDecimal value,
                        @JsonProperty("masked") boolean masked, @JsonProperty("raw") String surface,
                        @JsonProperty("unit") String unit, @JsonProperty("start") int start,
                        @JsonProperty("end") int end) {
        }

        @JsonProperty("raw")
        abstract String surface();
    }

    abstract static class SectionJson extends Spanned {
        @JsonCreator
        SectionJson(@JsonProperty("label") String label, @JsonProperty("level") int level,
                    @JsonProperty("title") String title, @JsonProperty("role") SectionRole role,
                    @JsonProperty("start") int start, @JsonProperty("end") int end,
                    @JsonProperty("children") List<Section> children) {
        }
    }

    abstract static class ReportJson {
        @JsonCreator
        ReportJson(@JsonProperty("id") String id, @JsonProperty("source") String source,
                   @JsonProperty("mediaType") String mediaType, @JsonProperty("charset") String charset,
                   @JsonProperty("bytes") long bytes, @JsonProperty("sha256") String sha256,
                   @JsonProperty("title") String title, @JsonProperty("org") String org,
                   @JsonProperty("year") Integer year, @JsonProperty("kind") String kind,
                   @JsonProperty("truncated") boolean truncated, @JsonProperty("ocr") Boolean ocr,
                   @JsonProperty("quality") Double quality, @JsonProperty("text") String text,
                   @JsonProperty("offsetMap") OffsetMap offsetMap, @JsonProperty("extraction") Extraction extraction) {
        }

        @JsonIgnore
        abstract Provenance provenance();

        @JsonProperty("source")
        abstract String source();

        @JsonProperty("mediaType")
        abstract String mediaType();

        @JsonProperty("charset")
        abstract String charset();

        @JsonProperty("bytes")
        abstract long bytes();

        @JsonProperty("sha256")
        abstract String sha256();

        @JsonProperty("truncated")
        abstract boolean truncated();

        // written only when set, so reports read without OCR or a score serialise exactly as before these existed
        @JsonProperty("ocr")
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean ocr();

        @JsonProperty("quality")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Double quality();
    }
}
