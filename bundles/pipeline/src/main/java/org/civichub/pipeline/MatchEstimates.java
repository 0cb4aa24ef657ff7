package org.civichub.pipeline;

import java.util.Optional;
import org.civichub.resolver.Estimate;
import org.civichub.resolver.MatchModel;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The match model the resolver runs with, and what the hub's own candidate pairs say about it: the
 * resolver keeps a uniform sample of the comparison vectors of the pairs it scored since the hub
 * started, and {@link #estimate()} runs {@link org.civichub.resolver.Em EM} on them. The pairs are
 * those blocking found for persons no valid ID number placed, so they are the hard cases, where the
 * weights decide.
 */
@ProviderType
public interface MatchEstimates {

    /** The fewest sampled pairs an estimate is made from. */
    int MIN_PAIRS = 1_000;

    /** The model of {@code etc/org.civichub.resolver.cfg} (or the defaults) the resolver runs with. */
    MatchModel model();

    /** How many candidate pairs the resolver scored since the hub started. */
    long pairsScored();

    /** How many of them the sample keeps. */
    int pairsSampled();

    /** EM on the sampled pairs from the model's m and u; empty with fewer than {@link #MIN_PAIRS} pairs. */
    Optional<Estimate> estimate();
}
