package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Optional;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.store.RawRecords;
import org.civichub.store.elasticsearch.internal.document.RawDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads raw record versions by record key and version. A search: it sees a record about a second
 * after it was written (after the next refresh).
 */
@Component(service = RawRecords.class)
public final class RawReader implements RawRecords {

    private final Connection connection;

    @Activate
    public RawReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<SourceRecord> get(String recordKey, String sourceVersion) {
        SearchResponse<RawDocument> response = connection.call("read a raw record", client -> client.search(s -> s
                .index(connection.alias(IndexKind.RAW))
                .query(q -> q.bool(b -> b.filter(List.of(
                        QueryBuilders.term(t -> t.field("recordKey").value(recordKey)),
                        QueryBuilders.term(t -> t.field("sourceVersion").value(sourceVersion))))))
                .size(1), RawDocument.class));
        return response.hits().hits().stream().map(Hit::source).findFirst().map(RawReader::record);
    }

    private static SourceRecord record(RawDocument d) {
        return new SourceRecord(new SourceKey(d.department(), d.recordType(), d.sourceId()), d.sourceVersion(),
                d.updatedAt(), d.fetchedAt(), d.payload());
    }
}
