package org.civichub.simulators.civil;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorOptions;

/**
 * How to start a {@link CivilSimulator}.
 *
 * @param dataset the rows to serve
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param clock the clock's start, or null for the dataset's earliest update time
 * @param apiKey the one accepted {@code X-Api-Key}
 * @param requestsPerSecond requests allowed per key in each second before 429; 0 for no limit
 * @param unavailablePolicy which requests get 503
 * @param unavailableRetryAfterSeconds the {@code Retry-After} of a 503
 * @param ticker milliseconds for the rate limit: the wall clock, or a settable one in tests
 * @param webhookSecrets the Standard Webhooks secrets ({@code whsec_...}) the inbound webhook accepts
 *                       signatures of; none: no inbound webhook
 */
public record CivilSimulatorSettings(Dataset dataset, String host, int port, Instant clock, String apiKey,
                                     int requestsPerSecond, UnavailablePolicy unavailablePolicy,
                                     long unavailableRetryAfterSeconds, LongSupplier ticker,
                                     List<String> webhookSecrets) {

    public static final int DEFAULT_REQUESTS_PER_SECOND = 20;
    public static final double DEFAULT_UNAVAILABLE_RATE = 0.01;
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 1;

    public CivilSimulatorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(unavailablePolicy, "unavailablePolicy");
        Objects.requireNonNull(ticker, "ticker");
        webhookSecrets = webhookSecrets == null ? List.of() : List.copyOf(webhookSecrets);
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must be >= 0, not " + requestsPerSecond);
        }
        if (unavailableRetryAfterSeconds < 0) {
            throw new IllegalArgumentException("unavailableRetryAfterSeconds must be >= 0");
        }
    }

    /**
     * Defaults for tests: 127.0.0.1, a free port, clock at the earliest row, the default key, no rate
     * limit, never unavailable, the wall clock as ticker.
     */
    public static CivilSimulatorSettings of(Dataset dataset) {
        return new CivilSimulatorSettings(dataset, SimulatorOptions.DEFAULT_HOST, 0, null,
                CivilContract.DEFAULT_API_KEY, 0, UnavailablePolicy.never(), DEFAULT_RETRY_AFTER_SECONDS,
                System::currentTimeMillis, List.of());
    }

    /** {@link #of(Dataset)} for the civil tables of a dataset directory. */
    public static CivilSimulatorSettings load(Path datasetDirectory) {
        return of(Dataset.load(datasetDirectory, CivilContract.TABLES));
    }

    public CivilSimulatorSettings withPort(int newPort) {
        return new CivilSimulatorSettings(dataset, host, newPort, clock, apiKey, requestsPerSecond,
                unavailablePolicy, unavailableRetryAfterSeconds, ticker, webhookSecrets);
    }

    public CivilSimulatorSettings withClock(Instant newClock) {
        return new CivilSimulatorSettings(dataset, host, port, newClock, apiKey, requestsPerSecond,
                unavailablePolicy, unavailableRetryAfterSeconds, ticker, webhookSecrets);
    }

    public CivilSimulatorSettings withApiKey(String newApiKey) {
        return new CivilSimulatorSettings(dataset, host, port, clock, newApiKey, requestsPerSecond,
                unavailablePolicy, unavailableRetryAfterSeconds, ticker, webhookSecrets);
    }

    /** A rate limit of {@code perSecond} requests per key, counted on {@code newTicker} (milliseconds). */
    public CivilSimulatorSettings withRateLimit(int perSecond, LongSupplier newTicker) {
        return new CivilSimulatorSettings(dataset, host, port, clock, apiKey, perSecond,
                unavailablePolicy, unavailableRetryAfterSeconds, newTicker, webhookSecrets);
    }

    public CivilSimulatorSettings withUnavailablePolicy(UnavailablePolicy newPolicy, long retryAfterSeconds) {
        return new CivilSimulatorSettings(dataset, host, port, clock, apiKey, requestsPerSecond,
                newPolicy, retryAfterSeconds, ticker, webhookSecrets);
    }

    /** An inbound webhook that accepts signatures under these secrets. */
    public CivilSimulatorSettings withWebhookSecrets(List<String> secrets) {
        return new CivilSimulatorSettings(dataset, host, port, clock, apiKey, requestsPerSecond,
                unavailablePolicy, unavailableRetryAfterSeconds, ticker, secrets);
    }

    @Override
    public String toString() {
        return "CivilSimulatorSettings[host=" + host + ", port=" + port + ", clock=" + clock
                + ", requestsPerSecond=" + requestsPerSecond + ", unavailablePolicy=" + unavailablePolicy + "]";
    }
}
