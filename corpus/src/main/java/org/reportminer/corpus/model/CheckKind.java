package org.reportminer.corpus.model;

/** The consistency rules run on every extraction. */
public enum CheckKind {
    /** Measure or heading numbering skips a number (①③). */
    NUMBERING_GAP,
    /** Measure or heading numbering repeats a number (①②③④④). */
    NUMBERING_REPEAT,
    /** 其中 parts do not add up to their total. */
    BREAKDOWN_SUM,
    /** A stated total disagrees with what was extracted. */
    STATED_TOTAL,
    /** A stated rate disagrees with its counts. */
    RATE
}
