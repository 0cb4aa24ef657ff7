package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.LinkView;
import org.civichub.rest.internal.view.LinksPage;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;

/**
 * {@code /links}: every source record with the resident it is linked to, or its state (role
 * {@code operator}). Record keys hold ID numbers, so they are masked unless the caller may and
 * does ask for them ({@code reveal=idNumber}). JSON pages through the opaque cursor {@code after};
 * {@code text/csv}
 * streams all of them as {@code record_key,resident_id,state}. Audited.
 */
@Path("links")
public final class LinkResource {

    static final int MAX_LIMIT = 5000;
    static final String CSV = "text/csv";
    private static final int CSV_PAGE = 5000;

    private final LinkStore links;
    private final Auditor auditor;

    public LinkResource(LinkStore links, Auditor auditor) {
        this.links = links;
        this.auditor = auditor;
    }

    /** JSON pages, or all of it as CSV when the request accepts {@code text/csv} and not JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response get(@QueryParam("after") String after, @QueryParam("limit") String limit,
            @QueryParam("reveal") String reveal, @Context HttpHeaders headers, @Context SecurityContext security,
            @Context UriInfo uri) {
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.valueOf(CSV))
                && !m.isWildcardType()) && headers.getAcceptableMediaTypes().stream()
                .noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType());
        return csv ? csv(reveal, security, uri)
                : Response.ok(page(after, limit, reveal, security, uri), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private LinksPage page(String after, String limit, String reveal, SecurityContext security, UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Params params = new Params();
        String from = params.optional("after", after, "[0-9a-f]{1,128}", "cursor");
        int n = params.limit(limit, 1000, MAX_LIMIT);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        auditor.record(caller, "link.list", uri, List.of(), disclosure);
        List<Link> page = links.after(from, n);
        String next = page.size() < n ? null : page.get(page.size() - 1).position();
        return new LinksPage(page.stream().map(l -> view(l, disclosure)).toList(), next);
    }

    private Response csv(String reveal, SecurityContext security, UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        auditor.record(caller, "link.export", uri, List.of(), disclosure);
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("record_key,resident_id,state\n");
            String after = null;
            for (List<Link> page = links.after(null, CSV_PAGE); !page.isEmpty(); page = links.after(after, CSV_PAGE)) {
                for (Link l : page) {
                    w.write(csv(disclosure.text(l.recordKey())) + "," + (l.residentId() == null ? "" : l.residentId())
                            + "," + l.state().code() + "\n");
                }
                after = page.get(page.size() - 1).position();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8").build();
    }

    private static LinkView view(Link l, Disclosure d) {
        return new LinkView(d.text(l.recordKey()), l.residentId(), l.state().code(), l.connectorId());
    }

    /** A CSV field, quoted when it holds a separator, a quote, a line break or white space at either end. */
    static String csv(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || !s.equals(s.strip());
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
