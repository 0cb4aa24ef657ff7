package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.Optional;
import java.util.Set;
import org.civichub.store.WriteFailure;

/** Turns the result of one bulk item into a {@link WriteFailure}, or nothing when it was written. */
final class BulkFailures {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Errors about the cluster or the index, not the document: the same document may succeed later. */
    private static final Set<String> RETRYABLE_TYPES = Set.of(
            "es_rejected_execution_exception", "circuit_breaking_exception", "index_not_found_exception",
            "cluster_block_exception", "unavailable_shards_exception", "no_shard_available_action_exception",
            "node_closed_exception", "process_cluster_event_timeout_exception");

    private BulkFailures() {
    }

    static Optional<WriteFailure> of(BulkItem item, BulkResponseItem result) {
        ErrorCause error = result.error();
        if (error == null) {
            return Optional.empty();
        }
        int status = result.status();
        if (item.conflictIsFine() && status == 409 && VERSION_CONFLICT.equals(error.type())) {
            return Optional.empty();
        }
        boolean retryable = status == 429 || status >= 500 || RETRYABLE_TYPES.contains(error.type());
        return Optional.of(new WriteFailure(item.kind(), item.id(), status, describe(error), retryable));
    }

    /** Elasticsearch quotes the offending value in its reasons, which can be huge: keep their start. */
    private static final int MAX_REASON = 300;

    private static String describe(ErrorCause error) {
        String reason = error.type() + ": " + shortened(error.reason());
        ErrorCause cause = error.causedBy();
        return cause == null ? reason : reason + " (caused by " + cause.type() + ": " + shortened(cause.reason()) + ")";
    }

    private static String shortened(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "...";
    }
}
