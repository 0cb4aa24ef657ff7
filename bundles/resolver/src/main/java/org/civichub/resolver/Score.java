package org.civichub.resolver;

import java.util.List;

/**
 * The Fellegi–Sunter score of a pair of identities: the sum of the weights of what each comparator saw, the
 * decision the thresholds make of it, and the evidence of every comparator in configuration order.
 *
 * @param total    the sum of the evidence weights
 * @param decision the decision the model's thresholds make of {@code total}
 * @param evidence one entry per configured comparator
 */
public record Score(double total, Decision decision, List<Evidence> evidence) {

    public Score {
        evidence = List.copyOf(evidence);
    }
}
