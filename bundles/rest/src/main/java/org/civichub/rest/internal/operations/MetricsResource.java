package org.civichub.rest.internal.operations;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.civichub.metrics.Metrics;
import org.civichub.metrics.PrometheusText;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;

/** {@code /metrics}: the hub's metrics in the Prometheus text format (role {@code operator}). */
@Path("metrics")
public final class MetricsResource {

    private final Metrics metrics;

    public MetricsResource(Metrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Produces(PrometheusText.CONTENT_TYPE)
    public String get(@Context SecurityContext security) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        return PrometheusText.write(metrics.collect());
    }
}
