package org.civichub.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.civichub.simulators.generator.DatasetGenerator;
import org.civichub.simulators.generator.GeneratorSettings;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in a real browser (Debian's Chromium driven by playwright-core) against the real hub
 * with police's records: the browser test of the UI's frontend ({@code bundles/ui/frontend/e2e})
 * logs in, searches by pinyin, opens a resident and sees the ID number masked, and a worker of another
 * district reaches none of those residents, by their page's URL or by search. Its screenshots are
 * kept under {@code bundles/ui/target/e2e/}.
 */
class WorkbenchIT {

    private static final String ES = HubHttp.ES;
    private static final Path FRONTEND = Path.of("../bundles/ui/frontend").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final String prefix = "civichub-ui-" + UUID.randomUUID().toString().substring(0, 8);
    private PoliceSimulator police;
    private HubProcess hub;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (police != null) {
            police.close();
        }
        HubHttp.deleteIndices(prefix);
    }

    @Test
    void aWorkerLogsInSearchesByPinyinAndOpensAResidentInABrowser() throws Exception {
        Path dataset = dir.resolve("dataset");
        new DatasetGenerator(GeneratorSettings.defaults().withPersons(300).withSeed(3)).writeTo(dataset);
        police = PoliceSimulator.start(PoliceSimulatorSettings.load(dataset));
        police.setClockToEnd();
        hub = HubProcess.unpack(Path.of("../karaf-assembly/target/assembly"), dir.resolve("hub"), ES, prefix,
                police.soapUrl(), 500);
        hub.configure("org.civichub.rest.users.cfg",
                "user." + KarafTestSupport.USER + " = " + ItPasswords.entry(KarafTestSupport.PASSWORD, "worker,operator", "350203"),
                "user.outsider = " + ItPasswords.entry(KarafTestSupport.PASSWORD, "worker", "350206"));
        hub.configure("civichub-grids.csv", Files.readAllLines(dataset.resolve("grids.csv")).toArray(String[]::new));
        hub.start();
        HubHttp web = new HubHttp(hub.restPort(), prefix);
        String base = web.root();
        Awaitility.await("the police connector").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(web.api("/connectors/police-default").GET()) == 200);
        HubHttp.send(web.api("/connectors/police-default/sync").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        Awaitility.await("residents").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> web.json(web.api("/residents?q=wang")).path("total").asLong() > 0);
        Awaitility.await("the workbench").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(HttpRequest.newBuilder(URI.create(base + "/ui/")).GET()) == 200);

        Path shots = FRONTEND.resolve("../target/e2e").normalize();
        if (Files.isDirectory(shots)) {
            try (var old = Files.list(shots)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder("node", "e2e/smoke.mjs").directory(FRONTEND.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("e2e.log").toFile());
        pb.environment().put("CIVICHUB_UI_URL", base);
        pb.environment().put("CIVICHUB_UI_USER", KarafTestSupport.USER);
        pb.environment().put("CIVICHUB_UI_PASSWORD", KarafTestSupport.PASSWORD);
        pb.environment().put("CIVICHUB_UI_QUERY", "wang");
        pb.environment().put("CIVICHUB_UI_OUTSIDER_USER", "outsider");
        pb.environment().put("CIVICHUB_UI_OUTSIDER_PASSWORD", KarafTestSupport.PASSWORD);
        Process run = pb.start();
        boolean done = run.waitFor(3, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("e2e.log"));
        assertThat(done).as("the browser test ended in time:%n%s", log).isTrue();
        assertThat(run.exitValue()).as("the browser test:%n%s", log).isZero();
        assertThat(shots.toFile().listFiles(f -> f.getName().endsWith(".png")))
                .as("screenshots").isNotEmpty();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(shots.resolve("ledger.xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("流动人口台账");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getLastRowNum()).as("residents in the ledger").isGreaterThan(2);
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(2).getStringCellValue()).as("row %d's ID number", i)
                        .matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            }
        }
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return HubHttp.send(request).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
