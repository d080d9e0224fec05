package org.reportminer.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One step of the analysis of one report: reads some artifacts of an immutable {@link AnnotatedDocument} and returns
 * a copy with more. It declares what it reads ({@link #requires()}) and what it writes ({@link #provides()}) so that a
 * {@link Pipeline} can check the wiring before any text runs through it.
 *
 * <p>Implementations must be thread-safe (one pipeline serves every worker thread) and must not keep per-document
 * state. A stage signals a bug by throwing; the pipeline wraps it in a {@link StageFailedException} naming the stage.
 */
public interface Stage {

    /** A short name for messages and timings ({@code sections}, {@code counts} …). */
    String name();

    /** The artifacts this stage reads; each must be given or provided by an earlier stage. */
    Set<Artifact> requires();

    /** The artifacts this stage writes. */
    Set<Artifact> provides();

    /** The document with this stage's artifacts added; {@code in} is never modified. */
    AnnotatedDocument apply(AnnotatedDocument in);

    /**
     * A stage from a function.
     *
     * @throws IllegalArgumentException when the name is blank or the stage provides nothing
     */
    static Stage of(String name, Set<Artifact> requires, Set<Artifact> provides, UnaryOperator<AnnotatedDocument> fn) {
        return new FunctionStage(name, requires, provides, fn);
    }
}
