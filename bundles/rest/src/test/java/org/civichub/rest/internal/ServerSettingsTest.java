package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class ServerSettingsTest {

    private static ApiServerConfig config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(ApiServerConfig.class);
    }

    @Test
    void anEmptyConfigurationServesThisMachineOnly() {
        ServerSettings s = ServerSettings.from(config(Map.of()));

        assertThat(s.address()).isEqualTo(URI.create("http://127.0.0.1:8181/api/v1"));
    }

    @Test
    void configuredValuesAreUsed() {
        ServerSettings s = ServerSettings.from(config(Map.of("host", "0.0.0.0", "port", "9090", "basePath", "/hub")));

        assertThat(s.address()).isEqualTo(URI.create("http://0.0.0.0:9090/hub"));
        assertThat(new ServerSettings("::1", 1, "/a").address()).isEqualTo(URI.create("http://[::1]:1/a"));
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 0, "/api")).hasMessageContaining("port");
        assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 8181, "api")).hasMessageContaining("basePath");
        assertThatThrownBy(() -> new ServerSettings(" ", 8181, "/api")).hasMessageContaining("host");
    }
}
