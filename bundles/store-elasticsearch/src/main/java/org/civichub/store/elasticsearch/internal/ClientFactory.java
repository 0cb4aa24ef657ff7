package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.civichub.store.elasticsearch.ElasticsearchSettings;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the Elasticsearch client from settings. */
final class ClientFactory {

    private ClientFactory() {
    }

    /** A client whose transport must be closed by the caller. */
    static ElasticsearchClient create(ElasticsearchSettings settings, ObjectMapper objectMapper) {
        HttpHost[] hosts = settings.urls().stream().map(u -> HttpHost.create(u.toString())).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        if (settings.username() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(settings.username(), settings.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        // Explicit no-op instrumentation: the default looks for a global OpenTelemetry on every start.
        RestClientTransport transport = new RestClientTransport(builder.build(),
                new JacksonJsonpMapper(objectMapper), null, NoopInstrumentation.INSTANCE);
        return new ElasticsearchClient(transport);
    }
}
