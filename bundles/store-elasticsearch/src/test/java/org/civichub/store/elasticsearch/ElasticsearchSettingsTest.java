package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class ElasticsearchSettingsTest {

    private static ElasticsearchStoreConfig config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(ElasticsearchStoreConfig.class);
    }

    @Test
    void anEmptyConfigurationGivesTheAnnotationDefaults() {
        ElasticsearchSettings s = ElasticsearchSettings.from(config(Map.of()));

        assertThat(s).isEqualTo(ElasticsearchSettings.defaults());
        assertThat(s.urls()).containsExactly(URI.create("http://127.0.0.1:9200"));
        assertThat(s.indexPrefix()).isEqualTo("civichub");
        assertThat(s.numberOfShards()).isEqualTo(1);
        assertThat(s.numberOfReplicas()).isZero();
        assertThat(s.refresh()).isEqualTo(ElasticsearchSettings.Refresh.FALSE);
        assertThat(s.username()).isNull();
        assertThat(s.apiKey()).isNull();
    }

    @Test
    void aClusterIsAListOfUrlsWithCredentials() {
        ElasticsearchSettings s = ElasticsearchSettings.from(config(Map.of(
                "url", "https://es1:9200, https://es2:9200", "username", "hub", "password", "secret",
                "indexPrefix", "prod", "numberOfReplicas", "1", "refresh", "wait_for")));

        assertThat(s.urls()).containsExactly(URI.create("https://es1:9200"), URI.create("https://es2:9200"));
        assertThat(s.username()).isEqualTo("hub");
        assertThat(s.numberOfReplicas()).isEqualTo(1);
        assertThat(s.refresh()).isEqualTo(ElasticsearchSettings.Refresh.WAIT_FOR);
    }

    @Test
    void secretsNeverAppearInToString() {
        ElasticsearchSettings s = ElasticsearchSettings.from(config(Map.of("password", "secret", "apiKey", "key123")));

        assertThat(s.toString()).doesNotContain("secret", "key123").contains("password=***", "apiKey=***");
    }

    @Test
    void invalidSettingsAreRejected() {
        ElasticsearchSettings d = ElasticsearchSettings.defaults();
        assertThatThrownBy(() -> d.withIndexPrefix("Civic Hub")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withUrls("ftp://x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withUrls(" , ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withBulkSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
