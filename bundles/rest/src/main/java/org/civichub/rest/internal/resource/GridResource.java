package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.rest.internal.grid.Grid;
import org.civichub.rest.internal.grid.GridPlan;
import org.civichub.rest.internal.grid.GridWalk;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.GridNodeView;
import org.civichub.rest.internal.view.GridView;
import org.civichub.rest.internal.view.ResidentSummary;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;

/**
 * {@code /grid}: the grid (网格) with head counts at every level, district → street → community →
 * grid → building → unit → floor → room, and at a room the residents living there (role
 * {@code worker}, within the caller's scope; a place outside it is 404). Residents are placed where
 * they live now, else where they are registered. Grids come from the grid file ({@link GridPlan}); a
 * community without grids goes straight to its buildings. Audited, with the residents shown.
 */
@Path("grid")
@Produces(MediaType.APPLICATION_JSON)
public final class GridResource {

    static final int MAX_ROOM_RESIDENTS = 200;

    private final ResidentSearch search;
    private final Supplier<GridPlan> plans;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;

    public GridResource(ResidentSearch search, Supplier<GridPlan> plans, Auditor auditor, Pseudonyms pseudonyms) {
        this.search = search;
        this.plans = plans;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    public GridView read(@QueryParam("division") String division, @QueryParam("grid") String grid,
            @QueryParam("building") String building, @QueryParam("unit") String unit,
            @QueryParam("floor") String floor, @QueryParam("room") String room, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        String d = params.optional("division", division, "\\d{6}|\\d{9}|\\d{12}", "divisionCode");
        String g = params.optional("grid", grid, "\\d{12}-(\\d{1,4}|\\?)", "gridId");
        String b = params.optional("building", building, "[^\\p{Cntrl}]{1,100}", "length(1..100)");
        String u = params.optional("unit", unit, "\\d{1,6}|\\?", "placeNumber");
        String f = params.optional("floor", floor, "\\d{1,6}|\\?", "placeNumber");
        String r = params.optional("room", room, "\\d{1,8}|\\?", "placeNumber");
        below(params, "building", b, d != null && d.length() == 12 || g != null);
        below(params, "unit", u, b != null);
        below(params, "floor", f, u != null);
        below(params, "room", r, f != null);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        GridPlan plan = plans.get();
        Grid chosen = null;
        if (g != null) {
            chosen = plan.grid(g).orElseThrow(() -> ProblemException.notFound("no grid with this id"));
            if (d != null && !d.equals(chosen.community())) {
                throw ProblemException.badRequest(List.of(new FieldError("grid", "grid.inDivision", g)));
            }
            d = chosen.community();
        }
        if (d == null) {
            d = onlyPrefix(caller);
        }
        if (!caller.scope().touches(d)) {
            throw ProblemException.notFound("no such place in your scope");
        }
        GridWalk walk = new GridWalk(search, caller, plan, d, chosen, b, u, f, r);
        List<GridNodeView> children = walk.children();
        List<ResidentSummary> residents = List.of();
        List<String> shown = List.of();
        if (r != null) {
            List<Resident> found = search.search(new ResidentQuery(null, null, List.of(), List.of(), walk.place(), 0,
                    MAX_ROOM_RESIDENTS), caller.scope()).items().stream().filter(caller::sees).toList();
            ResidentViews views = new ResidentViews(disclosure, pseudonyms);
            residents = found.stream().map(views::summary).toList();
            shown = found.stream().map(Resident::id).toList();
        }
        auditor.record(caller, "grid.read", uri, shown, disclosure);
        return new GridView(walk.node(children), walk.path(), children, residents);
    }

    private static void below(Params params, String field, String value, boolean placed) {
        if (value != null && !placed) {
            params.error(new FieldError(field, "grid.path", value));
        }
    }

    /**
     * The caller's one scope prefix when it is a district, street or community (a grid worker's: the
     * grid's community); else 400.
     */
    static String onlyPrefix(Caller caller) {
        java.util.Set<String> starts = new java.util.TreeSet<>(caller.scope().divisionPrefixes());
        caller.grids().forEach(g -> starts.add(g.substring(0, 12)));
        List<String> usable = starts.stream().filter(p -> p.length() == 6 || p.length() == 9 || p.length() == 12).toList();
        if (usable.size() != 1) {
            throw ProblemException.badRequest(List.of(new FieldError("division", "required", null)));
        }
        return usable.get(0);
    }
}
