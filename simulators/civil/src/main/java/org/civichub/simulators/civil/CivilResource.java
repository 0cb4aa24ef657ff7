package org.civichub.simulators.civil;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.ClockArgument;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;
import org.civichub.simulators.common.TableSpec;

/**
 * {@code GET /api/v1/<type>?updatedSince=&cursor=&limit=}. Checks run in this order: the API key
 * (401), the rate limit (429 with {@code Retry-After}), the unavailable policy (503 with
 * {@code Retry-After}), the type (404), the parameters (400); only then is a page served. A refused
 * request consumes nothing, so retrying it gets the page it would have got. The key is never logged
 * or reported.
 */
@Path("/")
public final class CivilResource {

    private record UnavailableState(UnavailablePolicy policy, AtomicLong requests) {
    }

    private final Dataset dataset;
    private final Clock clock;
    private final String apiKey;
    private final RateLimit rateLimit;
    private final long unavailableRetryAfterSeconds;
    private final AtomicReference<UnavailableState> unavailable = new AtomicReference<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong unauthorised = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong unavailableAnswers = new AtomicLong();

    CivilResource(Dataset dataset, Clock clock, CivilSimulatorSettings settings) {
        this.dataset = dataset;
        this.clock = clock;
        this.apiKey = settings.apiKey();
        this.rateLimit = new RateLimit(settings.requestsPerSecond(), settings.ticker());
        this.unavailableRetryAfterSeconds = settings.unavailableRetryAfterSeconds();
        setUnavailablePolicy(settings.unavailablePolicy());
    }

    @GET
    @Path("{type}")
    @Produces({MediaType.APPLICATION_JSON, CivilContract.PROBLEM_JSON})
    public Response records(@PathParam("type") String type,
                            @HeaderParam(CivilContract.API_KEY_HEADER) String key,
                            @QueryParam("updatedSince") String updatedSince,
                            @QueryParam("cursor") String cursor,
                            @QueryParam("limit") String limit) {
        requests.incrementAndGet();
        if (key == null || !key.equals(apiKey)) {
            unauthorised.incrementAndGet();
            return Problems.of(Status.UNAUTHORIZED, key == null
                    ? "header " + CivilContract.API_KEY_HEADER + " is required"
                    : "the " + CivilContract.API_KEY_HEADER + " is not valid");
        }
        long wait = rateLimit.acquire(key);
        if (wait > 0) {
            throttled.incrementAndGet();
            return Problems.retryLater(Status.TOO_MANY_REQUESTS, "more than " + rateLimit.perSecond()
                    + " requests per second", wait);
        }
        UnavailableState state = unavailable.get();
        if (state.policy().isUnavailable(state.requests().incrementAndGet())) {
            unavailableAnswers.incrementAndGet();
            return Problems.retryLater(Status.SERVICE_UNAVAILABLE, "the service is busy, retry later",
                    unavailableRetryAfterSeconds);
        }
        Optional<TableSpec> spec = CivilContract.table(type);
        if (spec.isEmpty()) {
            return Problems.of(Status.NOT_FOUND, "no record type '" + type + "' (known: assistance, disability, "
                    + "death, elderly)");
        }
        try {
            FeedPage page = page(dataset.table(spec.get()), updatedSince, cursor, parseLimit(limit));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.rows().stream().map(Row::fields).toList());
            body.put("nextCursor", page.next() == null ? null : page.next().encode());
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (IllegalArgumentException e) {
            return Problems.of(Status.BAD_REQUEST, e.getMessage());
        }
    }

    private FeedPage page(RecordTable table, String updatedSince, String cursor,
                          int limit) {
        if (cursor != null && !cursor.isBlank()) {
            return CivilFeed.next(table, Cursor.decode(cursor), limit);
        }
        return CivilFeed.first(table, parseSince(updatedSince), clock.now(), limit);
    }

    private Instant parseSince(String updatedSince) {
        if (updatedSince == null || updatedSince.isBlank()) {
            return null;
        }
        try {
            return ClockArgument.resolve(updatedSince, dataset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("updatedSince: " + e.getMessage());
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return CivilContract.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= CivilContract.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw new IllegalArgumentException("limit must be an integer in 1.." + CivilContract.MAX_LIMIT
                + ", not '" + limit + "'");
    }

    void setUnavailablePolicy(UnavailablePolicy policy) {
        unavailable.set(new UnavailableState(policy, new AtomicLong()));
    }

    long requestCount() {
        return requests.get();
    }

    long throttledCount() {
        return throttled.get();
    }

    long unavailableCount() {
        return unavailableAnswers.get();
    }

    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("requests", requests.get());
        status.put("unauthorised", unauthorised.get());
        status.put("throttled", throttled.get());
        status.put("unavailable", unavailableAnswers.get());
        status.put("requestsPerSecond", rateLimit.perSecond());
        status.put("unavailablePolicy", unavailable.get().policy().toString());
        return status;
    }
}
