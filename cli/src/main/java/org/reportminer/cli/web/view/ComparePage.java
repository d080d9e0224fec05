package org.reportminer.cli.web.view;

import java.util.List;

/**
 * The comparison page: the choice of organisation and years, then per organisation the heat map, the chains, the
 * year-by-year diffs and the reused passages.
 *
 * @param orgs        organisations with reports, to choose from
 * @param org         the chosen organisation, or empty
 * @param from        first year, or empty
 * @param to          last year, or empty
 * @param comparisons one per organisation compared
 * @param skipped     reports left out, with the reason
 * @param error       why nothing could be compared, or {@code null}
 */
public record ComparePage(List<String> orgs, String org, String from, String to, List<OrgView> comparisons,
                          List<String> skipped, String error) {

    /** One organisation's comparison. */
    public record OrgView(String name, List<Integer> years, List<String> categories, List<List<Cell>> rows,
                          List<ChainView> chains, List<DiffView> diffs, List<ReuseView> reuse) {
    }

    /** A heat-map cell: the count, its shade (0-5) and the search it opens. */
    public record Cell(int count, int shade, String href) {
    }

    /** A recurring problem: its category, years and findings. */
    public record ChainView(String category, List<Integer> years, List<FindingView> findings, String evidence) {
    }

    /** A finding with its year and link. */
    public record FindingView(int year, String id, String text, String href) {
    }

    /** One year against the previous. */
    public record DiffView(int year, int earlierYear, List<FindingView> added, List<FindingView> recurring,
                           List<FindingView> dropped) {
    }

    /** Reused passages of one year from an earlier one, side by side. */
    public record ReuseView(int year, int earlierYear, String share, List<PassagePair> passages) {
    }

    /** A passage in the later report and where it came from in the earlier one. */
    public record PassagePair(String later, String laterHref, String earlier, String earlierHref) {
    }
}
