package org.civichub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.WebServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.civichub.connector.police.internal.PoliceAnswerException;
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
    void anAnswerWithADoctypeIsRefusedAndNoEntityIsExpandedNorAnyFileRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("hostname"), "secret-host-4711");
        String page = "<queryChangesResponse xmlns=\"urn:civichub:police:v1\"><record type=\"person\" key=\"a\""
                + " updatedAt=\"2024-01-01 10:00:00\"><field name=\"XM\">&e;</field></record>"
                + "<clock>2024-01-01 10:00:00</clock></queryChangesResponse>";
        for (String doctype : List.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>",
                "<!DOCTYPE x [<!ENTITY e \"secret-host-4711\">]>")) {
            try (CannedSoapService service = CannedSoapService.answering("<?xml version=\"1.0\"?>" + doctype
                    + CannedSoapService.ENVELOPE + page + CannedSoapService.END)) {
                PoliceClient refusing = new PoliceClient(service.url(), Duration.ofSeconds(10));

                assertThatThrownBy(() -> refusing.queryChanges("2024-01-01 07:00:00", null, 5))
                        .isInstanceOf(PoliceAnswerException.class)
                        .hasMessageContaining("refused the answer to the first page after 2024-01-01 07:00:00")
                        .hasMessageContaining("DOCTYPE")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-host-4711"));
                assertThat(service.requests()).isEqualTo(1);
            }
        }
    }

    @Test
    void escapedCharactersInAnAnswerStillReadAsSent() {
        String record = CannedSoapService.person(0, "2024-01-01 08:00:00")
                .replace("大同路0号", "大同路&amp;1号 &lt;东&gt; &#x4E00;&#20108;");
        try (CannedSoapService service = CannedSoapService.answeringPage("2024-01-01 10:00:00", record)) {
            QueryPage page = new PoliceClient(service.url(), Duration.ofSeconds(10)).queryChanges(null, null, 5);

            assertThat(page.records().get(0).field("HJDZ")).isEqualTo("大同路&1号 <东> 一二");
        }
    }

    @Test
    void aPageWithMoreRecordsThanAskedForIsRefusedWithThePageAndTheSizes() {
        try (CannedSoapService service = CannedSoapService.answeringPage("2024-01-01 10:00:00",
                CannedSoapService.person(0, "2024-01-01 08:00:00"), CannedSoapService.person(1, "2024-01-01 08:00:00"),
                CannedSoapService.person(2, "2024-01-01 08:00:01"))) {
            PoliceClient oversized = new PoliceClient(service.url(), Duration.ofSeconds(10));

            assertThatThrownBy(() -> oversized.queryChanges("2024-01-01 07:00:00", null, 2))
                    .isInstanceOf(PoliceAnswerException.class)
                    .hasMessage("refused the first page after 2024-01-01 07:00:00: it holds 3 records, "
                            + "more than the 2 asked for");
            assertThat(oversized.queryChanges("2024-01-01 07:00:00", null, 3).records()).hasSize(3);
        }
    }

    @Test
    void anUnreachableServiceFailsTheCall() {
        simulator.close();
        assertThatThrownBy(() -> new PoliceClient(simulator.soapUrl(), Duration.ofSeconds(2)).queryChanges(null, null, 2))
                .isInstanceOf(WebServiceException.class);
    }
}
