package org.civichub.connector.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civichub.connector.health.internal.HealthMapper;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class HealthConnectorTest {

    private static HealthConnector.Config config(Map<String, Object> values) {
        return Converters.standardConverter().convert(values).to(HealthConnector.Config.class);
    }

    @Test
    void theDoneAndErrorFoldersDefaultToFoldersInsideTheDropFolder() {
        HealthSettings s = HealthConnector.settings(config(Map.of("dropFolder", "/srv/exchange/health")));

        assertThat(s.id()).isEqualTo("health-default");
        assertThat(s.dropFolder()).isEqualTo(Path.of("/srv/exchange/health"));
        assertThat(s.doneFolder()).isEqualTo(Path.of("/srv/exchange/health/done"));
        assertThat(s.errorFolder()).isEqualTo(Path.of("/srv/exchange/health/error"));
        assertThat(s.pageSize()).isEqualTo(500);
        assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.sync().retries()).isZero();
        assertThat(s.syncEndpoint()).startsWith("seda:health-default-");
    }

    @Test
    void configuredFoldersAreTakenAsGiven() {
        HealthSettings s = HealthConnector.settings(config(Map.of("id", "health-2", "dropFolder", "/in",
                "doneFolder", "/archive/done", "errorFolder", "/archive/error", "pageSize", "50",
                "pollIntervalSeconds", "0")));

        assertThat(s.doneFolder()).isEqualTo(Path.of("/archive/done"));
        assertThat(s.errorFolder()).isEqualTo(Path.of("/archive/error"));
        assertThat(s.pageSize()).isEqualTo(50);
        assertThat(s.pollInterval()).isZero();
    }

    @Test
    void aConfigurationWithoutADropFolderIsRefused() {
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dropFolder is required");
    }

    @Test
    void aDoneOrErrorFolderThatIsTheDropFolderIsRefused() {
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of("dropFolder", "/in", "doneFolder", "/in/"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would be read again");
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of("dropFolder", "/in", "errorFolder", "/in/."))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be the drop folder");
    }

    @Test
    void aPageSizeOutsideOneToFiveThousandOrABadIdIsRefused() {
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of("dropFolder", "/in", "pageSize", 0))))
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of("dropFolder", "/in", "pageSize", 5001))))
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> HealthConnector.settings(config(Map.of("dropFolder", "/in", "id", "Health_1"))))
                .hasMessageContaining("id must be");
    }

    @Test
    void theConnectorPublishesItsDepartmentRecordTypesAndMapper() {
        HealthConnector c = new HealthConnector(config(Map.of("dropFolder", "/in")), id -> Optional.empty());

        assertThat(c.id()).isEqualTo("health-default");
        assertThat(c.department()).isEqualTo("health");
        assertThat(c.recordTypes()).containsExactly("births", "family");
        assertThat(c.mapper()).isInstanceOf(HealthMapper.class);
        assertThat(c.routes()).isNotNull();
    }

    @Test
    void theDefaultConfigurationNamesOnlyKnownKeysAndMatchesTheDefaults() throws Exception {
        Properties cfg = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/org.civichub.connector.health-default.cfg"))) {
            cfg.load(r);
        }
        var keys = Arrays.stream(HealthConnector.Config.class.getDeclaredMethods()).map(m -> m.getName()).toList();
        assertThat(cfg.stringPropertyNames()).allMatch(keys::contains);
        Map<String, Object> values = new HashMap<>();
        cfg.forEach((k, v) -> values.put((String) k, v));
        values.put("dropFolder", "/data/exchange/health");
        HealthSettings fromCfg = HealthConnector.settings(config(values));
        HealthSettings fromDefaults = HealthConnector.settings(config(Map.of("dropFolder", "/data/exchange/health")));
        assertThat(fromCfg).isEqualTo(fromDefaults);
    }
}
