package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.ReportExtractor;

/**
 * The two seeds compared as one organisation (a city 侨联): 000 is the masked-year 巡察整改进展情况 of 2021 (the year
 * is given at ingest, as a user would with {@code --year 2021}), 001 the 党风廉政建设责任制报告 of 2023. Ingested and
 * extracted by the real front end. The asserted links were checked by reading both texts.
 */
class SeedsComparisonTest {

    private static Report seed000;
    private static Report seed001;
    private static ComparisonResult result;

    @BeforeAll
    static void ingestExtractAndCompare() {
        Path seeds = SharedData.seeds();
        ReportExtractor extractor = ReportExtractor.standard();
        List<Report> rs = ExampleReports.ingestAll(extractor, List.of(seed(seeds, "000_"), seed(seeds, "001_")),
                List.of(new MetadataOverrides(null, 2021, null), new MetadataOverrides(null, 2023, null)));
        seed000 = rs.get(0);
        seed001 = rs.get(1);
        result = ReportComparer.standard().compare("侨联", rs);
        for (Link l : result.links()) {
            System.out.printf(Locale.ROOT, "seed link %.3f %d/%s %s%n     <- %d/%s %s%n     %s%n", l.score(), l.from().year(),
                    l.from().findingId(), l.from().text(), l.to().year(), l.to().findingId(), l.to().text(), l.evidence());
        }
    }

    private static Path seed(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(dir + ": no seed " + prefix + "*.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RankedMatches> matchesOf001() {
        ReportComparer c = ReportComparer.standard();
        List<FindingRef> all = new java.util.ArrayList<>(c.findingsOf(seed000));
        all.addAll(c.findingsOf(seed001));
        return FindingLinker.standard().link(all).matches().stream()
                .filter(m -> m.finding().reportId().equals(seed001.id())).toList();
    }

    @Test
    void bothSeedsContributeTheirFindingsWithTheYearGivenAtIngest() {
        assertEquals(List.of(2021, 2023), result.reports().stream().map(ComparisonResult.ReportYear::year).toList());
        // 000: 34 findings (seeds/README.md); 001: the two problems of 二、存在的主要问题 (一是…二是…)
        assertEquals(List.of(34, 2), result.reports().stream().map(ComparisonResult.ReportYear::findings).toList());
    }

    /**
     * 001's 二是 (主体责任意识有待加强…“一岗双责”…落实党建责任与岗位职责结合方面不够紧密) is the problem 000 states as
     * 领导班子成员履行“一岗双责”责任担当不足 and 全面从严治党主体责任年度任务安排与单位工作任务结合不紧密: read both, the
     * 2023 sentence names both halves. It must link to one of them (the linker keeps the best candidate per other report).
     */
    @Test
    void mainResponsibilityAndOneJobTwoDutiesProblemLinksToThe2021Finding() {
        Link link = result.links().stream().filter(l -> l.from().text().contains("落实党建责任与岗位职责结合方面不够紧密"))
                .findFirst().orElseThrow(() -> new AssertionError("001 二是 not linked: " + result.links()));
        assertEquals(2021, link.to().year());
        assertTrue(link.to().text().startsWith("领导班子成员履行“一岗双责”责任担当不足")
                || link.to().text().startsWith("全面从严治党主体责任年度任务安排与单位工作任务结合不紧密"), link.to().text());
        assertTrue(link.evidence().contains("term:一岗双责"), link.evidence().toString());
        RankedMatches m = matchesOf001().stream().filter(x -> x.finding().text().contains("岗位职责")).findFirst().orElseThrow();
        m.candidates().forEach(c -> System.out.printf(Locale.ROOT, "  001 二是 candidate %.3f %s%n", c.score(), c.to().text()));
        assertEquals("主体责任/一岗双责", m.category().category());
    }

    /**
     * 001's 一是 (廉洁自律意识有待提升…重业务、轻党风廉政) has no counterpart among 000's 34 findings (read by hand: the
     * nearest, 廉政谈话记录…网络抄袭 and 因私出国（境）管理, are different problems), so it links to nothing; it is the
     * only other finding of 001, so the seeds give exactly one link.
     */
    @Test
    void integritySelfDisciplineProblemIsNewIn2023AndTheSeedsGiveExactlyOneLink() {
        assertEquals(1, result.links().size(), result.links().toString());
        ReportDiff d = result.diffs().get(0);
        assertEquals(1, d.newFindings().size());
        assertTrue(d.newFindings().get(0).text().startsWith("廉洁自律意识有待提升"), d.newFindings().get(0).text());
        assertEquals(33, d.noLongerMentioned().size());
    }
}
