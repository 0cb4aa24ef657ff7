package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures of resident reads answer problem details and show no data. */
class ResidentFailureTest {

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
    void whenTheAuditCannotBeWrittenNothingIsShown() {
        api.audit.failing = true;

        Reply search = api.get("/residents", "li");
        Reply view = api.get("/residents/" + Fixtures.ZHANG.id(), "li");

        for (Reply r : List.of(search, view)) {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("type").asText()).isEqualTo("urn:civichub:problem:audit-unavailable");
            assertThat(r.body()).doesNotContain("张三", Fixtures.ZHANG.id(), Fixtures.ZHANG.idNumber().masked());
        }
    }

    @Test
    void badParametersAreAllListedInOneProblem() {
        Reply r = api.get("/residents?page=-1&size=201&community=abc&tag=dibao", "wang");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:civichub:problem:invalid-parameters");
        assertThat(r.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("page", "size", "community", "tag");
        assertThat(r.json().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("size");
            assertThat(e.get("rule").asText()).isEqualTo("range(1..200)");
            assertThat(e.get("value").asText()).isEqualTo("201");
        });
        assertThat(api.residents.searches).isEmpty();
    }

    @Test
    void pageSizesAtTheBoundsAreAccepted() {
        assertThat(api.get("/residents?size=200", "wang").status()).isEqualTo(200);
        assertThat(api.get("/residents?size=1", "wang").status()).isEqualTo(200);
        assertThat(api.get("/residents?size=0", "wang").status()).isEqualTo(400);
        assertThat(api.get("/residents?page=x", "wang").json().get("errors").get(0).get("rule").asText())
                .isEqualTo("integer");
        assertThat(api.get("/residents?page=49&size=200", "wang").status()).isEqualTo(200);
        assertThat(api.get("/residents?page=50&size=200", "wang").json().get("errors").get(0).get("rule").asText())
                .isEqualTo("window(10000)");
    }

    @Test
    void anUnavailableStoreAnswers503() {
        api.residents.unavailable = true;

        Reply r = api.get("/residents", "wang");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().get("type").asText()).isEqualTo("urn:civichub:problem:store-unavailable");
    }

    @Test
    void anUnexpectedErrorAnswers500WithoutItsDetails() {
        api.residents.broken = true;

        Reply r = api.get("/residents", "wang");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).startsWith("an unexpected error occurred; reference ");
        assertThat(r.body()).doesNotContain("IllegalStateException", "secret", "at org.");
    }

    @Test
    void anUnknownPathIsAProblem() {
        Reply r = api.get("/nothing-here", "wang");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(404);
        assertThat(r.json().get("type").asText()).isEqualTo("urn:civichub:problem:not-found");
        assertThat(r.json().has("errors")).isFalse();
    }
}
