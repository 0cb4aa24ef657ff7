package org.civichub.rest.internal.resource;

import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit entry of a read before its data leaves the server. If the entry cannot be
 * written the read is refused with 503: personal data is never shown unaudited.
 */
public final class Auditor {

    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param ids the ids of what is shown: resident ids, or quarantine entry ids for the quarantine
     * @throws ProblemException 503 when the entry was not written
     */
    void record(Caller caller, String action, UriInfo uri, List<String> ids, Disclosure disclosure) {
        String query = "/" + uri.getPath() + (uri.getRequestUri().getQuery() == null ? ""
                : "?" + uri.getRequestUri().getQuery());
        try {
            log.record(new AuditEntry(clock.instant(), caller.user(), action, query, ids, disclosure.full()));
        } catch (RuntimeException e) {
            LOG.error("audit entry of {} by {} not written; the read is refused", action, caller.user(), e);
            throw ProblemException.unavailable("audit-unavailable",
                    "the read cannot be audited right now, so nothing is shown; try again later");
        }
    }
}
