package org.civichub.simulators.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The admin HTTP API every simulator serves under {@code /admin} (JSON; times ISO-8601 at +08:00):
 * <ul>
 * <li>{@code POST /admin/clock?to=<ISO-8601|start|end>} moves the clock and answers
 *     {@code {"clock","earliest","latest"}}; a missing or bad {@code to} answers 400
 *     {@code {"error": "...", "parameter": "to"}}.</li>
 * <li>{@code GET /admin/clock} answers the same object without moving the clock.</li>
 * <li>{@code GET /admin/status} answers clock, earliest, latest, {@code tables} (row count per table id)
 *     and any simulator-specific entries.</li>
 * </ul>
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AdminApi {

    private final Dataset dataset;
    private final Clock clock;
    private final Supplier<Map<String, Object>> extraStatus;

    /**
     * @param extraStatus entries a simulator adds to {@code GET /admin/status} (e.g. request counts)
     */
    public AdminApi(Dataset dataset, Clock clock, Supplier<Map<String, Object>> extraStatus) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.extraStatus = Objects.requireNonNull(extraStatus, "extraStatus");
    }

    public AdminApi(Dataset dataset, Clock clock) {
        this(dataset, clock, Map::of);
    }

    @POST
    @Path("clock")
    public Map<String, Object> setClock(@QueryParam("to") String to) {
        Instant target;
        try {
            target = ClockArgument.resolve(to, dataset);
        } catch (IllegalArgumentException e) {
            throw badParameter("to", e.getMessage());
        }
        clock.set(target);
        return clockView();
    }

    @GET
    @Path("clock")
    public Map<String, Object> getClock() {
        return clockView();
    }

    @GET
    @Path("status")
    public Map<String, Object> status() {
        Map<String, Object> status = clockView();
        status.put("tables", dataset.rowCounts());
        status.putAll(extraStatus.get());
        return status;
    }

    private Map<String, Object> clockView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clock", DatasetTimes.formatIso(clock.now()));
        view.put("earliest", dataset.earliest().map(DatasetTimes::formatIso).orElse(null));
        view.put("latest", dataset.latest().map(DatasetTimes::formatIso).orElse(null));
        return view;
    }

    private static WebApplicationException badParameter(String parameter, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("parameter", parameter);
        return new WebApplicationException(message, Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
