package org.civichub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.WebServiceException;
import java.nio.file.Path;
import java.time.Duration;
import org.civichub.connector.police.internal.PoliceClient;
import org.civichub.connector.police.internal.PoliceFaultException;
import org.civichub.connector.police.internal.QueryPage;
import org.civichub.connector.police.internal.ServiceBusyException;
import org.civichub.simulators.police.BusyPolicy;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceClientTest {

    @TempDir
    Path dir;

    private PoliceSimulator simulator;
    private PoliceClient client;

    @BeforeEach
    void start() {
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(PoliceDatasets.write(dir, PoliceDatasets.rows(3))));
        simulator.setClockToEnd();
        client = new PoliceClient(simulator.soapUrl(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void readsRecordsExactlyAsSentWithTheirKeyAndVersion() {
        QueryPage page = client.queryChanges(null, null, 2);

        assertThat(page.records()).hasSize(2);
        assertThat(page.isLast()).isFalse();
        assertThat(page.records().get(0).key().recordKey()).isEqualTo("police/person/" + PoliceDatasets.idNumber(0));
        assertThat(page.records().get(0).sourceVersion()).isEqualTo(PoliceDatasets.time(0));
        assertThat(page.records().get(0).field("HJDZ")).isEqualTo("大同路0号");
        assertThat(client.queryChanges(null, page.nextPageToken(), 2).isLast()).isTrue();
    }

    @Test
    void aBusyServiceIsASignalToRetry() {
        simulator.setBusyPolicy(BusyPolicy.always());
        assertThatThrownBy(() -> client.queryChanges(null, null, 2)).isInstanceOf(ServiceBusyException.class);
    }

    @Test
    void aRefusedRequestSaysWhy() {
        assertThatThrownBy(() -> client.queryChanges(null, "not-a-token", 2))
                .isInstanceOf(PoliceFaultException.class).hasMessageContaining("INVALID_TOKEN");
    }

    @Test
    void anUnreachableServiceFailsTheCall() {
        simulator.close();
        assertThatThrownBy(() -> new PoliceClient(simulator.soapUrl(), Duration.ofSeconds(2)).queryChanges(null, null, 2))
                .isInstanceOf(WebServiceException.class);
    }
}
