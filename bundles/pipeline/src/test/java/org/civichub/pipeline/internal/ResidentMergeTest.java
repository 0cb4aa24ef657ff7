package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.store.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merging a resident into another and splitting it back, through the intake, on the stores in
 * memory. The register holds one man twice, under two valid ID numbers, in two households.
 */
class ResidentMergeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String OLD_ID = PoliceRecords.idNumber("19800101", 11);
    private static final String NEW_ID = PoliceRecords.idNumber("19800101", 13);

    private final MemoryStore store = new MemoryStore();
    private IntakeHub hub;
    private DecisionIntake decisions;
    private SourceRecord twice;
    private SourceRecord once;
    private String a;
    private String b;

    @BeforeEach
    void start() throws Exception {
        hub = new IntakeHub(store, HubStores.of(store), CLOCK);
        decisions = hub.decisions(CLOCK, store);
        twice = PoliceRecords.person(OLD_ID, "陈志强", "H001", "01", "2024-01-01 08:00:00");
        once = PoliceRecords.person(NEW_ID, "陈志强", "H002", "01", "2024-02-01 08:00:00");
        hub.send(PoliceRecords.page(twice, once));
        a = linkOf(twice).residentId();
        b = linkOf(once).residentId();
        assertThat(a).isNotEqualTo(b);
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
    }

    @Test
    void aMergedResidentLivesOnAsTheOtherWithItsRecordsAndLinksAndNamesWhoMergedIt() {
        List<String> left = decisions.merge(a, b, "同一人重复登记", "ops");

        assertThat(left).containsExactly(b, a);
        Resident merged = store.residents().get(a);
        assertThat(merged.merged()).isEqualTo(new Resident.Merged(b, "ops", CLOCK.instant(), "同一人重复登记"));
        assertThat(store.residents().get(b).sources()).extracting(Provenance::recordKey)
                .containsExactlyInAnyOrder(twice.key().recordKey(), once.key().recordKey());
        Link moved = linkOf(twice);
        assertThat(moved.state()).isEqualTo(Link.State.LINKED);
        assertThat(moved.residentId()).isEqualTo(b);
        assertThat(moved.decision()).isEqualTo(new Link.Decision(b, "ops", CLOCK.instant(), "同一人重复登记", a));
        assertThat(members("H001")).as("the merged one left its household").doesNotContain(a);
        assertThat(members("H002")).contains(b);
        assertThat(store.changes().values()).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(a);
            assertThat(e.kind()).isEqualTo("merged");
        });
    }

    @Test
    void reReadingNewerVersionsAndNewRecordsOfTheMergedResidentReachTheOtherOne() {
        decisions.merge(a, b, "同一人重复登记", "ops");

        hub.send(PoliceRecords.page(twice, once));
        assertThat(linkOf(twice).residentId()).as("read again").isEqualTo(b);
        SourceRecord newer = PoliceRecords.nextVersion(twice, "2024-03-01 08:00:00", "XZZ", "厦门市思明区湖滨南路1号");
        SourceRecord floating = PoliceRecords.floating("JZZ0001", OLD_ID, "陈志强", "2024-03-02 08:00:00");
        hub.send(PoliceRecords.page(newer, floating));

        assertThat(linkOf(newer).residentId()).isEqualTo(b);
        assertThat(linkOf(floating).residentId()).as("found by the merged one's ID number").isEqualTo(b);
        assertThat(linkOf(floating).decision().mergedFrom()).isEqualTo(a);
        assertThat(store.residents().get(a).isMerged()).isTrue();
        assertThat(store.residents().get(b).sources()).extracting(Provenance::recordKey)
                .contains(floating.key().recordKey());
    }

    @Test
    void anUnmergeRestoresBothWithTheirOwnRecordsLinksAndHouseholdsAndTakesBackWhatCameLater() {
        decisions.merge(a, b, "同一人重复登记", "ops");
        SourceRecord floating = PoliceRecords.floating("JZZ0001", OLD_ID, "陈志强", "2024-03-02 08:00:00");
        hub.send(PoliceRecords.page(floating));

        List<String> left = decisions.unmerge(a, "身份证号不同，是两个人", "lead");

        assertThat(left).containsExactly(b, a);
        Resident restored = store.residents().get(a);
        assertThat(restored.isMerged()).isFalse();
        assertThat(restored.sources()).extracting(Provenance::recordKey)
                .containsExactlyInAnyOrder(twice.key().recordKey(), floating.key().recordKey());
        assertThat(store.residents().get(b).sources()).extracting(Provenance::recordKey)
                .containsExactly(once.key().recordKey());
        assertThat(store.residents().get(b).idNumber().value()).isEqualTo(NEW_ID);
        assertThat(linkOf(twice).residentId()).isEqualTo(a);
        assertThat(linkOf(twice).decision()).isEqualTo(new Link.Decision(a, "lead", CLOCK.instant(), "身份证号不同，是两个人"));
        assertThat(linkOf(floating).residentId()).isEqualTo(a);
        assertThat(linkOf(once).residentId()).isEqualTo(b);
        assertThat(members("H001")).contains(a);
        assertThat(members("H002")).containsExactly(b);

        hub.send(PoliceRecords.page(twice, once, floating));
        assertThat(linkOf(twice).residentId()).as("read again").isEqualTo(a);
        assertThat(linkOf(floating).residentId()).isEqualTo(a);
        assertThat(store.residents().get(b).sources()).hasSize(1);
    }

    @Test
    void askingForADoneMergeAgainChangesNothingAndWrongMergesAreRefusedWithTheRule() {
        decisions.merge(a, b, "同一人重复登记", "ops");
        Resident merged = store.residents().get(b);

        decisions.merge(a, b, "再次合并", "ops");
        assertThat(store.residents().get(b)).isEqualTo(merged);
        assertThat(store.residents().get(a).merged().reason()).isEqualTo("同一人重复登记");

        assertThatThrownBy(() -> decisions.merge(b, b, "x", "ops")).isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("merge.other");
        assertThatThrownBy(() -> decisions.merge("rnobody", b, "x", "ops")).hasMessageContaining("resident.exists");
        assertThatThrownBy(() -> decisions.merge(b, a, "x", "ops")).hasMessageContaining("into (merge.merged)");
        assertThatThrownBy(() -> decisions.merge(b, "rnobody", " ", "ops")).hasMessageContaining("reason");
        assertThatThrownBy(() -> decisions.unmerge(b, "x", "ops")).hasMessageContaining("unmerge.merged");
    }

    @Test
    void aProposedMergeSurvivesReadingAgainAndIsDoneOnceTheTwoAreMerged() {
        assertThat(linkOf(once).findings()).contains(Resolution.MERGE_PROPOSED);
        assertThat(linkOf(once).candidates()).extracting(Link.Candidate::residentId).containsExactly(a);

        hub.send(PoliceRecords.page(twice, once));
        assertThat(linkOf(once).findings()).as("read again").contains(Resolution.MERGE_PROPOSED);

        decisions.merge(a, b, "同一人重复登记", "ops");
        assertThat(linkOf(once).findings()).doesNotContain(Resolution.MERGE_PROPOSED);
        assertThat(linkOf(once).candidates()).isEmpty();
        hub.send(PoliceRecords.page(twice, once));
        assertThat(linkOf(once).findings()).doesNotContain(Resolution.MERGE_PROPOSED);
    }

    @Test
    void aReviewCandidateThatWasMergedNamesTheOneItLivesOnAs() {
        List<Link.Candidate> renamed = ResidentMerges.renamed(List.of(new Link.Candidate("r1", 9.0, List.of()),
                new Link.Candidate("r2", 12.0, List.of()), new Link.Candidate("r3", 7.0, List.of())), "r3", "r1");

        assertThat(renamed).extracting(Link.Candidate::residentId).containsExactly("r2", "r1");
        assertThat(renamed.get(1).score()).isEqualTo(9.0);
    }

    private List<String> members(String householdNo) {
        Household h = store.households().get(Fragments.PSEUDONYMS.householdId(householdNo));
        return h == null ? List.of() : h.members().stream().map(HouseholdMember::residentId).toList();
    }

    private Link linkOf(SourceRecord r) {
        return store.links().get(Resolver.position(Fragments.PSEUDONYMS, r));
    }
}
