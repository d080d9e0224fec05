package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.pipeline.extract.Metadata;

class PipelineTest {

    private static final Stage METADATA = Stage.of("metadata", Set.of(Artifact.TEXT), Set.of(Artifact.METADATA),
            d -> d.withMetadata(new Metadata(d.text().lines().findFirst().orElse(null), null, 2021, null, null)));
    private static final Stage CHECKS = Stage.of("checks", Set.of(Artifact.METADATA), Set.of(Artifact.CHECKS),
            d -> d.withChecks(List.of(new Check(CheckKind.RATE, true, "year " + d.metadata().year()))));

    @Test
    void stagesRunInOrderEachSeeingWhatTheEarlierOnesProvided() {
        AnnotatedDocument out = Pipeline.of(METADATA, CHECKS).apply(AnnotatedDocument.of("标题\n正文"));
        assertEquals("标题", out.metadata().title());
        assertEquals("year 2021", out.checks().get(0).message());
    }

    @Test
    void aStageWhoseRequirementNoEarlierStageProvidesFailsAtConstructionNamingStageAndArtifact() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(CHECKS, METADATA));
        assertTrue(e.getMessage().startsWith("stage checks requires [METADATA], which no earlier stage provides"),
                e.getMessage());
    }

    @Test
    void aPipelineRejectsAnEmptyStageListAndRepeatedStageNames() {
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(METADATA, METADATA));
        assertEquals("stage metadata appears twice in the pipeline", e.getMessage());
    }

    @Test
    void aThrowingStageBecomesAStageFailureNamingTheStageWithItsCause() {
        IllegalStateException bug = new IllegalStateException("boom");
        Stage failing = Stage.of("explode", Set.of(Artifact.METADATA), Set.of(Artifact.CHECKS), d -> {
            throw bug;
        });
        Pipeline p = Pipeline.of(METADATA, failing);
        StageFailedException e = assertThrows(StageFailedException.class, () -> p.apply(AnnotatedDocument.of("x")));
        assertEquals("explode", e.stage());
        assertEquals("extraction failed in stage explode: IllegalStateException: boom", e.getMessage());
        assertSame(bug, e.getCause());
    }

    @Test
    void aStackOverflowInAStageIsAStageFailureNotAnError() {
        Stage deep = Stage.of("deep", Set.of(Artifact.TEXT), Set.of(Artifact.CHECKS), d -> {
            throw new StackOverflowError();
        });
        StageFailedException e = assertThrows(StageFailedException.class,
                () -> Pipeline.of(deep).apply(AnnotatedDocument.of("x")));
        assertEquals("deep", e.stage());
    }

    @Test
    void aNestedPipelineReportsTheInnerStageThatFailed() {
        Stage failing = Stage.of("inner", Set.of(Artifact.TEXT), Set.of(Artifact.CHECKS), d -> {
            throw new IllegalArgumentException("bad");
        });
        Pipeline outer = Pipeline.of(METADATA, Pipeline.of(failing));
        StageFailedException e = assertThrows(StageFailedException.class, () -> outer.apply(AnnotatedDocument.of("x")));
        assertEquals("inner", e.stage());
    }

    @Test
    void aPipelineIsAStageThatRequiresTheTextAndProvidesWhatItsStagesProvide() {
        Pipeline p = Pipeline.of(METADATA, CHECKS);
        assertEquals(Set.of(Artifact.TEXT), p.requires());
        assertEquals(Set.of(Artifact.METADATA, Artifact.CHECKS), p.provides());
        Pipeline outer = Pipeline.of(p, Stage.of("after", Set.of(Artifact.CHECKS), Set.of(Artifact.FINDINGS), d -> d));
        assertEquals(3, outer.provides().size());
    }

    @Test
    void everyStageIsTimedPerCallIncludingFailedCalls() {
        Stage sometimes = Stage.of("sometimes", Set.of(Artifact.METADATA), Set.of(Artifact.CHECKS), d -> {
            if (d.text().contains("坏")) {
                throw new IllegalStateException("bad input");
            }
            return d;
        });
        Pipeline p = Pipeline.of(METADATA, sometimes);
        p.apply(AnnotatedDocument.of("好"));
        assertThrows(StageFailedException.class, () -> p.apply(AnnotatedDocument.of("坏")));
        List<StageTiming> t = p.timings();
        assertEquals(List.of("metadata", "sometimes"), t.stream().map(StageTiming::stage).toList());
        assertEquals(List.of(2L, 2L), t.stream().map(StageTiming::calls).toList());
        assertTrue(t.get(0).nanos() > 0 && t.get(0).meanMillis() > 0, t.toString());
    }

    @Test
    void aStageThatReturnsNoDocumentFails() {
        Stage lost = Stage.of("lost", Set.of(Artifact.TEXT), Set.of(Artifact.CHECKS), d -> null);
        StageFailedException e = assertThrows(StageFailedException.class,
                () -> Pipeline.of(lost).apply(AnnotatedDocument.of("x")));
        assertEquals("extraction failed in stage lost: IllegalStateException: the stage returned no document",
                e.getMessage());
    }

    @Test
    void aStageMustBeNamedAndProvideSomething() {
        assertThrows(IllegalArgumentException.class, () -> Stage.of(" ", Set.of(), Set.of(Artifact.CHECKS), d -> d));
        assertThrows(IllegalArgumentException.class, () -> Stage.of("idle", Set.of(), Set.of(), d -> d));
    }
}
