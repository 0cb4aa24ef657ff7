package org.civichub.rest.internal.resource;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.civichub.model.DateMask;
import org.civichub.model.IdMask;
import org.civichub.model.Pseudonyms;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit entry of a read before its data leaves the server. If the entry cannot be
 * written the read is refused with 503: personal data is never shown unaudited. The query is kept
 * with ID numbers and dates masked, and every ID number in it as a keyed hash, so the audit can say
 * who searched for a number without becoming a copy of the register.
 */
public final class Auditor {

    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final AuditLog log;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public Auditor(AuditLog log, Pseudonyms pseudonyms, Clock clock) {
        this.log = log;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * @param ids the ids of what is shown: resident ids, or quarantine entry ids for the quarantine
     * @throws ProblemException 503 when the entry was not written
     */
    void record(Caller caller, String action, UriInfo uri, List<String> ids, Disclosure disclosure) {
        try {
            log.record(entry(caller.user(), caller.client(), action, AuditEntry.SHOWN, uri, ids, disclosure.full()));
        } catch (RuntimeException e) {
            LOG.error("audit entry of {} by {} not written; the read is refused", action, caller.user(), e);
            throw ProblemException.unavailable("audit-unavailable",
                    "the read cannot be audited right now, so nothing is shown; try again later");
        }
    }

    /**
     * Records a refused read (401, 403) or one that found nothing in the caller's scope (404). The
     * refusal stands whether or not the entry could be written.
     */
    public void refused(String user, String client, String action, String outcome, UriInfo uri) {
        try {
            log.record(entry(user, client, action, outcome, uri, List.of(), false));
        } catch (RuntimeException e) {
            LOG.error("audit entry of a refused {} by {} not written", action, user, e);
        }
    }

    private AuditEntry entry(String user, String client, String action, String outcome, UriInfo uri,
            List<String> ids, boolean full) {
        String raw = "/" + uri.getPath() + (uri.getRequestUri().getRawQuery() == null ? ""
                : "?" + URLDecoder.decode(uri.getRequestUri().getRawQuery(), StandardCharsets.UTF_8));
        List<String> hashes = IdMask.idLike(raw).stream().map(pseudonyms::idNumberHash).distinct().toList();
        return new AuditEntry(clock.instant(), user, client, action, outcome, DateMask.mask(IdMask.mask(raw)), ids,
                full, hashes);
    }
}
