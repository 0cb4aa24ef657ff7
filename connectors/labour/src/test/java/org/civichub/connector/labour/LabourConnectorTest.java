package org.civichub.connector.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civichub.connector.api.Watermarks;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class LabourConnectorTest {

    private static final Watermarks NONE = id -> Optional.empty();

    private static LabourConnector.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(LabourConnector.Config.class);
    }

    @Test
    void anEmptyConfigurationGivesTheDefaultInstance() {
        LabourConnector.Config c = config(Map.of());
        LabourConnector connector = new LabourConnector(c, NONE);

        assertThat(LabourConnector.settings(c)).isEqualTo(new LabourSettings("labour-default", "", "JY_DJ", "SB_CB", 500,
                Duration.ofSeconds(60), Duration.ofSeconds(60), 3, Duration.ofSeconds(120)));
        assertThat(c.dataSource_target()).isEqualTo("(dataSourceName=labour)");
        assertThat(connector.id()).isEqualTo("labour-default");
        assertThat(connector.department()).isEqualTo("labour");
        assertThat(connector.recordTypes()).containsExactly("jy_dj", "sb_cb");
        assertThat(connector.syncEndpoint()).startsWith("seda:labour-default-sync");
        assertThat(connector.routes()).isNotNull();
        assertThat(connector.mapper()).isNotNull();
    }

    @Test
    void theConfigurationNamesTheDataSourceTheTablesAndThePace() {
        Map<String, Object> p = new HashMap<>();
        p.put("id", "labour-district2");
        p.put("dataSource.target", "(dataSourceName=labour2)");
        p.put("tablePrefix", "EXCH.");
        p.put("jyDjTable", "V_JY_DJ");
        p.put("pageSize", "1000");
        p.put("pollIntervalSeconds", "0");
        p.put("circuitAfter", "0");
        LabourConnector.Config c = config(p);

        LabourSettings s = LabourConnector.settings(c);

        assertThat(c.dataSource_target()).isEqualTo("(dataSourceName=labour2)");
        assertThat(s.id()).isEqualTo("labour-district2");
        assertThat(s.tablePrefix()).isEqualTo("EXCH.");
        assertThat(s.jyDjTable()).isEqualTo("V_JY_DJ");
        assertThat(s.sbCbTable()).isEqualTo("SB_CB");
        assertThat(s.pageSize()).isEqualTo(1000);
        assertThat(s.sync().pollInterval()).isZero();
        assertThat(s.sync().circuitAfter()).isZero();
        assertThat(s.sync().retries()).as("a failed read is not retried within a run").isZero();
    }

    @Test
    void aBadConfigurationIsRefusedSayingWhy() {
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("tablePrefix", "x; DROP TABLE y; --"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a table name");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("sbCbTable", "\"SB_CB\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a table name");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("pageSize", "0"))))
                .hasMessageContaining("pageSize must be between 1 and 5000");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("pageSize", "5001"))))
                .hasMessageContaining("pageSize must be between 1 and 5000");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("queryTimeoutSeconds", "0"))))
                .hasMessageContaining("queryTimeout must be positive");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("id", "Labour Default"))))
                .hasMessageContaining("id must be lower-case letters, digits and dashes");
        assertThatThrownBy(() -> LabourConnector.settings(config(Map.of("circuitAfter", "-1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
