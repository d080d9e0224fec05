package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.MeasureStatus;

class StatusClassifierTest {

    private final StatusClassifier classifier = new StatusClassifier();

    private String decide(String text) {
        StatusClassifier.Decision d = classifier.classify(text);
        return d.status() + (d.evidence() == null ? "" : ":" + d.evidence());
    }

    @Test
    void aMeasureThatOpensWithAnAnnouncementIsPlannedEvenWithARoutine() {
        assertEquals("PLANNED:下一步", decide("下一步将把调研成果纳入考核，每半年通报一次。"));
        assertEquals("ONGOING:每半年", decide("坚持每半年通报一次，下一步将继续执行。"));
    }

    @Test
    void resultsReportedWithACountAreDoneSoFar() {
        assertEquals("DONE:今年以来召开专题会议6次", decide("今年以来召开专题会议6次，研究整改事项。"));
        assertEquals("DONE:共走访企业**家", decide("班子成员带队共走访企业**家。"));
        assertEquals("DONE:补正不规范台账9份", decide("逐本复核，补正不规范台账9份。"));
    }

    @Test
    void aPartialCountSoFarIsInProgress() {
        assertEquals("IN_PROGRESS:目前已化解8个", decide("梳理矛盾纠纷11个，目前已化解8个。"));
        assertEquals("DONE:已完成", decide("目前已完成场馆改造。"));
    }

    @Test
    void aRoutineWithResultsStaysOngoingAndABareActionIsUnknown() {
        assertEquals("ONGOING:每季度", decide("每季度开展一次督查，今年以来共督查4次。"));
        assertEquals(MeasureStatus.UNKNOWN, classifier.classify("建立巡查台账，实行闭环管理。").status());
    }

    @Test
    void auditStatusWordsAreRead() {
        assertEquals("DONE:已整改", decide("已整改。收回资金3万元。"));
        assertEquals("IN_PROGRESS:正在", decide("正在整改。已约谈相关负责人。"));
    }
}
