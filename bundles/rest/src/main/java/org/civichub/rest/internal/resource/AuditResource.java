package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;

/** {@code /audit}: the audit's own integrity (role {@code operator}). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    /**
     * The hash chain checked end to end: {@code intact}, how many {@code entries} were read, and the
     * sequence number of the {@code firstBroken} entry (missing, out of place or altered).
     */
    @GET
    @Path("verify")
    public AuditVerification verify(@Context SecurityContext security) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        return log.verify();
    }
}
