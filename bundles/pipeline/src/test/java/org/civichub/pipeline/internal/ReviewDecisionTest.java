package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.health.internal.HealthMapper;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.store.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepting and rejecting records in review, through the intake, on the stores in memory. */
class ReviewDecisionTest {

    private static final String HEALTH = "health-test";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final MemoryStore store = new MemoryStore();
    private IntakeHub hub;
    private DecisionIntake decisions;

    @BeforeEach
    void start() throws Exception {
        hub = new IntakeHub(Map.of(HEALTH, new HealthMapper()), store, HubStores.of(store), CLOCK);
        decisions = hub.decisions(CLOCK, store);
        hub.send(births(birth("X350000001", "厦门市思明区莲薇路292号17号楼3单元702室")));
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
    }

    @Test
    void anAcceptedRecordJoinsTheResidentChosenKeepsTheDecisionAndStaysThereWhenReadAgain() {
        String founded = linkOf("X350000001").residentId();
        SourceRecord moved = birth("X350000002", "厦门市思明区天湖路297号4号楼3单元1102室");
        hub.send(births(moved));
        Link waiting = linkOf("X350000002");
        assertThat(waiting.state()).isEqualTo(Link.State.REVIEW);
        assertThat(waiting.candidates()).extracting(Link.Candidate::residentId).contains(founded);

        String state = decisions.decideReview(waiting.position(), founded, "同一新生儿，登记了新住址", "ops");

        assertThat(state).isEqualTo("linked");
        Link decided = linkOf("X350000002");
        assertThat(decided.residentId()).isEqualTo(founded);
        assertThat(decided.decision()).satisfies(d -> {
            assertThat(d.user()).isEqualTo("ops");
            assertThat(d.reason()).isEqualTo("同一新生儿，登记了新住址");
            assertThat(d.decidedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(store.residents().get(founded).sources()).extracting(p -> p.recordKey())
                .contains("health/births/X350000002");

        hub.send(births(moved));
        assertThat(linkOf("X350000002")).as("read again").isEqualTo(decided);
    }

    @Test
    void aRecordInReviewShowsWhatItSaysAboutItsPersonAndOneDecidedShowsNothing() {
        hub.send(births(birth("X350000002", "厦门市思明区天湖路297号4号楼3单元1102室")));
        Link waiting = linkOf("X350000002");

        assertThat(decisions.inReview(waiting.position())).hasValueSatisfying(f -> {
            assertThat(f.source().recordKey()).isEqualTo("health/births/X350000002");
            assertThat(f.currentAddress().text()).contains("天湖路297号");
            assertThat(f.name()).isNotBlank();
        });
        assertThat(decisions.inReview(linkOf("X350000001").position())).as("linked, not in review").isEmpty();
        assertThat(decisions.inReview("ffff")).isEmpty();

        decisions.decideReview(waiting.position(), null, "不是同一人", "ops");
        assertThat(decisions.inReview(waiting.position())).isEmpty();
    }

    @Test
    void aRejectedRecordFoundsAResidentOfItsOwnAndNeverWaitsAgain() {
        String founded = linkOf("X350000001").residentId();
        SourceRecord other = birth("X350000003", "厦门市思明区天湖路297号4号楼3单元1102室");
        hub.send(births(other));

        decisions.decideReview(linkOf("X350000003").position(), null, "母亲不同，不是同一人", "ops");

        Link decided = linkOf("X350000003");
        assertThat(decided.state()).isEqualTo(Link.State.LINKED);
        assertThat(decided.residentId()).isNotEqualTo(founded);
        assertThat(decided.decision().accepted()).isFalse();
        hub.send(births(other));
        assertThat(linkOf("X350000003").state()).isEqualTo(Link.State.LINKED);
    }

    @Test
    void aReviewItemNeverPointsAtAResidentAMergeRemovedAndCanBeAcceptedAsTheSurvivor() {
        String founded = linkOf("X350000001").residentId();
        hub.send(births(birth("X350000002", "厦门市思明区天湖路297号4号楼3单元1102室")));
        SourceRecord other = birth("X350000009", "厦门市思明区莲薇路292号17号楼3单元702室");
        Map<String, String> renamed = new LinkedHashMap<>(other.payload());
        renamed.put("新生儿姓名", "王梓涵");
        renamed.put("出生日期", "20240301");
        hub.send(births(new SourceRecord(other.key(), other.sourceVersion(), other.updatedAt(), other.fetchedAt(),
                renamed)));
        String survivor = linkOf("X350000009").residentId();
        assertThat(survivor).isNotNull().isNotEqualTo(founded);

        decisions.merge(founded, survivor, "同一新生儿，姓名登记有误", "ops");

        Link waiting = linkOf("X350000002");
        assertThat(waiting.state()).isEqualTo(Link.State.REVIEW);
        assertThat(waiting.candidates()).extracting(Link.Candidate::residentId).containsExactly(survivor);
        decisions.decideReview(waiting.position(), survivor, "同一新生儿", "ops");
        assertThat(linkOf("X350000002").residentId()).isEqualTo(survivor);
    }

    @Test
    void aDecisionOnARecordNotInReviewOnAResidentNotACandidateOrWithoutAReasonIsRefused() {
        hub.send(births(birth("X350000004", "厦门市思明区天湖路297号4号楼3单元1102室")));
        String waiting = linkOf("X350000004").position();

        assertThatThrownBy(() -> decisions.decideReview(linkOf("X350000001").position(), null, "核实", "ops"))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("no record in review");
        assertThatThrownBy(() -> decisions.decideReview(waiting, "rnobody", "核实", "ops"))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("not one of the record's candidates");
        assertThatThrownBy(() -> decisions.decideReview(waiting, null, " ", "ops"))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("reason");
        assertThat(linkOf("X350000004").state()).isEqualTo(Link.State.REVIEW);
        assertThat(linkOf("X350000004").decision()).isNull();
    }

    private Link linkOf(String certificate) {
        return store.after(null, 100).stream().filter(l -> l.recordKey().equals("health/births/" + certificate))
                .findFirst().orElseThrow();
    }

    private static IntakeBatch births(SourceRecord... records) {
        return new IntakeBatch(HEALTH, List.of(records), null);
    }

    /** The birth of the same boy, registered with another certificate number at an address. */
    private static SourceRecord birth(String certificate, String address) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("出生医学证明编号", certificate);
        f.put("新生儿姓名", "林锦轩");
        f.put("性别", "男");
        f.put("出生日期", "20240418");
        f.put("母亲姓名", "陈美玲");
        f.put("母亲身份证号", "");
        f.put("父亲姓名", "");
        f.put("父亲身份证号", "");
        f.put("居住地址", address);
        f.put("登记日期", "2024/4/23");
        f.put("_file", "births_20240501000000.csv");
        f.put("_row", "2");
        return new SourceRecord(new SourceKey("health", "births", certificate), "2024/4/23",
                Instant.parse("2024-04-22T16:00:00Z"), CLOCK.instant(), f);
    }
}
