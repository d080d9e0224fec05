package org.reportminer.cli.web.view;

import java.util.List;

/**
 * The tracking page (整改跟踪): per organisation, each recurring problem year by year with its measures and their
 * status, and the problems claimed rectified that came back (整改后反弹), each place linked into its report.
 *
 * @param orgs   the organisations to choose from
 * @param org    the one chosen, or {@code ""}
 * @param views  one per organisation matched, with two or more reports
 * @param error  why there is nothing to show, or {@code null}
 */
public record TrackingPage(List<String> orgs, String org, List<OrgView> views, String error) {

    /**
     * One organisation.
     *
     * @param name     its name
     * @param years    the years of its reports, in order
     * @param problems each recurring problem, relapses first
     * @param relapses the 整改后反弹 list
     */
    public record OrgView(String name, List<Integer> years, List<Problem> problems, List<RelapseView> relapses) {
    }

    /**
     * A recurring problem over the years.
     *
     * @param chain    its chain number (as in {@code compare})
     * @param category its category
     * @param relapsed whether it came back after being claimed rectified
     * @param years    one per report that names it, in year order
     */
    public record Problem(int chain, String category, boolean relapsed, List<Year> years) {
    }

    /**
     * One year's finding of a problem.
     *
     * @param year        the year
     * @param findingId   {@code F3}
     * @param text        the finding's text, shortened
     * @param href        its place in the report view
     * @param status      the finding's own status in words, or {@code null}
     * @param claimedDone whether the report presents it as rectified
     * @param measures    its measures
     */
    public record Year(int year, String findingId, String text, String href, String status, boolean claimedDone,
                       List<MeasureView> measures) {
    }

    /**
     * A measure with its status.
     *
     * @param label     its label
     * @param text      its text, shortened
     * @param status    its status in words
     * @param css       the status as a class name ({@code st-done})
     * @param evidence  the words that gave the status, or {@code null}
     * @param href      its place in the report view
     */
    public record MeasureView(String label, String text, String status, String css, String evidence, String href) {
    }

    /**
     * 整改后反弹: claimed done in one year, named again in a later one.
     *
     * @param chain    the chain number
     * @param category its category
     * @param claimed  the year it was claimed done
     * @param evidence the measures reported done, or the finding's own status words
     * @param recurred the year it came back
     */
    public record RelapseView(int chain, String category, Year claimed, List<MeasureView> evidence, Year recurred) {
    }
}
