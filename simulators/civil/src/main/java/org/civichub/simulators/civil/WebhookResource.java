package org.civichub.simulators.civil;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.civichub.simulators.common.Inbox;
import org.civichub.simulators.common.StandardWebhooks;

/**
 * Civil affairs' inbound side: {@code POST /hooks/civichub} takes CloudEvents the hub pushes, signed
 * the Standard Webhooks way. A genuine one is kept in the {@link Inbox} (204); a bad or missing
 * signature is refused (401), and while the department is down every delivery gets 503.
 */
@Path("/")
public class WebhookResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Inbox inbox;
    private final StandardWebhooks verifier;

    public WebhookResource(Inbox inbox, StandardWebhooks verifier) {
        this.inbox = inbox;
        this.verifier = verifier;
    }

    @POST
    @Path("civichub")
    public Response receive(@HeaderParam("webhook-id") String id, @HeaderParam("webhook-timestamp") String timestamp,
                            @HeaderParam("webhook-signature") String signature, byte[] body) {
        if (!inbox.accepting()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        var refusal = verifier.refusal(id, timestamp, signature, body, Instant.now());
        if (refusal.isPresent()) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", refusal.get())).build();
        }
        Map<?, ?> event;
        try {
            event = JSON.readValue(body, Map.class);
        } catch (IOException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "the body is no JSON object")).build();
        }
        inbox.add(id, sequence(event.get("sequence")), Instant.now(), event);
        return Response.noContent().build();
    }

    /** The CloudEvent's sequence (a decimal string), or {@code null} when it has none that is a number. */
    private static Long sequence(Object value) {
        try {
            return value == null ? null : Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
