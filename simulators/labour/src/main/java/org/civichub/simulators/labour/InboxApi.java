package org.civichub.simulators.labour;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civichub.simulators.common.DatasetTimes;

/**
 * {@code GET /admin/inbox}: the deliveries in {@value LabourContract#INBOX}, oldest first, as
 * {@code {"inbox":[{"id","eventId","type","payload","receivedAt"}]}} (receivedAt ISO-8601 at +08:00).
 * When the database cannot be read: 503 {@code {"error": "..."}}.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxApi {

    private final Inbox inbox;
    private final LabourDatabase database;

    InboxApi(Inbox inbox, LabourDatabase database) {
        this.inbox = inbox;
        this.database = database;
    }

    @GET
    public Map<String, Object> list() {
        List<InboxEntry> entries;
        try {
            entries = inbox.list();
        } catch (SQLException e) {
            String message = database.failure("cannot read " + LabourContract.INBOX, e);
            throw new WebApplicationException(message, Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build());
        }
        return Map.of("inbox", entries.stream().map(InboxApi::view).toList());
    }

    private static Map<String, Object> view(InboxEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("eventId", entry.eventId());
        view.put("type", entry.type());
        view.put("payload", entry.payload());
        view.put("receivedAt", DatasetTimes.formatIso(entry.receivedAt()));
        return view;
    }
}
