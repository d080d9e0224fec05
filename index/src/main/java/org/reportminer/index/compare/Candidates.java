package org.reportminer.index.compare;

import java.util.List;

/**
 * Candidate retrieval for {@link FindingLinker}: the ordinals of the best {@code k} findings of other reports for a
 * finding, best first. One instance per organisation block; {@link CandidateIndex} is the implementation, the tests
 * keep the former Lucene one as an oracle.
 */
interface Candidates extends AutoCloseable {

    /** The best {@code k} candidates for {@code p} from reports other than its own, best first. */
    List<Integer> candidates(FindingProfile p, int k, BlockStats stats);

    @Override
    void close();
}
