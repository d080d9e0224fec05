package org.reportminer.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;

/** A {@link Stage} made of a name, its declared artifacts and a function; see {@link Stage#of}. */
record FunctionStage(String name, Set<Artifact> requires, Set<Artifact> provides, UnaryOperator<AnnotatedDocument> fn)
        implements Stage {

    FunctionStage {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name");
        }
        if (provides.isEmpty()) {
            throw new IllegalArgumentException("stage " + name + " provides nothing");
        }
        requires = Set.copyOf(requires);
        provides = Set.copyOf(provides);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument in) {
        return fn.apply(in);
    }

    @Override
    public String toString() {
        return name + requires + "->" + provides;
    }
}
