package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /verify}: a department's question about one person instead of a stamped certificate. */
class VerifyResourceTest {

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
    void aDepartmentLearnsWhetherAPersonIsAliveAndRegisteredHereWithTheBasisAndNothingElse() {
        String id = Fixtures.ZHANG.idNumber().value();

        Reply alive = api.getWithKey("/verify?fact=alive&idNumber=" + id, "key-police");
        Reply here = api.getWithKey("/verify?fact=resident-of&division=350203006&idNumber=" + id, "key-police");
        Reply elsewhere = api.getWithKey("/verify?fact=resident-of&division=350206&idNumber=" + id, "key-police");

        assertThat(alive.status()).isEqualTo(200);
        assertThat(alive.json().get("answer").asText()).isEqualTo("yes");
        assertThat(alive.json().get("basis").get(0).get("department").asText()).isEqualTo("police");
        assertThat(alive.body()).doesNotContain("张三").doesNotContain(id);
        assertThat(here.json().get("answer").asText()).isEqualTo("yes");
        assertThat(elsewhere.json().get("answer").asText()).isEqualTo("no");
        assertThat(api.audit.last().action()).isEqualTo("verify.resident-of");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void aFactOffTheEntitlementsIsRefusedAndAuditedAndSoIsAnyoneButADepartment() {
        String id = Fixtures.ZHANG.idNumber().value();

        assertThat(api.getWithKey("/verify?fact=receives-allowance&idNumber=" + id, "key-police").status())
                .isEqualTo(403);
        assertThat(api.audit.last().action()).isEqualTo("verify");
        assertThat(api.audit.last().outcome()).isEqualTo(AuditEntry.DENIED);
        assertThat(api.get("/verify?fact=alive&idNumber=" + id, "li").status()).isEqualTo(403);
    }

    @Test
    void aPersonOutOfScopeIsNotFoundAndBadQuestionsNameTheirField() {
        Reply outside = api.getWithKey("/verify?fact=alive&idNumber=" + Fixtures.LI.idNumber().value(), "key-labour");
        Reply bad = api.getWithKey("/verify?fact=rich&idNumber=12345", "key-police");
        Reply noDivision = api.getWithKey("/verify?fact=resident-of&idNumber=" + Fixtures.ZHANG.idNumber().value(),
                "key-police");

        assertThat(outside.status()).isEqualTo(404);
        assertThat(api.audit.last().outcome()).isEqualTo(AuditEntry.NOT_FOUND);
        assertThat(bad.status()).isEqualTo(400);
        JsonNode errors = bad.json().get("errors");
        assertThat(errors).extracting(e -> e.get("field").asText()).containsExactly("fact", "idNumber");
        assertThat(noDivision.status()).isEqualTo(400);
        assertThat(noDivision.body()).contains("division");
    }
}
