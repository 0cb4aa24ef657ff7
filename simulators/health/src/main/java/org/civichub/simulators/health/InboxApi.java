package org.civichub.simulators.health;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civichub.simulators.common.DatasetTimes;

/**
 * The health department's inbound side under {@code /admin/inbox}, read from the {@link IncomingFolder}
 * on every call. {@code GET} answers {@code {"accepting","received","distinct","items"}}: received is
 * the number of files with a marker, distinct the number of event ids among them (the same unless two
 * files carry one id), items by sequence as {@code {"sequence","id","file","receivedAt","event"}}, or
 * with {@code "error"} instead of {@code "event"} for a file that is not a JSON object (receivedAt the
 * marker's modification time, ISO-8601 at +08:00). {@code POST ?accepting=false} takes the department
 * down, {@code ?accepting=true} brings it back; both answer the {@code GET} fields without items. A bad
 * {@code accepting} answers 400; a folder that cannot be listed or moved, 500 {@code {"error"}}.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxApi {

    private final IncomingFolder folder;

    InboxApi(IncomingFolder folder) {
        this.folder = folder;
    }

    @GET
    public Map<String, Object> list() {
        List<IncomingEvent> events = arrived();
        Map<String, Object> view = state(events);
        view.put("items", events.stream().map(InboxApi::view).toList());
        return view;
    }

    @POST
    public Map<String, Object> setAccepting(@QueryParam("accepting") String accepting) {
        if (!"true".equals(accepting) && !"false".equals(accepting)) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "accepting must be true or false", "parameter", "accepting")).build());
        }
        try {
            folder.setAccepting(Boolean.parseBoolean(accepting));
        } catch (UncheckedIOException e) {
            throw failure(e);
        }
        return state(arrived());
    }

    private List<IncomingEvent> arrived() {
        try {
            return folder.arrived();
        } catch (UncheckedIOException e) {
            throw failure(e);
        }
    }

    private Map<String, Object> state(List<IncomingEvent> events) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accepting", folder.accepting());
        view.put("received", events.size());
        view.put("distinct", events.stream().map(e -> e.id() == null ? "file:" + e.file() : "id:" + e.id())
                .distinct().count());
        return view;
    }

    private static Map<String, Object> view(IncomingEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", event.sequence());
        view.put("id", event.id());
        view.put("file", event.file());
        view.put("receivedAt", DatasetTimes.formatIso(event.receivedAt()));
        if (event.error() == null) {
            view.put("event", event.event());
        } else {
            view.put("error", event.error());
        }
        return view;
    }

    private static WebApplicationException failure(UncheckedIOException e) {
        return new WebApplicationException(e.getMessage(), Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", e.getMessage())).build());
    }
}
