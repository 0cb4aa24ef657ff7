package org.civichub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.civichub.simulators.civil.CivilHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CivilBadRequestTest {

    @TempDir
    static Path dir;
    private static CivilSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        CivilFixtures.writeCsv(dir.resolve("civil/assistance.csv"), CivilFixtures.ASSISTANCE_COLUMNS,
                CivilFixtures.assistance(30));
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "501", "abc", "1.5"})
    void refusesALimitOutsideOneTo500(String limit) throws Exception {
        Answer answer = CivilHttp.get(simulator.apiUrl(), "assistance", CivilContract.DEFAULT_API_KEY,
                java.util.Map.of("limit", limit));

        assertProblem(answer, 400);
        assertThat(answer.body().get("detail").asText()).contains("limit");
    }

    @Test
    void servesALimitOf500() throws Exception {
        assertThat(CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 500).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "djE", "!!!", "djEKYXNzaXN0YW5jZQ"})
    void refusesACursorItDidNotIssue(String cursor) throws Exception {
        Answer answer = CivilHttp.page(simulator.apiUrl(), "assistance", null, cursor, 10);

        assertProblem(answer, 400);
        assertThat(answer.body().get("detail").asText()).contains("cursor");
    }

    @Test
    void refusesACursorOfAnotherRecordType() throws Exception {
        String cursor = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 10).nextCursor();

        assertProblem(CivilHttp.page(simulator.apiUrl(), "death", null, cursor, 10), 400);
    }

    @Test
    void refusesAnUpdatedSinceThatIsNotATime() throws Exception {
        Answer answer = CivilHttp.page(simulator.apiUrl(), "assistance", "yesterday", null, 10);

        assertProblem(answer, 400);
        assertThat(answer.body().get("detail").asText()).contains("updatedSince");
    }

    @Test
    void answers404ForAnUnknownRecordType() throws Exception {
        assertProblem(CivilHttp.page(simulator.apiUrl(), "marriage", null, null, 10), 404);
    }

    static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(CivilContract.PROBLEM_JSON);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asText()).isNotBlank();
    }
}
