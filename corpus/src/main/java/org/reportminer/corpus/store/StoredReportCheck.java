package org.reportminer.corpus.store;

import java.util.List;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.StatedTotal;

/**
 * Checks a report read back from its file before anyone uses it: the file holds the report its name promises, and
 * every extracted span lies inside the text (a span past the end would stop indexing, highlighting and comparing).
 * The JSON parser has already checked each span on its own (start ≤ end, not negative); only the text knows the end.
 */
final class StoredReportCheck {

    private StoredReportCheck() {
    }

    /** Why {@code report}, read from {@code <id>.json}, cannot be used; {@code null} when it can. */
    static String problem(Report report, String id) {
        if (!id.equals(report.id())) {
            return "the file holds report " + report.id() + ", not " + id;
        }
        Extraction x = report.extraction();
        if (x == null) {
            return null;
        }
        int length = report.text().length();
        String bad = sections(x.sections(), length);
        for (int i = 0; bad == null && i < x.findings().size(); i++) {
            Finding f = x.findings().get(i);
            bad = span("finding " + f.id(), f.start(), f.end(), length);
            for (int j = 0; bad == null && j < f.measures().size(); j++) {
                Measure m = f.measures().get(j);
                bad = span("measure " + f.id() + "." + m.ordinal(), m.start(), m.end(), length);
                if (bad == null) {
                    bad = counts(m.counts(), length);
                }
            }
            if (bad == null) {
                bad = counts(f.counts(), length);
            }
        }
        if (bad == null) {
            bad = counts(x.counts(), length);
        }
        for (int i = 0; bad == null && i < x.statedTotals().size(); i++) {
            StatedTotal t = x.statedTotals().get(i);
            bad = span("stated total '" + t.surface() + "'", t.start(), t.end(), length);
        }
        return bad;
    }

    private static String sections(List<Section> sections, int length) {
        for (Section s : sections) {
            String bad = span("section '" + (s.label() == null ? "" : s.label()) + "'", s.start(), s.end(), length);
            if (bad == null) {
                bad = sections(s.children(), length);
            }
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    private static String counts(List<Count> counts, int length) {
        for (Count c : counts) {
            String bad = span("count '" + c.surface() + "'", c.start(), c.end(), length);
            if (bad == null) {
                bad = counts(c.parts(), length);
            }
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    private static String span(String what, int start, int end, int length) {
        return end > length ? what + " at " + start + "-" + end + " lies past the end of the text (" + length
                + " characters)" : null;
    }
}
