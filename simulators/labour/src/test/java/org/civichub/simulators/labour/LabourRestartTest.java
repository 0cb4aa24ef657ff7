package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civichub.simulators.labour.LabourAdminHttp.post;
import static org.civichub.simulators.labour.LabourFixtures.czsj;
import static org.civichub.simulators.labour.LabourFixtures.dueJyDj;
import static org.civichub.simulators.labour.LabourFixtures.dueSbCb;
import static org.civichub.simulators.labour.LabourFixtures.rowIds;
import static org.civichub.simulators.labour.LabourFixtures.rows;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.civichub.simulators.common.DatasetTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabourRestartTest {

    // More rows than one transaction appends, so a step takes several.
    private static final List<List<String>> JY_DJ = LabourFixtures.jyDj(2_500);
    private static final List<List<String>> SB_CB = LabourFixtures.sbCb(40);

    @TempDir
    Path dir;
    private LabourDatabase database;
    private final List<LabourSimulator> simulators = new ArrayList<>();

    @BeforeEach
    void dataset() throws Exception {
        database = TestPostgres.freshDatabase();
        LabourFixtures.writeDataset(dir, JY_DJ, SB_CB);
    }

    @AfterEach
    void stop() {
        simulators.forEach(LabourSimulator::close);
    }

    @Test
    void aRestartedSimulatorResumesWhereItLeftOffWithoutDuplicates() throws Exception {
        LabourSimulator first = start(LabourSimulatorSettings.load(dir, database));
        post(first, "/clock?to=" + czsj(500).replace(' ', 'T'));
        first.close();
        assertThat(rows(database, LabourContract.JY_DJ)).hasSize(1_503);

        LabourSimulator second = start(LabourSimulatorSettings.load(dir, database));
        assertThat(DatasetTimes.formatLocalSeconds(second.clock())).isEqualTo(czsj(500));
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(500)));
        post(second, "/clock?to=end");

        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(9_999)));
        assertThat(rowIds(database, LabourContract.JY_DJ))
                .isEqualTo(LongStream.rangeClosed(1, JY_DJ.size()).boxed().toList());
        assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, czsj(9_999)));
    }

    @Test
    void aRestartWithAnEarlierClockAppendsNothingUntilTheClockPassesWhatIsIn() throws Exception {
        LabourSimulator first = start(LabourSimulatorSettings.load(dir, database));
        post(first, "/clock?to=" + czsj(20).replace(' ', 'T'));
        first.close();

        LabourSimulator second = start(LabourSimulatorSettings.load(dir, database)
                .withClock(DatasetTimes.parseLocalSeconds(czsj(5))));
        post(second, "/clock?to=" + czsj(10).replace(' ', 'T'));
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(20)));
        post(second, "/clock?to=" + czsj(30).replace(' ', 'T'));
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(30)));
    }

    @Test
    void tablesHoldingAnotherDatasetAreRefusedUnlessReset() throws Exception {
        start(LabourSimulatorSettings.load(dir, database)).close();
        List<List<String>> other = new ArrayList<>(JY_DJ);
        other.set(0, LabourFixtures.jyDj(1).get(0).stream().map(v -> v.equals("陈0") ? "陈〇" : v).toList());
        Path otherDataset = LabourFixtures.writeDataset(dir.resolve("other"), other, SB_CB);

        assertThatThrownBy(() -> start(LabourSimulatorSettings.load(otherDataset, database)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("table JY_DJ holds the first 3 rows of another dataset")
                .hasMessageContaining("--existing-rows reset");

        start(LabourSimulatorSettings.load(otherDataset, database).withReset(true));
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(other, czsj(0)));
        assertThat(rowIds(database, LabourContract.JY_DJ)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void rowsTheSimulatorDidNotAppendAreRefused() throws Exception {
        start(LabourSimulatorSettings.load(dir, database)).close();
        LabourFixtures.execute(database, "INSERT INTO SB_CB (CBBH, CZSJ) VALUES ('CB-HAND', '2024-05-01 08:00:00')");

        assertThatThrownBy(() -> start(LabourSimulatorSettings.load(dir, database)))
                .hasMessageContaining("table SB_CB holds 3 rows, but SIM_PROGRESS records 2 appended");

        LabourFixtures.execute(database, "DELETE FROM SIM_PROGRESS");
        assertThatThrownBy(() -> start(LabourSimulatorSettings.load(dir, database)))
                .hasMessageContaining("table JY_DJ holds 3 rows that this simulator did not append");
    }

    @Test
    void aTableThatCouldNotBeAppendedToIsCompletedByTheNextStepWithoutRepeatingTheOthers() throws Exception {
        LabourSimulator simulator = start(LabourSimulatorSettings.load(dir, database));
        LabourFixtures.execute(database, "CREATE TABLE REFUSE_SB_CB (X INT)", "INSERT INTO REFUSE_SB_CB VALUES (1)",
                "CREATE FUNCTION REFUSE_ROWS() RETURNS TRIGGER AS $$ BEGIN IF EXISTS (SELECT 1 FROM REFUSE_SB_CB) "
                        + "THEN RAISE EXCEPTION 'SB_CB is closed'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER REFUSE_ROWS BEFORE INSERT ON SB_CB FOR EACH ROW EXECUTE FUNCTION REFUSE_ROWS()");

        HttpResponse<String> failed = post(simulator, "/clock?to=" + czsj(10).replace(' ', 'T'));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(10)));
        assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, czsj(0)));

        LabourFixtures.execute(database, "DELETE FROM REFUSE_SB_CB");
        post(simulator, "/clock?to=" + czsj(12).replace(' ', 'T'));
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(12)));
        assertThat(rows(database, LabourContract.SB_CB)).isEqualTo(dueSbCb(SB_CB, czsj(12)));
    }

    @Test
    void aSecondSimulatorOnTheSameTablesIsRefusedAtItsNextStep() throws Exception {
        LabourSimulator first = start(LabourSimulatorSettings.load(dir, database));
        LabourSimulator second = start(LabourSimulatorSettings.load(dir, database));
        assertThat(post(first, "/clock?to=" + czsj(3).replace(' ', 'T')).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = post(second, "/clock?to=" + czsj(4).replace(' ', 'T'));
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(rows(database, LabourContract.JY_DJ)).isEqualTo(dueJyDj(JY_DJ, czsj(3)));
    }

    private LabourSimulator start(LabourSimulatorSettings settings) {
        LabourSimulator simulator = LabourSimulator.start(settings);
        simulators.add(simulator);
        return simulator;
    }
}
