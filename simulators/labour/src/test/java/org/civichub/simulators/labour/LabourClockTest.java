package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civichub.simulators.labour.LabourAdminHttp.get;
import static org.civichub.simulators.labour.LabourAdminHttp.post;
import static org.civichub.simulators.labour.LabourFixtures.czsj;
import static org.civichub.simulators.labour.LabourFixtures.dueJyDj;
import static org.civichub.simulators.labour.LabourFixtures.dueSbCb;
import static org.civichub.simulators.labour.LabourFixtures.rowIds;
import static org.civichub.simulators.labour.LabourFixtures.rows;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import org.civichub.simulators.common.DatasetTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabourClockTest {

    private static final List<List<String>> JY_DJ = LabourFixtures.jyDj(30);
    private static final List<List<String>> SB_CB = LabourFixtures.sbCb(12);

    @TempDir
    Path dir;
    private LabourDatabase database;
    private LabourSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        database = TestPostgres.freshDatabase();
        LabourFixtures.writeDataset(dir, JY_DJ, SB_CB);
        simulator = LabourSimulator.start(LabourSimulatorSettings.load(dir, database));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void atStartTheTablesHoldTheRowsDueAtTheEarliestTime() throws Exception {
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(0))).hasSize(3);
        assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, czsj(0))).hasSize(2);
    }

    @Test
    void eachClockStepAppendsExactlyTheRowsDueInCzsjAndKeyOrder() throws Exception {
        for (String to : List.of("2024-05-01T09:30:00", "2024-05-01T10:00:00", "2024-05-01T10:00:00",
                "2024-05-01T14:59:59", "2024-05-01T16:00:00+08:00")) {
            HttpResponse<String> moved = post(simulator, "/clock?to=" + to);
            assertThat(moved.statusCode()).isEqualTo(200);
            String clock = DatasetTimes.formatLocalSeconds(simulator.clock());
            assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, clock));
            assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, clock));
        }
        assertThat(rows(database, LabourContract.JY_DJ)).hasSize(27);
        assertThat(rowIds(database, LabourContract.JY_DJ)).isEqualTo(LongStream.rangeClosed(1, 27).boxed().toList());
    }

    @Test
    void movingTheClockBackAppendsNothingAndForwardAgainNothingTwice() throws Exception {
        post(simulator, "/clock?to=2024-05-01T12:00:00");
        post(simulator, "/clock?to=start");
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(4)));
        post(simulator, "/clock?to=2024-05-01T11:00:00");
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(4)));
        post(simulator, "/clock?to=end");
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(999)));
        assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, czsj(999)));
    }

    @Test
    void deletionsAndUpdatesAreAppendedAsRowsOfTheirOwnAfterTheRecordsFirstRow() throws Exception {
        post(simulator, "/clock?to=end");
        List<List<String>> held = rows(database, LabourContract.JY_DJ);
        List<String> deleted = JY_DJ.get(6);
        assertThat(deleted.get(7)).isEqualTo("D");
        List<String> keys = held.stream().map(row -> row.get(0)).toList();
        assertThat(held).contains(deleted, JY_DJ.get(0));
        assertThat(keys.indexOf(deleted.get(0))).isLessThan(keys.lastIndexOf(deleted.get(0)));
        assertThat(held.get(keys.lastIndexOf(deleted.get(0)))).isEqualTo(deleted);
        assertThat(held.stream().filter(row -> row.get(7).equals("D"))).hasSize(3);
        assertThat(held.stream().filter(row -> row.get(7).equals("U"))).hasSize(7);
    }

    @Test
    void theStatusCountsTheRowsOfEachTableAndTheInbox() throws Exception {
        post(simulator, "/clock?to=2024-05-01T10:00:00");
        HttpResponse<String> status = get(simulator, "/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"tables\":{\"labour/jy_dj\":30,\"labour/sb_cb\":12}",
                "\"exchangeTables\":{\"JY_DJ\":9,\"SB_CB\":6}", "\"appendedUpTo\":\"2024-05-01T10:00:00+08:00\"",
                "\"inbox\":0");
    }
}
