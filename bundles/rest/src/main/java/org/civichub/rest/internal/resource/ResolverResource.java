package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.civichub.pipeline.MatchEstimates;
import org.civichub.resolver.Estimate;
import org.civichub.resolver.FieldComparator;
import org.civichub.resolver.MatchModel;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.EstimateView;

/** {@code /resolver}: how well the configured match model fits the hub's own data (role {@code operator}). */
@Path("resolver")
@Produces(MediaType.APPLICATION_JSON)
public final class ResolverResource {

    private final MatchEstimates estimates;

    /** The resolver's estimates, or {@code null} while the intake does not run. */
    public ResolverResource(MatchEstimates estimates) {
        this.estimates = estimates;
    }

    /**
     * EM on the candidate pairs the resolver scored since the hub started (a uniform sample of them):
     * m, u and weight per comparator and level beside the configured weight, and the configuration
     * lines to use them. 409 while fewer than {@value MatchEstimates#MIN_PAIRS} pairs were scored.
     * Holds no personal data: the pairs are comparator levels only.
     */
    @GET
    @Path("estimate")
    public EstimateView estimate(@Context SecurityContext security) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        if (estimates == null) {
            throw ProblemException.unavailable("intake", "the intake is not running; see the hub's log");
        }
        Estimate e = estimates.estimate().orElseThrow(() -> ProblemException.conflict("only "
                + estimates.pairsSampled() + " candidate pairs were scored since the hub started; an estimate needs "
                + MatchEstimates.MIN_PAIRS));
        return view(e, estimates.model(), estimates.pairsScored(), estimates.pairsSampled());
    }

    static EstimateView view(Estimate e, MatchModel model, long scored, int sampled) {
        double[][] m = e.m();
        double[][] u = e.u();
        List<EstimateView.ComparatorView> comparators = new ArrayList<>();
        for (int c = 0; c < e.comparators().size(); c++) {
            FieldComparator comparator = e.comparators().get(c);
            List<EstimateView.LevelView> levels = new ArrayList<>();
            for (int l = 0; l < m[c].length; l++) {
                levels.add(new EstimateView.LevelView(comparator.levelName(l), m[c][l], u[c][l],
                        Math.log(m[c][l] / u[c][l]) / Math.log(2), model.weight(c, l)));
            }
            comparators.add(new EstimateView.ComparatorView(comparator.configName(), levels));
        }
        return new EstimateView(scored, sampled, e.proportion(), e.iterations(), e.converged(), comparators,
                e.toConfig());
    }
}
