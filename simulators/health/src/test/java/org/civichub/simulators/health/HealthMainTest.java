package org.civichub.simulators.health;

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

class HealthMainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsFromTheCommandLineAndWritesTheFirstDropIntoTheGivenFolder() throws Exception {
        Path dataset = HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        Launch launch = launch("--dataset", dataset.toString(), "--drop", dir.resolve("drop").toString(),
                "--port", "0", "--clock", "2024-05-02T00:00:00");
        try (SimulatorMain.Running running = launch.running()) {
            assertThat(running).isNotNull();
            assertThat(text(out)).contains("health simulator running", "/admin");
            assertThat(dir.resolve("drop/births_20240502000000.csv")).exists();
            assertThat(dir.resolve("drop/births_20240502000000.csv.ok")).exists();
            assertThat(dir.resolve("drop/family_20240502000000.csv")).exists();
            try (var files = Files.list(dir.resolve("drop"))) {
                assertThat(files).hasSize(4);
            }
            assertThat(dir.resolve("drop-incoming")).isDirectory();
            assertThat(text(out)).contains("inbox  " + dir.resolve("drop-incoming").toAbsolutePath());
        }
    }

    @Test
    void takesTheIncomingFolderFromTheCommandLine() throws Exception {
        Path dataset = HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        Launch launch = launch("--dataset", dataset.toString(), "--drop", dir.resolve("drop").toString(),
                "--incoming", dir.resolve("from-hub").toString(), "--port", "0");
        try (HealthSimulator running = (HealthSimulator) launch.running()) {
            assertThat(running.incomingFolder()).isEqualTo(dir.resolve("from-hub"));
            assertThat(dir.resolve("from-hub")).isDirectory();
            assertThat(dir.resolve("drop-incoming")).doesNotExist();
        }
    }

    @Test
    void anIncomingFolderThatIsTheDropFolderIsACommandLineError() {
        Launch launch = launch("--dataset", dir.toString(), "--drop", dir.resolve("drop").toString(),
                "--incoming", dir.resolve("drop/.").toString(), "--port", "0");
        assertThat(launch.running()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(text(err)).contains("--incoming");
    }

    @Test
    void theHelpTextDescribesTheIncomingFolder() {
        Launch launch = launch("--help");
        assertThat(launch.exitStatus()).isZero();
        assertThat(text(out)).contains("--incoming DIR", "civichub_<sequence, 12 digits>_<event id>.json", ".ok",
                "/admin/inbox");
    }

    @Test
    void aMissingDropFolderOptionIsACommandLineError() {
        Launch launch = launch("--dataset", dir.toString(), "--port", "0");
        assertThat(launch.running()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(text(err)).contains("--drop is required");
    }

    @Test
    void aBadXlsxRateIsACommandLineError() {
        Launch launch = launch("--dataset", dir.toString(), "--drop", dir.toString(), "--xlsx-every", "0");
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(text(err)).contains("--xlsx-every");
    }

    private Launch launch(String... args) {
        return SimulatorMain.launch("health", HealthMain.USAGE, HealthMain.OPTIONS, args, HealthMain::start,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
