package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import org.elasticsearch.client.ResponseException;

/**
 * A compare-and-set write of one document: created only if its id is free, or replaced only if it is
 * unchanged since it was read ({@code if_seq_no} and {@code if_primary_term}). Of two writers racing,
 * Elasticsearch's primary shard lets one through; the other learns it lost. (The client reports the
 * conflict as an {@link ElasticsearchException} or, for some requests, as the low-level
 * {@link ResponseException}.)
 */
final class ConditionalWrite {

    private static final int CONFLICT = 409;

    private ConditionalWrite() {
    }

    /**
     * Writes the document if the stored one is still {@code as} read ({@code null}: if there is none).
     *
     * @return whether it was written; false when another writer came first
     */
    static <T> boolean write(Connection connection, String action, IndexKind kind, String id, T document,
                             GetResponse<T> as) {
        return connection.call(action, client -> {
            IndexRequest.Builder<T> b = new IndexRequest.Builder<T>()
                    .index(connection.alias(kind)).id(id).document(document).refresh(Refresh.False).requireAlias(true);
            if (as == null) {
                b.opType(OpType.Create);
            } else {
                b.ifSeqNo(as.seqNo()).ifPrimaryTerm(as.primaryTerm());
            }
            try {
                client.index(b.build());
                return true;
            } catch (ElasticsearchException e) {
                if (e.status() == CONFLICT) {
                    return false;
                }
                throw e;
            } catch (ResponseException e) {
                if (e.getResponse().getStatusLine().getStatusCode() == CONFLICT) {
                    return false;
                }
                throw e;
            }
        });
    }
}
