package org.civichub.store.elasticsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.util.Optional;
import org.civichub.store.WriteFailure;
import org.junit.jupiter.api.Test;

class BulkFailuresTest {

    private static final BulkItem RAW = new BulkItem("raw", "id1", true,
            BulkOperation.of(b -> b.create(c -> c.index("x").id("id1").document("{}"))));
    private static final BulkItem RESIDENT = new BulkItem("resident", "r1", false,
            BulkOperation.of(b -> b.index(c -> c.index("x").id("r1").document("{}"))));

    private static BulkResponseItem result(int status, String errorType) {
        return BulkResponseItem.of(b -> {
            b.operationType(OperationType.Index).index("x").status(status);
            if (errorType != null) {
                b.error(e -> e.type(errorType).reason("because"));
            }
            return b;
        });
    }

    @Test
    void aWrittenItemIsNoFailure() {
        assertThat(BulkFailures.of(RESIDENT, result(201, null))).isEmpty();
    }

    @Test
    void aRawRecordVersionStoredBeforeIsNoFailure() {
        assertThat(BulkFailures.of(RAW, result(409, "version_conflict_engine_exception"))).isEmpty();
    }

    @Test
    void aConflictOnAReplacedDocumentIsAFailure() {
        assertThat(BulkFailures.of(RESIDENT, result(409, "version_conflict_engine_exception"))).isPresent();
    }

    @Test
    void overloadAndUnavailabilityAreRetryable() {
        assertThat(BulkFailures.of(RESIDENT, result(429, "es_rejected_execution_exception")))
                .get().extracting(WriteFailure::retryable).isEqualTo(true);
        assertThat(BulkFailures.of(RESIDENT, result(503, "unavailable_shards_exception")))
                .get().extracting(WriteFailure::retryable).isEqualTo(true);
        assertThat(BulkFailures.of(RESIDENT, result(404, "index_not_found_exception")))
                .get().extracting(WriteFailure::retryable).isEqualTo(true);
    }

    @Test
    void aRejectedDocumentIsNotRetryableAndNamesKindIdStatusAndReason() {
        Optional<WriteFailure> f = BulkFailures.of(RAW, result(400, "document_parsing_exception"));

        assertThat(f).contains(new WriteFailure("raw", "id1", 400, "document_parsing_exception: because", false));
    }
}
