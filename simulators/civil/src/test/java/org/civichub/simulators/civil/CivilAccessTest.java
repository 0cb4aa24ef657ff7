package org.civichub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.civichub.simulators.civil.CivilHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivilAccessTest {

    @TempDir
    Path dir;
    private CivilSimulatorSettings settings;

    @BeforeEach
    void writeDataset() throws Exception {
        CivilFixtures.writeCsv(dir.resolve("civil/assistance.csv"), CivilFixtures.ASSISTANCE_COLUMNS,
                CivilFixtures.assistance(30));
        settings = CivilSimulatorSettings.load(dir);
    }

    @Test
    void answers401WithoutTheKeyOrWithAWrongOne() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings.withApiKey("s3cret"))) {
            Answer missing = CivilHttp.get(simulator.apiUrl(), "assistance", null, Map.of());
            Answer wrong = CivilHttp.get(simulator.apiUrl(), "assistance", CivilContract.DEFAULT_API_KEY, Map.of());
            Answer right = CivilHttp.get(simulator.apiUrl(), "assistance", "s3cret", Map.of());

            CivilBadRequestTest.assertProblem(missing, 401);
            CivilBadRequestTest.assertProblem(wrong, 401);
            assertThat(wrong.raw().body()).doesNotContain(CivilContract.DEFAULT_API_KEY).doesNotContain("s3cret");
            assertThat(right.status()).isEqualTo(200);
        }
    }

    @Test
    void answers429WithRetryAfterWhenCalledTooFastAndServesAgainInTheNextSecond() throws Exception {
        AtomicLong millis = new AtomicLong(1_000_000_250);
        try (CivilSimulator simulator = CivilSimulator.start(settings.withRateLimit(3, millis::get))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5).status());
            }
            Answer throttled = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5);
            millis.addAndGet(Long.parseLong(throttled.header("Retry-After")) * 1000);
            Answer recovered = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5);

            assertThat(statuses).containsOnly(200);
            CivilBadRequestTest.assertProblem(throttled, 429);
            assertThat(throttled.header("Retry-After")).isEqualTo("1");
            assertThat(recovered.status()).isEqualTo(200);
            assertThat(simulator.throttledCount()).isEqualTo(1);
        }
    }

    @Test
    void theRateLimitRecoversOnTheWallClockAfterRetryAfter() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings.withRateLimit(1, System::currentTimeMillis))) {
            Answer last = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5);
            for (int i = 0; i < 5 && last.status() == 200; i++) {
                last = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5);
            }
            assertThat(last.status()).isEqualTo(429);

            Duration retryAfter = Duration.ofSeconds(Long.parseLong(last.header("Retry-After")));

            // First asked again once the wait it named is over, then once a second, within the limit.
            await().pollDelay(retryAfter).pollInterval(Duration.ofSeconds(1)).atMost(retryAfter.plusSeconds(10))
                    .until(() -> CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 5).status() == 200);
        }
    }

    @Test
    void answers503WithRetryAfterAsTheSeededPolicyDecidesTheSameWayEachRun() throws Exception {
        List<Integer> firstRun = statuses(settings.withUnavailablePolicy(UnavailablePolicy.randomly(0.3, 42), 2), 40);
        List<Integer> secondRun = statuses(settings.withUnavailablePolicy(UnavailablePolicy.randomly(0.3, 42), 2), 40);

        assertThat(firstRun).isEqualTo(secondRun).containsOnly(200, 503).contains(200, 503);
        assertThat(firstRun.stream().filter(s -> s == 503).count()).isBetween(4L, 24L);
    }

    @Test
    void a503ConsumesNothingSoTheRetryGetsThePage() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings.withUnavailablePolicy(UnavailablePolicy.everyNth(2), 2))) {
            simulator.setClockToEnd();
            Answer served = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 10);
            Answer unavailable = CivilHttp.page(simulator.apiUrl(), "assistance", null, served.nextCursor(), 10);
            Answer retried = CivilHttp.page(simulator.apiUrl(), "assistance", null, served.nextCursor(), 10);

            CivilBadRequestTest.assertProblem(unavailable, 503);
            assertThat(unavailable.header("Retry-After")).isEqualTo("2");
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.items()).hasSize(10).doesNotContainAnyElementsOf(served.items());
            assertThat(simulator.unavailableCount()).isEqualTo(1);
        }
    }

    private List<Integer> statuses(CivilSimulatorSettings seeded, int requests) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (CivilSimulator simulator = CivilSimulator.start(seeded)) {
            for (int i = 0; i < requests; i++) {
                statuses.add(CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 1).status());
            }
        }
        return statuses;
    }
}
