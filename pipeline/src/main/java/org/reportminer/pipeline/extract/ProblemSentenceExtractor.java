package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.FindingDetail;
import org.reportminer.corpus.model.Span;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.text.CompareText;
import org.reportminer.pipeline.text.Sentences;

/**
 * Finds the problem statements of a report that has no extracted findings (a long government work report): the
 * sentences of its problem paragraphs ({@code 我们也清醒看到…问题和挑战}, {@code 政府工作也存在不足…}) that carry a shortfall
 * cue (问题, 不足, 短板, 形式主义, 官僚主义 …). Each becomes a pseudo-finding {@code P1, P2 …} whose span points into the
 * report text, so such reports can be linked and chained like reports with findings.
 *
 * <p>In the sentence that opens the paragraph only the part after the cue counts ({@code 政府工作存在不足，一些…}), and a
 * sentence that is nothing but the cue ({@code 我们也清醒看到面临的困难和挑战。}) is skipped: it recurs every year and
 * names no problem. Immutable and thread-safe.
 */
public final class ProblemSentenceExtractor {

    /** Shorter statements (content characters) carry too little to compare. */
    private static final int MIN_CHARS = 8;

    /**
     * Opening of a paragraph that names a report's problems and shortcomings. Matches {@code 我们也清醒看到面临的困难和挑战},
     * {@code 政府工作也存在不足}, {@code 存在的主要问题}; does not match {@code 困难和挑战比预想的大}.
     */
    private static final Pattern PROBLEM_PARAGRAPH = Pattern.compile(
            "清醒(?:看到|认识到)|(?:也|更)要看到|前进中的困难|存在(?:不少|一些)?不足|不足之处|存在的(?:主要|突出)?问题"
                    + "|问题和不足|(?:工作|政府工作)(?:中)?(?:也|还)?(?:存在|有)(?:不少)?(?:不足|差距|问题)");

    /** The problem statements of {@code text}, in text order, ids {@code P1, P2 …}. */
    public List<Finding> extract(String text) {
        List<Finding> out = new ArrayList<>();
        for (Span para : Sentences.paragraphs(text)) {
            Matcher cue = PROBLEM_PARAGRAPH.matcher(text).region(para.start(), para.end());
            if (!cue.find()) {
                continue;
            }
            for (Span s : Sentences.split(text, para.start(), para.end())) {
                int start = s.start();
                if (s.end() <= cue.start()) {
                    continue; // the praise before the turn ("在肯定成绩的同时") is not a problem
                }
                if (start <= cue.start() && cue.end() <= s.end()) {
                    start = skipToClause(text, cue.end(), s.end());
                }
                if (start >= s.end()) {
                    continue;
                }
                String body = text.substring(start, s.end());
                if (CompareText.squeeze(body).length() < MIN_CHARS || !ReportPatterns.SHORTFALL.matcher(body).find()) {
                    continue;
                }
                out.add(new Finding("P" + (out.size() + 1), null, null, null, body, start, s.end(),
                        FindingDetail.cue("problem sentence"), List.of(), List.of()));
            }
        }
        return out;
    }

    /** The start of the next clause after the cue: past the rest of the cue clause and its comma or colon. */
    private static int skipToClause(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == '：' || c == ',' || c == ':') {
                return i + 1;
            }
        }
        return end;
    }
}
