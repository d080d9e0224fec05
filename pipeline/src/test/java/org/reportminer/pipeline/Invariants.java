package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.StatedTotal;

/** Offset invariants every extraction test asserts: each item's text is exactly the text at its span. */
public final class Invariants {

    private Invariants() {
    }

    public static void assertOffsets(String text, Extraction e) {
        for (Finding f : e.findings()) {
            assertEquals(f.surface(), text.substring(f.start(), f.end()), "finding " + f.id());
            for (Measure m : f.measures()) {
                assertEquals(m.surface(), text.substring(m.start(), m.end()), "measure " + m.label() + " of " + f.id());
                assertTrue(f.end() <= m.start(), "measure before its finding: " + f.id());
                counts(text, m.counts());
            }
            counts(text, f.counts());
        }
        counts(text, e.counts());
        int last = -1;
        for (Count c : e.counts()) {
            assertTrue(c.start() >= last, "counts out of order at " + c.start());
            last = c.start();
        }
        for (StatedTotal t : e.statedTotals()) {
            assertEquals(t.surface(), text.substring(t.start(), t.end()), "stated total " + t.what());
        }
        sections(text, e.sections());
        e.checks().forEach(c -> assertNotNull(c.message()));
    }

    private static void counts(String text, List<Count> counts) {
        for (Count c : counts) {
            assertEquals(c.surface(), text.substring(c.start(), c.end()), "count at " + c.start());
            assertTrue(!c.masked() || c.value() == null);
            counts(text, c.parts());
        }
    }

    private static void sections(String text, List<Section> sections) {
        for (Section s : sections) {
            assertTrue(s.end() <= text.length());
            assertTrue(text.startsWith(s.label(), s.start()), "section label " + s.label() + " at " + s.start());
            assertTrue(text.substring(s.start(), s.end()).contains(s.title()), "section title " + s.title());
            sections(text, s.children());
        }
    }
}
