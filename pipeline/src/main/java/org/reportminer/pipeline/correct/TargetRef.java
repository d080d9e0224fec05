package org.reportminer.pipeline.correct;

import java.util.List;
import org.reportminer.corpus.model.CorrectionTarget;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;

/**
 * A reference to a finding ({@code F3}) or to one of its measures ({@code F3.M2}: the second measure of F3 in text
 * order, repeats counted), as people write it; resolved against an extraction into a {@link CorrectionTarget}.
 *
 * @param finding the finding's number (F3 → 3)
 * @param measure the measure's number within the finding (M2 → 2), or 0 for the finding itself
 */
public record TargetRef(int finding, int measure) {

    public TargetRef {
        if (finding < 1 || measure < 0) {
            throw new IllegalArgumentException("a reference needs a finding number from 1 (F1) and a measure from 1 (M1)");
        }
    }

    /**
     * Parses {@code F3} or {@code F3.M2} (case ignored).
     *
     * @throws IllegalArgumentException naming the text when it has another shape
     */
    public static TargetRef parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        int dot = s.indexOf('.');
        String f = dot < 0 ? s : s.substring(0, dot);
        String m = dot < 0 ? null : s.substring(dot + 1);
        int fn = number(f, 'F');
        int mn = m == null ? 0 : number(m, 'M');
        if (fn < 1 || (m != null && mn < 1)) {
            throw new IllegalArgumentException("bad target '" + text + "': write F3 for a finding or F3.M2 for its second measure");
        }
        return new TargetRef(fn, mn);
    }

    /** The number after {@code letter}, or -1 when {@code s} is not the letter followed by ASCII digits. */
    private static int number(String s, char letter) {
        if (s.length() < 2 || s.length() > 6 || s.charAt(0) != letter) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s.substring(1));
    }

    /** {@code F3} or {@code F3.M2}. */
    @Override
    public String toString() {
        return "F" + finding + (measure == 0 ? "" : ".M" + measure);
    }

    /**
     * The target this reference names in {@code extraction} (the corrected one the user sees), with its span and text.
     *
     * @throws IllegalArgumentException naming what exists when the finding or measure does not
     */
    public CorrectionTarget resolve(Extraction extraction) {
        List<Finding> findings = extraction.findings();
        if (finding > findings.size()) {
            throw new IllegalArgumentException("no finding F" + finding + " in this report ("
                    + (findings.isEmpty() ? "it has no findings" : "F1–F" + findings.size()) + ")");
        }
        Finding f = findings.get(finding - 1);
        if (measure == 0) {
            return new CorrectionTarget(CorrectionTarget.Level.FINDING, toString(), f.span(), f.surface());
        }
        if (measure > f.measures().size()) {
            throw new IllegalArgumentException("no measure " + this + ": F" + finding + " has "
                    + (f.measures().isEmpty() ? "no measures" : "M1–M" + f.measures().size()));
        }
        Measure m = f.measures().get(measure - 1);
        return new CorrectionTarget(CorrectionTarget.Level.MEASURE, toString(), m.span(), m.surface());
    }
}
