package org.civichub.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Every round of a baseline and the mean document size; at least one round. */
record BaselineResult(List<RoundResult> rounds, double docBytes) {

    BaselineResult {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a baseline has at least one round");
        }
    }

    /** The fastest round of all bulk sizes. */
    RoundResult best() {
        return rounds.stream().max(Comparator.comparingDouble(RoundResult::docsPerSecond)).orElseThrow();
    }

    /** {@code bulk_docs_per_s=<best> bulk_size=<its bulk size> clients=<c> doc_bytes=<mean>}. */
    String summaryLine() {
        RoundResult best = best();
        return String.format(Locale.ROOT, "bulk_docs_per_s=%.0f bulk_size=%d clients=%d doc_bytes=%.0f",
                best.docsPerSecond(), best.bulkSize(), best.clients(), docBytes);
    }
}
