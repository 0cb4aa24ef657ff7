package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictQualityTest {

    @Test
    void printsTheConflictsFoundNextToTheContradictionsPlanted(@TempDir Path dir) throws Exception {
        Path flaws = Files.writeString(dir.resolve("flaws.csv"),
                "flaw,eligible,applied\nDEATH_NOT_IN_POLICE,40,9\nLABOUR_BIRTH_DATE_CONFLICT,900,11\n");
        Path json = Files.writeString(dir.resolve("conflicts.json"), "{\"counts\":[{\"kind\":\"status\","
                + "\"departments\":\"civil/police\",\"residents\":8}],\"total\":8,\"items\":[]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ConflictQuality.run(new String[] {flaws.toString(), json.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("conflicts status:civil/police=8 planted "
                + "DEATH_NOT_IN_POLICE=9(status:civil/police) MARITAL_STATUS_CONFLICT=0(marital:health/police) "
                + "LABOUR_BIRTH_DATE_CONFLICT=11(birthDate:labour/police) ADDRESS_CHANGE=0(address)");
    }

    @Test
    void aMalformedFlawsFileIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path flaws = Files.writeString(dir.resolve("flaws.csv"), "flaw,eligible,applied\nDEATH_NOT_IN_POLICE;9\n");
        Path json = Files.writeString(dir.resolve("c.json"), "{}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ConflictQuality.run(new String[] {flaws.toString(), json.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DEATH_NOT_IN_POLICE;9");
    }
}
