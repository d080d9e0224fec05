package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReuseDetectorTest {

    private final ReuseDetector detector = ReuseDetector.bundled();

    @Test
    void sentencesThatDifferOnlyInDatesAndNumbersAreReused() {
        String earlier = "2021年共开展专题调研12次，形成调研报告5篇，推动解决实际问题。全年新增会员单位30家。";
        String later = "2022年共开展专题调研9次，形成调研报告4篇，推动解决实际问题。今年重点推进数字化转型工作。";
        Reuse r = detector.compare("b", later, "a", earlier);
        assertEquals(1, r.passages().size());
        ReusedPassage p = r.passages().get(0);
        assertEquals("2022年共开展专题调研9次，形成调研报告4篇，推动解决实际问题。", p.text());
        assertEquals("2021年共开展专题调研12次，形成调研报告5篇，推动解决实际问题。", earlier.substring(p.earlierStart(), p.earlierEnd()));
        assertEquals((double) p.text().length() / (later.length()), r.share(), 1e-9);
    }

    @Test
    void aNearlyIdenticalSentenceWithOneWordChangedIsReusedButAHalfSimilarOneIsNot() {
        String earlier = "进一步健全完善长效机制，以整改实效推动全市科技工作者更好服务经济社会发展。";
        String near = "进一步健全完善长效机制，以整改实效推动全市科技工作者更好服务高质量发展。";
        String half = "进一步健全完善考核机制，组织科技工作者深入基层开展科普宣传和技术服务。";
        assertEquals(1, detector.compare("b", near, "a", earlier).passages().size());
        Reuse none = detector.compare("c", half, "a", earlier);
        assertEquals(0, none.passages().size());
        assertEquals(0.0, none.share());
    }

    @Test
    void boilerplateOpeningsAndShortSentencesCountNeitherWay() {
        String earlier = "按照市委有关要求，现将情况报告如下。一、总体情况。科普场馆全年接待观众十余万人次。";
        String later = "按照市委有关要求，现将情况报告如下。一、总体情况。青少年科技教育活动覆盖全市中小学。";
        Reuse r = detector.compare("b", later, "a", earlier);
        assertEquals(0, r.passages().size());
        assertEquals(1, detector.fingerprint(later).sentences());
    }

    @Test
    void consecutiveReusedSentencesMergeIntoOnePassage() {
        String s1 = "坚持把巡察整改作为重大政治任务抓紧抓实。";
        String s2 = "班子成员按照分工抓好分管领域整改落实工作。";
        String s3 = "形成了一级抓一级、层层抓落实的良好工作格局。";
        String earlier = "前言部分的内容各不相同互不重复。" + s1 + s2 + s3;
        String later = s1 + s2 + s3 + "今年新增加的工作内容与去年不同。";
        Reuse r = detector.compare("b", later, "a", earlier);
        assertEquals(1, r.passages().size());
        ReusedPassage p = r.passages().get(0);
        assertEquals(s1 + s2 + s3, p.text());
        assertEquals(0, p.start());
        assertEquals(earlier.indexOf(s1), p.earlierStart());
        assertEquals(earlier.length(), p.earlierEnd());
        assertTrue(r.share() > 0.7 && r.share() < 0.9, "share " + r.share());
    }

    @Test
    void aPassageWidensOverItsShortLeadInButNotOverTheHeadingLineAbove() {
        String body = "坚持标准不降、力度不减，对已完成的12条整改措施逐项开展回头看，坚决防止问题反弹回潮。";
        String earlier = "三、下一步打算\n巩固整改成果。" + body.replace("12", "9") + "\n其他内容各年不同互不重复。";
        String later = "三、下一步打算\n巩固整改成果。" + body + "\n今年新增加的工作内容与去年不同。";
        Reuse r = detector.compare("b", later, "a", earlier);
        assertEquals(1, r.passages().size());
        ReusedPassage p = r.passages().get(0);
        assertEquals("巩固整改成果。" + body, p.text());
        assertEquals(later.indexOf("巩固"), p.start());
        assertEquals("巩固整改成果。" + body.replace("12", "9"), earlier.substring(p.earlierStart(), p.earlierEnd()));
        // the lead-in is too short to count in the share, as before widening
        String fresh = "今年新增加的工作内容与去年不同。";
        assertEquals((double) body.length() / (body.length() + fresh.length()), r.share(), 1e-9);
    }
}
