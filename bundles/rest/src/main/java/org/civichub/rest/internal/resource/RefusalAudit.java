package org.civichub.rest.internal.resource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.civichub.rest.internal.security.AuthenticationFilter;
import org.civichub.rest.internal.security.Caller;
import org.civichub.store.AuditEntry;

/**
 * Audits refused reads of personal data: a 401 or 403 on {@code /residents}, {@code /quarantine} or
 * {@code /verify}, and a 404 on one resident, entry or verified ID number (which is also what the
 * caller gets for one outside their scope), so that probing shows in the audit as plainly as reading.
 */
public final class RefusalAudit implements ContainerResponseFilter {

    private final Auditor auditor;

    @Context
    private HttpServletRequest http;

    public RefusalAudit(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String[] parts = request.getUriInfo().getPath().replaceAll("^/+|/+$", "").split("/");
        boolean verify = parts.length == 1 && "verify".equals(parts[0]);
        boolean personal = verify
                || parts.length <= 2 && ("residents".equals(parts[0]) || "quarantine".equals(parts[0]));
        boolean one = parts.length == 2 || verify;
        boolean refused = status == 401 || status == 403 || status == 404 && one;
        if (!personal || !refused) {
            return;
        }
        String action = verify ? "verify" : ("residents".equals(parts[0]) ? "resident." : "quarantine.")
                + (one ? "read" : "residents".equals(parts[0]) ? "search" : "list");
        String outcome = status == 404 ? AuditEntry.NOT_FOUND : AuditEntry.DENIED;
        Optional<Caller> caller = Optional.ofNullable(request.getSecurityContext())
                .map(s -> s.getUserPrincipal()).filter(Caller.class::isInstance).map(Caller.class::cast);
        String user = caller.map(Caller::user).orElseGet(() -> claimed(request));
        String client = caller.map(Caller::client).orElseGet(this::address);
        auditor.refused(user, client, action, outcome, request.getUriInfo());
    }

    /** The user name an unauthenticated request claimed, marked as unverified. */
    private static String claimed(ContainerRequestContext request) {
        return AuthenticationFilter.credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(c -> "unverified:" + AuthenticationFilter.printable(c[0])).orElse("anonymous");
    }

    private String address() {
        try {
            return http == null ? null : http.getRemoteAddr();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
