package org.civichub.connector.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.civichub.connector.kit.SyncSettings;
import org.civichub.simulators.civil.CivilContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.util.converter.Converters;

class CivilConnectorTest {

    private static final String KEY = "s3cret-civil-key";

    private static CivilConnector.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(CivilConnector.Config.class);
    }

    private static CivilSettings settings(String baseUrl, int pageSize) {
        return new CivilSettings("civil-x", CivilSettings.url(baseUrl), KEY, pageSize, Duration.ZERO, 1,
                Duration.ofMillis(1), Duration.ofMillis(1), 3, Duration.ofMinutes(1), Duration.ofSeconds(1));
    }

    @Test
    void theDefaultsReachTheSimulatorWithItsDemoKey() {
        CivilSettings s = CivilConnector.settings(config(Map.of()));

        assertThat(s.id()).isEqualTo("civil-default");
        assertThat(s.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8303"));
        assertThat(s.apiKey()).isEqualTo(CivilContract.DEFAULT_API_KEY);
        assertThat(s.pageSize()).isEqualTo(200).isLessThanOrEqualTo(CivilContract.MAX_LIMIT);
        assertThat(s.sync()).isEqualTo(new SyncSettings("civil-default", Duration.ofSeconds(60), 8,
                Duration.ofMillis(200), Duration.ofSeconds(10), 3, Duration.ofMinutes(2)));
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsEveryKeyOfTheConfigurationWithTheApiKeyAsAPrivateProperty() {
        CivilSettings s = CivilConnector.settings(config(Map.ofEntries(
                Map.entry("id", "civil-east"), Map.entry("baseUrl", " https://mz.example.gov.cn/gateway/ "),
                Map.entry(".apiKey", KEY), Map.entry("pageSize", "500"), Map.entry("pollIntervalSeconds", "0"),
                Map.entry("retries", "2"), Map.entry("retryDelayMillis", "50"), Map.entry("maxRetryDelayMillis", "400"),
                Map.entry("circuitAfterFailedRuns", "5"), Map.entry("circuitOpenSeconds", "30"),
                Map.entry("timeoutSeconds", "7"))));

        assertThat(s.baseUrl()).isEqualTo(URI.create("https://mz.example.gov.cn/gateway/"));
        assertThat(s.apiKey()).isEqualTo(KEY);
        assertThat(s.pageSize()).isEqualTo(500);
        assertThat(s.sync()).isEqualTo(new SyncSettings("civil-east", Duration.ZERO, 2, Duration.ofMillis(50),
                Duration.ofMillis(400), 5, Duration.ofSeconds(30)));
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void theConnectorIsTheCivilDepartmentWithItsFourRecordTypes() {
        CivilConnector c = new CivilConnector(config(Map.of("id", "civil-east")), id -> Optional.empty());

        assertThat(c.id()).isEqualTo("civil-east");
        assertThat(c.department()).isEqualTo("civil");
        assertThat(c.recordTypes()).containsExactly("assistance", "disability", "death", "elderly");
        assertThat(c.syncEndpoint()).isEqualTo("seda:civil-east-sync?size=1&discardWhenFull=true");
        assertThat(c.routes()).isNotNull();
        assertThat(c.mapper()).isNotNull();
    }

    @Test
    void theSettingsNeverShowTheKey() {
        assertThat(settings("http://127.0.0.1:8303", 200).toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 501})
    void aPageSizeOutsideTheServicesLimitsIsRefused(int pageSize) {
        assertThatThrownBy(() -> settings("http://127.0.0.1:8303", pageSize))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize")
                .hasMessageNotContaining(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/x", "127.0.0.1:8303", "http:///x", "http://user@127.0.0.1",
            "http://127.0.0.1/?a=1", "http://127.0.0.1/#x", "http://exa mple"})
    void aBaseUrlThatIsNoPlainHttpUrlIsRefused(String url) {
        assertThatThrownBy(() -> settings(url, 200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl").hasMessageNotContaining(KEY);
    }

    @Test
    void anEmptyKeyOrABadIdIsRefused() {
        assertThatThrownBy(() -> new CivilSettings("civil-x", URI.create("http://h"), " ", 1, Duration.ZERO, 0,
                Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("apiKey must not be empty");
        assertThatThrownBy(() -> new CivilSettings("Civil X", URI.create("http://h"), KEY, 1, Duration.ZERO, 0,
                Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("id must be").hasMessageNotContaining(KEY);
    }
}
