package org.civichub.rest.internal.resource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.problem.Problems;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Logins;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.security.Sessions;
import org.civichub.rest.internal.view.LoginRequest;
import org.civichub.rest.internal.view.SessionView;

/**
 * {@code /session}: a browser's login (the web UI). {@code POST} with a user's name and password
 * (throttled and logged as every login) opens a session: its id goes into an HttpOnly,
 * SameSite=Strict cookie the page's script cannot read, and the answer carries the CSRF token the
 * page sends back with every change. {@code GET} says who is logged in; {@code DELETE} logs out.
 * Department clients have no sessions: they call with their API key.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final Logins logins;
    private final Sessions sessions;

    @Context
    private HttpServletRequest http;

    public SessionResource(Logins logins, Sessions sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest body, @Context SecurityContext security) {
        if (body == null || body.user() == null || body.user().isBlank() || body.password() == null) {
            throw ProblemException.badRequest(List.of(new FieldError("user", "required", ""),
                    new FieldError("password", "required", "")));
        }
        Logins.Outcome outcome = logins.user(body.user(), body.password(), http == null ? "unknown" : http.getRemoteAddr());
        if (outcome.refusal() != null) {
            return outcome.refusal().getStatus() == 401 ? Problems.unauthorizedFromPage() : outcome.refusal();
        }
        if (outcome.caller().has(Role.DEPARTMENT)) {
            throw ProblemException.forbidden("a department's system calls with its API key");
        }
        Sessions.Session s = sessions.open(outcome.caller());
        return Response.ok(view(s.caller(), s.csrfToken()))
                .header(HttpHeaders.SET_COOKIE, Sessions.setCookie(s.id(), security != null && security.isSecure()))
                .build();
    }

    @GET
    public SessionView who(@CookieParam(Sessions.COOKIE) String id, @Context SecurityContext security) {
        Caller caller = CallerSecurityContext.of(security);
        return sessions.use(id).filter(s -> s.caller().user().equals(caller.user()))
                .map(s -> view(caller, s.csrfToken())).orElse(view(caller, null));
    }

    @DELETE
    public Response logout(@CookieParam(Sessions.COOKIE) String id, @Context SecurityContext security) {
        CallerSecurityContext.of(security);
        sessions.close(id);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, Sessions.setCookie("", false) + "; Max-Age=0")
                .build();
    }

    private SessionView view(Caller caller, String csrfToken) {
        return new SessionView(caller.user(), caller.roles().stream().map(Role::configName).sorted().toList(),
                java.util.stream.Stream.concat(caller.scope().divisionPrefixes().stream(), caller.grids().stream())
                        .sorted().toList(), csrfToken,
                csrfToken == null ? null : sessions.idle().toSeconds());
    }
}
