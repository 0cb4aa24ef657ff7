package org.civichub.simulators.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inbound side of a simulated department under {@code /admin/inbox}: {@code GET} lists what
 * arrived ({@code accepting}, {@code received} deliveries with repeats, {@code distinct} events,
 * {@code items} in the order of their first arrival, {@code arrivals} every delivery in the order
 * they came, as {@code id}, {@code sequence} (absent when it carried none) and {@code at}); {@code POST ?accepting=false} takes the department down (it
 * refuses deliveries with 503) and {@code ?accepting=true} brings it back.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxAdmin {

    private final Inbox inbox;

    public InboxAdmin(Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    public Map<String, Object> list() {
        Map<String, Object> view = state();
        view.put("items", inbox.messages().stream().map(m -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", m.id());
            item.put("receivedAt", DatasetTimes.formatIso(m.receivedAt()));
            item.put("repeats", m.repeats());
            item.put("event", m.event());
            return item;
        }).toList());
        view.put("arrivals", inbox.arrivals().stream().map(a -> {
            Map<String, Object> arrival = new LinkedHashMap<>();
            arrival.put("id", a.id());
            if (a.sequence() != null) {
                arrival.put("sequence", a.sequence());
            }
            arrival.put("at", DatasetTimes.formatIso(a.at()));
            return arrival;
        }).toList());
        return view;
    }

    @POST
    public Map<String, Object> setAccepting(@QueryParam("accepting") String accepting) {
        if (!"true".equals(accepting) && !"false".equals(accepting)) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "accepting must be true or false", "parameter", "accepting")).build());
        }
        inbox.setAccepting(Boolean.parseBoolean(accepting));
        return state();
    }

    private Map<String, Object> state() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accepting", inbox.accepting());
        view.put("received", inbox.received());
        view.put("distinct", inbox.messages().size());
        return view;
    }
}
