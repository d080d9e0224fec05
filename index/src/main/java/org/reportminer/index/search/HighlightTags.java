package org.reportminer.index.search;

import java.util.Objects;

/**
 * The markers put around matched text: {@link #BRACKETS} ({@code 【】}) by default; a terminal passes ANSI colour
 * codes instead, e.g. {@code new HighlightTags("\u001b[1;31m", "\u001b[0m")}.
 */
public record HighlightTags(String pre, String post) {

    /** {@code 【} and {@code 】}: readable in plain text and never part of report prose inside a finding. */
    public static final HighlightTags BRACKETS = new HighlightTags("【", "】");

    public HighlightTags {
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(post, "post");
    }
}
