package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;

class FindingLinkerTest {

    private static List<FindingRef> ownFindings() {
        List<FindingRef> out = new ArrayList<>();
        for (Report r : OwnReports.load()) {
            for (Finding f : r.extraction().findings()) {
                assertEquals(f.surface(), r.text().substring(f.start(), f.end()));
                out.add(new FindingRef(r.id(), r.year(), f.id(), f.surface()));
            }
        }
        return out;
    }

    private static Set<String> predicted(Linking linking) {
        Set<String> out = new HashSet<>();
        for (Link l : linking.links()) {
            out.add(OwnReports.pair(l.from().key(), l.to().key()));
        }
        return out;
    }

    private static double[] prf(Set<String> predicted, Set<String> gold) {
        int tp = 0;
        for (String p : predicted) {
            if (gold.contains(p)) {
                tp++;
            }
        }
        double p = predicted.isEmpty() ? 1 : (double) tp / predicted.size();
        double r = (double) tp / gold.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    @Test
    void thresholdSweepPrintsPrecisionRecallAndTheChosenThresholdHoldsTheBar() {
        List<FindingRef> findings = ownFindings();
        Set<String> gold = OwnReports.goldPairs();
        assertEquals(18, gold.size());
        FindingLinker linker = FindingLinker.standard();
        System.out.println("threshold  links  P      R      F1");
        for (int t = 10; t <= 60; t += 2) {
            Linking l = linker.withThreshold(t / 100.0).link(findings);
            double[] m = prf(predicted(l), gold);
            System.out.printf(Locale.ROOT, "%.2f       %3d    %.3f  %.3f  %.3f%n", t / 100.0, l.links().size(), m[0], m[1], m[2]);
        }
        Linking chosen = linker.link(findings);
        Set<String> pred = predicted(chosen);
        double[] m = prf(pred, gold);
        System.out.printf(Locale.ROOT, "chosen threshold %.2f: P=%.3f R=%.3f F1=%.3f%n", linker.threshold(), m[0], m[1], m[2]);
        for (String g : gold) {
            if (!pred.contains(g)) {
                System.out.println("  missed " + g);
            }
        }
        for (Link l : chosen.links()) {
            if (!gold.contains(OwnReports.pair(l.from().key(), l.to().key()))) {
                System.out.println("  false  " + l);
            }
        }
        assertTrue(m[0] >= 0.85, "precision " + m[0]);
        assertTrue(m[1] >= 0.85, "recall " + m[1]);
    }

    @Test
    void rewordedOneJobTwoDutiesFindingsLinkWithTermEvidence() {
        List<FindingRef> f = List.of(
                new FindingRef("a", 2021, "F1", "领导班子成员履行“一岗双责”责任担当不足"),
                new FindingRef("a", 2021, "F2", "财务报销手续不全，部分支出缺少审批单据"),
                new FindingRef("b", 2022, "F1", "落实党建责任与岗位职责结合方面不够紧密"),
                new FindingRef("b", 2022, "F2", "青少年科技创新大赛评审程序公开透明不够"));
        Linking l = FindingLinker.standard().link(f);
        assertEquals(1, l.links().size(), l.links().toString());
        Link link = l.links().get(0);
        assertEquals("b/F1", link.from().key());
        assertEquals("a/F1", link.to().key());
        assertTrue(link.evidence().contains("term:一岗双责"), link.evidence().toString());
        assertTrue(link.evidence().contains("category:主体责任/一岗双责"), link.evidence().toString());
    }

    @Test
    void rankedCandidatesComeOnlyFromOtherReportsBestFirst() {
        Linking l = FindingLinker.standard().link(ownFindings());
        assertEquals(31, l.matches().size());
        for (RankedMatches m : l.matches()) {
            double last = 2;
            for (Link c : m.candidates()) {
                assertTrue(!c.to().reportId().equals(m.finding().reportId()));
                assertTrue(c.score() <= last);
                last = c.score();
            }
        }
    }
}
