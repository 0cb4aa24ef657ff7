package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.civichub.resolver.Estimate;
import org.civichub.resolver.MatchModel;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /resolver/estimate}: EM's m, u and weights beside the configured ones, for operators. */
class ResolverResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anEstimateShowsEveryComparatorsLevelsWithTheWeightItGivesBesideTheConfiguredOne() {
        MatchModel model = MatchModel.defaults();
        double[][] m = new double[model.comparators().size()][];
        double[][] u = new double[model.comparators().size()][];
        for (int c = 0; c < m.length; c++) {
            m[c] = model.m(c);
            u[c] = model.u(c);
        }
        m[0][0] = m[0][0] / 2;
        api.estimates.estimate = new Estimate(model.comparators(), m, u, 0.25, 17, true);
        api.estimates.scored = 5_000;

        JsonNode e = api.get("/resolver/estimate", "ops").json();

        assertThat(e.get("pairsScored").asLong()).isEqualTo(5_000);
        assertThat(e.get("proportion").asDouble()).isEqualTo(0.25);
        assertThat(e.get("converged").asBoolean()).isTrue();
        assertThat(e.get("comparators")).hasSize(model.comparators().size());
        JsonNode first = e.get("comparators").get(0).get("levels").get(0);
        assertThat(first.get("level").asText()).isEqualTo(model.comparators().get(0).levelName(0));
        assertThat(first.get("weight").asDouble()).isCloseTo(model.weight(0, 0) - 1,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("configuredWeight").asDouble()).isEqualTo(model.weight(0, 0));
        JsonNode second = e.get("comparators").get(1).get("levels").get(0);
        assertThat(second.get("weight").asDouble()).isCloseTo(second.get("configuredWeight").asDouble(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.get("config").asText()).contains("comparator." + model.comparators().get(0).configName() + ".m = ");
    }

    @Test
    void tooFewPairsIsAConflictSayingHowManyAndWorkersMayNotAsk() {
        api.estimates.scored = 12;

        Reply few = api.get("/resolver/estimate", "ops");

        assertThat(few.status()).isEqualTo(409);
        assertThat(few.body()).contains("only 12 candidate pairs").contains("1000");
        assertThat(api.get("/resolver/estimate", "li").status()).isEqualTo(403);
    }
}
