package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.civichub.store.elasticsearch.ElasticsearchSettings;

/**
 * Creates the index templates and, for each kind whose alias does not exist yet, its current
 * versioned index with the alias. Idempotent and safe when several hub nodes start at once: an index
 * created concurrently by another node counts as created.
 */
final class IndexSetup {

    private static final long TEMPLATE_PRIORITY = 200;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ElasticsearchSettings settings;
    private volatile boolean done;

    IndexSetup(ElasticsearchClient client, IndexNames names, ElasticsearchSettings settings) {
        this.client = client;
        this.names = names;
        this.settings = settings;
    }

    void ensure() {
        if (done) {
            return;
        }
        synchronized (this) {
            if (done) {
                return;
            }
            try {
                for (IndexKind kind : IndexKind.values()) {
                    putTemplate(kind);
                    createIndex(kind);
                }
            } catch (IOException | ElasticsearchException e) {
                throw Connection.unavailable("set up the indices of '" + names.prefix() + "'", e);
            }
            done = true;
        }
    }

    private void putTemplate(IndexKind kind) throws IOException {
        JsonpMapper mapper = client._jsonpMapper();
        try (InputStream in = kind.mapping(); JsonParser mapping = mapper.jsonProvider().createParser(in)) {
            client.indices().putIndexTemplate(t -> t
                    .name(names.template(kind))
                    .indexPatterns(names.pattern(kind))
                    .priority(TEMPLATE_PRIORITY)
                    .version((long) kind.version())
                    .meta(Map.of("owner", JsonData.of("civichub")))
                    .template(body -> body
                            .settings(s -> s
                                    .numberOfShards(String.valueOf(shards(kind)))
                                    .numberOfReplicas(String.valueOf(settings.numberOfReplicas())))
                            .mappings(m -> m.withJson(mapping, mapper))));
        }
    }

    /**
     * The shards of a kind's index: the configured number, but one for the outbox, whose readers
     * rely on an event being visible only after every event written before it.
     */
    private int shards(IndexKind kind) {
        return kind == IndexKind.CHANGES ? 1 : settings.numberOfShards();
    }

    /**
     * Adds the fields the mapping gained since the index was created (a field is only ever added
     * within a version; anything else needs a new version).
     */
    private void addNewFields(IndexKind kind, String alias) throws IOException {
        JsonpMapper mapper = client._jsonpMapper();
        try (InputStream in = kind.mapping(); JsonParser mapping = mapper.jsonProvider().createParser(in)) {
            client.indices().putMapping(m -> m.index(alias).withJson(mapping, mapper));
        }
    }

    private void createIndex(IndexKind kind) throws IOException {
        String alias = names.alias(kind);
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            addNewFields(kind, alias);
            return;
        }
        try {
            client.indices().create(c -> c.index(names.index(kind)).aliases(alias, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
