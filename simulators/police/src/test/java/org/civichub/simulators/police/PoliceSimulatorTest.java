package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civichub.simulators.common.CliArgs;
import org.civichub.simulators.common.CliException;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void picksAFreePortForPortZeroAndReportsItsUrls() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(3), PoliceFixtures.floatings(0));
        try (PoliceSimulator simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir))) {
            int port = simulator.port();

            assertThat(port).isPositive();
            assertThat(simulator.soapUrl()).isEqualTo("http://127.0.0.1:" + port + "/police");
            assertThat(simulator.wsdlUrl()).isEqualTo(simulator.soapUrl() + "?wsdl");
            assertThat(simulator.adminUrl()).isEqualTo("http://127.0.0.1:" + port + "/admin");
            assertThat(simulator.urls()).containsOnlyKeys("soap", "wsdl", "admin");
        }
    }

    @Test
    void runsSideBySideWithAnotherSimulatorAndFreesItsPortOnClose() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(6), PoliceFixtures.floatings(2));
        PoliceSimulator first = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
        int firstPort = first.port();
        try (first; PoliceSimulator second = PoliceSimulator.start(PoliceSimulatorSettings.load(dir))) {
            second.setClockToEnd();

            assertThat(second.port()).isNotEqualTo(firstPort);
            assertThat(SoapHttp.query(first.soapUrl(), null, null, 100).records()).hasSize(3 + 2);
            assertThat(SoapHttp.query(second.soapUrl(), null, null, 100).records()).hasSize(6 + 2);

            first.close();

            try (ServerSocket socket = new ServerSocket(firstPort, 1, InetAddress.getByName("127.0.0.1"))) {
                assertThat(socket.getLocalPort()).isEqualTo(firstPort);
            }
            assertThat(SoapHttp.query(second.soapUrl(), null, null, 100).records()).hasSize(6 + 2);
        }
    }

    @Test
    void reportsRequestsBusyAnswersAndRowCountsInAdminStatus() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(4), PoliceFixtures.floatings(1));
        try (PoliceSimulator simulator = PoliceSimulator.start(
                PoliceSimulatorSettings.load(dir).withBusyPolicy(BusyPolicy.everyNth(2)))) {
            SoapHttp.query(simulator.soapUrl(), null, null, 10);
            SoapHttp.post(simulator.soapUrl(), SoapHttp.envelope(SoapHttp.payload(null, null, "10")));

            JsonNode status = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(
                    URI.create(simulator.adminUrl() + "/status")).build(), HttpResponse.BodyHandlers.ofString()).body());

            assertThat(status.get("requests").asInt()).isEqualTo(2);
            assertThat(status.get("busyAnswers").asInt()).isEqualTo(1);
            assertThat(status.get("busyPolicy").asText()).isEqualTo("every 2 calls");
            assertThat(status.get("tables").get("police/person").asInt()).isEqualTo(4);
            assertThat(status.get("tables").get("police/floating").asInt()).isEqualTo(1);
            assertThat(status.get("clock").asText()).isEqualTo("2024-05-01T08:00:00+08:00");
        }
    }

    @Test
    void servesNothingFromADatasetWithoutPoliceFiles() throws Exception {
        try (PoliceSimulator simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir)
                .withClock(Instant.parse("2024-01-01T00:00:00Z")))) {
            SoapHttp.Page page = SoapHttp.query(simulator.soapUrl(), null, null, 10);

            assertThat(page.records()).isEmpty();
            assertThat(page.clock()).isEqualTo("2024-01-01 08:00:00");
        }
    }

    @Test
    void startsFromTheCommandLineWithItsFaultKnobs() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(9), PoliceFixtures.floatings(0));
        String[] args = {"--dataset", dir.toString(), "--port", "0", "--clock", "end", "--busy-every", "2",
                "--retry-after-millis", "5"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SimulatorMain.Launch launch = SimulatorMain.launch("police", PoliceMain.USAGE, PoliceMain.OPTIONS, args,
                PoliceMain::start, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try (PoliceSimulator simulator = (PoliceSimulator) launch.running()) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("soap   " + simulator.soapUrl())
                    .contains("wsdl   " + simulator.wsdlUrl()).contains("admin  " + simulator.adminUrl());
            assertThat(SoapHttp.query(simulator.soapUrl(), null, null, 100).records()).hasSize(9);
            SoapHttp.Fault busy = SoapHttp.fault(SoapHttp.post(simulator.soapUrl(),
                    SoapHttp.envelope(SoapHttp.payload(null, null, "10"))));
            assertThat(busy.detailText("retryAfterMillis")).isEqualTo("5");
        }
    }

    @Test
    void refusesBadFaultKnobsOnTheCommandLine() {
        assertThatThrownBy(() -> PoliceMain.busyPolicy(args("--busy-rate", "1.5"))).isInstanceOf(CliException.class)
                .hasMessageContaining("--busy-rate");
        assertThatThrownBy(() -> PoliceMain.busyPolicy(args("--busy-every", "0"))).isInstanceOf(CliException.class)
                .hasMessageContaining("--busy-every");
        assertThat(PoliceMain.busyPolicy(args("--busy-rate", "0"))).hasToString("random rate 0.0 seed 1");
        assertThat(PoliceMain.busyPolicy(args())).hasToString("random rate 0.05 seed 1");
    }

    @Test
    void refusesSettingsOutOfRange() {
        PoliceSimulatorSettings settings = PoliceSimulatorSettings.of(Dataset.of());

        assertThatThrownBy(() -> settings.withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withRetryAfterMillis(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusyPolicy.everyNth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusyPolicy.randomly(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CliArgs args(String... args) {
        return CliArgs.parse(args, PoliceMain.OPTIONS);
    }
}
