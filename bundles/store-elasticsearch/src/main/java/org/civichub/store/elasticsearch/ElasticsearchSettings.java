package org.civichub.store.elasticsearch;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validated, immutable settings of the Elasticsearch store. Blank credentials mean "none"; the
 * password and API key never appear in {@link #toString()}.
 *
 * @param urls        the HTTP URLs of one or more nodes of one cluster
 * @param indexPrefix the first part of every index, alias and template name (lower case)
 * @param bulkSize    the most documents sent in one {@code _bulk} request
 * @param refresh     whether writes wait for a refresh (tests) or not (production)
 */
public record ElasticsearchSettings(
        List<URI> urls,
        String username,
        String password,
        String apiKey,
        String indexPrefix,
        int numberOfShards,
        int numberOfReplicas,
        int bulkSize,
        Refresh refresh) {

    /** When written documents become visible to searches. */
    public enum Refresh {
        FALSE, WAIT_FOR, TRUE;

        static Refresh parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    public ElasticsearchSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        for (URI u : urls) {
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL with a host: " + u);
            }
        }
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_.-]{0,100}")) {
            throw new IllegalArgumentException("an index prefix is lower-case letters, digits, '_', '.' or '-': "
                    + indexPrefix);
        }
        if (numberOfShards < 1 || numberOfReplicas < 0 || bulkSize < 1) {
            throw new IllegalArgumentException("shards and bulk size must be at least 1, replicas at least 0");
        }
        Objects.requireNonNull(refresh, "refresh");
    }

    /** Settings from a configuration. */
    public static ElasticsearchSettings from(ElasticsearchStoreConfig c) {
        return new ElasticsearchSettings(parseUrls(c.url()), c.username(), c.password(), c.apiKey(),
                c.indexPrefix(), c.numberOfShards(), c.numberOfReplicas(), c.bulkSize(), Refresh.parse(c.refresh()));
    }

    /** The settings of an empty configuration, taken from the defaults of {@link ElasticsearchStoreConfig}. */
    public static ElasticsearchSettings defaults() {
        ElasticsearchStoreConfig config = (ElasticsearchStoreConfig) Proxy.newProxyInstance(
                ElasticsearchStoreConfig.class.getClassLoader(), new Class<?>[] {ElasticsearchStoreConfig.class},
                (proxy, method, args) -> method.getDefaultValue());
        return from(config);
    }

    /** These settings with other node URLs (comma-separated). */
    public ElasticsearchSettings withUrls(String commaSeparatedUrls) {
        return new ElasticsearchSettings(parseUrls(commaSeparatedUrls), username, password, apiKey,
                indexPrefix, numberOfShards, numberOfReplicas, bulkSize, refresh);
    }

    public ElasticsearchSettings withIndexPrefix(String prefix) {
        return new ElasticsearchSettings(urls, username, password, apiKey,
                prefix, numberOfShards, numberOfReplicas, bulkSize, refresh);
    }

    public ElasticsearchSettings withRefresh(Refresh r) {
        return new ElasticsearchSettings(urls, username, password, apiKey,
                indexPrefix, numberOfShards, numberOfReplicas, bulkSize, r);
    }

    public ElasticsearchSettings withBulkSize(int size) {
        return new ElasticsearchSettings(urls, username, password, apiKey,
                indexPrefix, numberOfShards, numberOfReplicas, size, refresh);
    }

    @Override
    public String toString() {
        return "ElasticsearchSettings[urls=" + urls + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", indexPrefix=" + indexPrefix + ", numberOfShards=" + numberOfShards
                + ", numberOfReplicas=" + numberOfReplicas + ", bulkSize=" + bulkSize + ", refresh=" + refresh + "]";
    }

    private static List<URI> parseUrls(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(URI::create).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
