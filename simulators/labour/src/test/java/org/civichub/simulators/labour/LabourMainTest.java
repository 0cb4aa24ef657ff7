package org.civichub.simulators.labour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorMain.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabourMainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsFromTheCommandLineAndAppendsTheRowsDueAtTheGivenClock() throws Exception {
        LabourDatabase database = TestPostgres.freshDatabase();
        Path dataset = LabourFixtures.writeDataset(dir, LabourFixtures.jyDj(12), LabourFixtures.sbCb(4));
        Launch launch = launch("--dataset", dataset.toString(), "--jdbc-url", database.url(), "--user", database.user(),
                "--port", "0", "--clock", "2024-05-01T09:00:00");
        try (SimulatorMain.Running running = launch.running()) {
            assertThat(running).as(text(err)).isNotNull();
            assertThat(text(out)).contains("labour simulator running", database.url(), "/admin");
            assertThat(LabourFixtures.rows(database, LabourContract.JY_DJ)).hasSize(6);
            assertThat(LabourFixtures.rows(database, LabourContract.SB_CB)).hasSize(4);
        }
    }

    @Test
    void aBadDatasetRowStopsTheStartWithFileLineAndColumn() throws Exception {
        Files.createDirectories(dir.resolve("labour"));
        Files.writeString(dir.resolve("labour/sb_cb.csv"), "CBBH,CZSJ\nCB1,2024-05-01 8:00:00\n");
        Launch launch = launch("--dataset", dir.toString(), "--port", "0");
        assertThat(launch.running()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(1);
        assertThat(text(err))
                .contains("labour: cannot start: labour/sb_cb.csv line 2, column CZSJ: '2024-05-01 8:00:00'");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithTheUrl() throws Exception {
        Path dataset = LabourFixtures.writeDataset(dir, LabourFixtures.jyDj(3), LabourFixtures.sbCb(2));
        Launch launch = launch("--dataset", dataset.toString(), "--port", "0",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/labour");
        assertThat(launch.exitStatus()).isEqualTo(1);
        assertThat(text(err))
                .contains("cannot prepare the exchange tables (jdbc:postgresql://127.0.0.1:1/labour as civichub)");
    }

    @Test
    void badOptionsAreCommandLineErrors() {
        assertThat(launch("--dataset", dir.toString(), "--jdbc-url", "jdbc:oracle:thin:@//h:1521/x").exitStatus())
                .isEqualTo(2);
        assertThat(text(err)).contains("--jdbc-url", "not a PostgreSQL JDBC URL");
        assertThat(launch("--dataset", dir.toString(), "--existing-rows", "keep").exitStatus()).isEqualTo(2);
        assertThat(text(err)).contains("--existing-rows must be resume or reset");
    }

    private Launch launch(String... args) {
        return SimulatorMain.launch("labour", LabourMain.USAGE, LabourMain.OPTIONS, args, LabourMain::start,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
