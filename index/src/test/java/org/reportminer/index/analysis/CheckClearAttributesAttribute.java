package org.reportminer.index.analysis;

import org.apache.lucene.util.Attribute;

/** Records whether {@code clearAttributes()} reached the end of a token chain (ported from Lucene's test framework). */
public interface CheckClearAttributesAttribute extends Attribute {

    /** Whether clear was called since the last call, resetting the flag. */
    boolean getAndResetClearCalled();
}
