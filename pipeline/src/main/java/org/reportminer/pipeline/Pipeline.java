package org.reportminer.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stages run in order over one {@link AnnotatedDocument}. The wiring is checked at construction: each stage's
 * {@link Stage#requires()} must be {@link Artifact#TEXT} or provided by an earlier stage, else an
 * {@link IllegalArgumentException} names the stage and the missing artifact. Each stage is timed
 * ({@link #timings()}), and a stage that throws is reported as a {@link StageFailedException} naming it.
 *
 * <p>The pipeline is itself a stage: it requires the text and provides what its stages provide. Thread-safe when its
 * stages are; the timings are the only state and are updated atomically.
 */
public final class Pipeline implements Stage {

    private final List<Stage> stages;
    private final Set<Artifact> provides;
    private final LongAdder[] nanos;
    private final LongAdder[] calls;

    private Pipeline(List<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        Set<Artifact> available = EnumSet.of(Artifact.TEXT);
        Set<String> names = new HashSet<>();
        for (Stage s : stages) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("stage " + s.name() + " appears twice in the pipeline");
            }
            Set<Artifact> missing = EnumSet.noneOf(Artifact.class);
            missing.addAll(s.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + s.name() + " requires " + missing
                        + ", which no earlier stage provides (available before it: " + available + ")");
            }
            available.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
        available.remove(Artifact.TEXT);
        this.provides = Set.copyOf(available);
        this.nanos = new LongAdder[stages.size()];
        this.calls = new LongAdder[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            nanos[i] = new LongAdder();
            calls[i] = new LongAdder();
        }
    }

    /**
     * A pipeline of {@code stages} in this order.
     *
     * @throws IllegalArgumentException when the list is empty, a name repeats or a stage requires an artifact that no
     *                                  earlier stage provides
     */
    public static Pipeline of(List<Stage> stages) {
        return new Pipeline(stages);
    }

    /** See {@link #of(List)}. */
    public static Pipeline of(Stage... stages) {
        return new Pipeline(List.of(stages));
    }

    /** The stages in order. */
    public List<Stage> stages() {
        return stages;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TEXT);
    }

    @Override
    public Set<Artifact> provides() {
        return provides;
    }

    /**
     * Runs every stage in order.
     *
     * @throws StageFailedException when a stage throws (or overflows its stack) or returns no document
     */
    @Override
    public AnnotatedDocument apply(AnnotatedDocument in) {
        AnnotatedDocument doc = in;
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            long t0 = System.nanoTime();
            try {
                doc = s.apply(doc);
            } catch (StageFailedException e) {
                throw e; // a nested pipeline already named the stage
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in one stage must cost one document, not the batch: the caller records it as a problem.
                throw new StageFailedException(s.name(), e);
            } finally {
                nanos[i].add(System.nanoTime() - t0);
                calls[i].increment();
            }
            if (doc == null) {
                throw new StageFailedException(s.name(), new IllegalStateException("the stage returned no document"));
            }
        }
        return doc;
    }

    /** Time taken so far by each stage, in order. */
    public List<StageTiming> timings() {
        List<StageTiming> out = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            out.add(new StageTiming(stages.get(i).name(), calls[i].sum(), nanos[i].sum()));
        }
        return out;
    }
}
