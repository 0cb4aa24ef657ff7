package org.civichub.rest.internal.fakes;

import java.util.Optional;
import org.civichub.pipeline.MatchEstimates;
import org.civichub.resolver.Estimate;
import org.civichub.resolver.MatchModel;

/** The default model, and whatever estimate a test puts in {@link #estimate}. */
public final class FakeMatchEstimates implements MatchEstimates {

    public volatile Estimate estimate;
    public volatile long scored;

    @Override
    public MatchModel model() {
        return MatchModel.defaults();
    }

    @Override
    public long pairsScored() {
        return scored;
    }

    @Override
    public int pairsSampled() {
        return (int) Math.min(scored, 200_000);
    }

    @Override
    public Optional<Estimate> estimate() {
        return Optional.ofNullable(estimate);
    }
}
