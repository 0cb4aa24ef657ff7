package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLinesTest {

    @Test
    void printsTheFindingCountsAndTheEstimatedWeightsBesideTheConfiguredOnes(@TempDir Path dir) throws Exception {
        Path findings = Files.writeString(dir.resolve("f.json"),
                "{\"counts\":{\"idNumber:id.checkCharacter\":44,\"resident:mergeProposed\":3},\"items\":[]}");
        Path estimate = Files.writeString(dir.resolve("e.json"), "{\"pairsScored\":5000,\"pairsSampled\":5000,"
                + "\"proportion\":0.2512,\"iterations\":31,\"converged\":true,\"comparators\":[{\"name\":\"id\","
                + "\"levels\":[{\"level\":\"exact\",\"m\":0.9,\"u\":0.001,\"weight\":9.8136,\"configuredWeight\":10.1}]}]}");

        assertThat(print("findings", findings)).isEqualTo("findings idNumber:id.checkCharacter=44 resident:mergeProposed=3");
        assertThat(print("estimate", estimate)).isEqualTo(
                "estimate pairs=5000 sampled=5000 proportion=0.25 iterations=31 converged=true id:exact=9.81(10.10)");
    }

    @Test
    void anAnswerWithoutAnEstimateIsAnErrorSayingWhy(@TempDir Path dir) throws Exception {
        Path problem = Files.writeString(dir.resolve("p.json"), "{\"status\":409,\"detail\":\"only 12 candidate pairs\"}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReportLines.run(new String[] {"estimate", problem.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("only 12 candidate pairs");
    }

    private static String print(String kind, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ReportLines.run(new String[] {kind, file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
