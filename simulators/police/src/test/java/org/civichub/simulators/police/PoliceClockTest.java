package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.police.SoapHttp.Page;
import org.civichub.simulators.police.SoapHttp.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceClockTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;
    private PoliceSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(30), PoliceFixtures.floatings(20));
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void servesRowsAfterTheClockOnlyOnceTheAdminApiMovesIt() throws Exception {
        Page atStart = SoapHttp.query(simulator.soapUrl(), null, null, 500);
        assertThat(atStart.clock()).isEqualTo(PoliceFixtures.time(0));
        assertThat(atStart.records()).extracting(Record::updatedAt).containsOnly(PoliceFixtures.time(0));
        assertThat(atStart.records()).hasSize(5);

        HttpResponse<String> moved = postClock("2024-05-01T08:05:00");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"clock\":\"2024-05-01T08:05:00+08:00\"");

        Page later = SoapHttp.query(simulator.soapUrl(), atStart.clock(), null, 500);
        assertThat(later.clock()).isEqualTo(PoliceFixtures.time(5));
        assertThat(later.records()).extracting(Record::updatedAt)
                .allSatisfy(t -> assertThat(t).isGreaterThan(PoliceFixtures.time(0)).isLessThanOrEqualTo(PoliceFixtures.time(5)));
        assertThat(later.records()).hasSize(5 * 3 + 5 * 2);
    }

    @Test
    void movingTheClockMidPagingDoesNotChangeTheRun() throws Exception {
        simulator.setClock(DatasetTimes.parseLocalSeconds(PoliceFixtures.time(3)));
        List<Record> unchanged = SoapHttp.records(SoapHttp.queryAll(simulator.soapUrl(), null, 500));

        Page first = SoapHttp.query(simulator.soapUrl(), null, null, 7);
        assertThat(postClock("end").statusCode()).isEqualTo(200);
        List<Record> run = new ArrayList<>(first.records());
        Page page = first;
        while (page.nextPageToken() != null) {
            page = SoapHttp.query(simulator.soapUrl(), null, page.nextPageToken(), 7);
            assertThat(page.clock()).isEqualTo(PoliceFixtures.time(3));
            run.addAll(page.records());
        }

        assertThat(run).isEqualTo(unchanged);
        assertThat(SoapHttp.query(simulator.soapUrl(), null, null, 500).records()).hasSize(50);
    }

    @Test
    void theClockOfOneRunIsTheSinceOfTheNextWithNothingLostOrRepeated() throws Exception {
        simulator.setClock(DatasetTimes.parseLocalSeconds(PoliceFixtures.time(4)));
        Page firstRun = SoapHttp.query(simulator.soapUrl(), null, null, 500);
        simulator.setClockToEnd();
        List<Record> secondRun = SoapHttp.records(SoapHttp.queryAll(simulator.soapUrl(), firstRun.clock(), 4));

        assertThat(firstRun.records().size() + secondRun.size()).isEqualTo(50);
        assertThat(secondRun).doesNotContainAnyElementsOf(firstRun.records());
    }

    private HttpResponse<String> postClock(String to) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl() + "/clock?to=" + to))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
