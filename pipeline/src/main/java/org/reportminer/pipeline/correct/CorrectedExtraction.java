package org.reportminer.pipeline.correct;

import java.util.List;
import org.reportminer.corpus.model.Extraction;

/**
 * An extraction with a report's corrections applied, and how each correction attached.
 *
 * @param extraction  the corrected extraction (the stored one when there were no corrections)
 * @param attachments one per stored correction, in overlay order
 */
public record CorrectedExtraction(Extraction extraction, List<Attachment> attachments) {

    public CorrectedExtraction {
        attachments = List.copyOf(attachments);
    }

    /** The corrections whose target is gone. */
    public List<Attachment> orphans() {
        return attachments.stream().filter(a -> !a.applied()).toList();
    }
}
