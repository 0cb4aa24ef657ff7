package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentTest {

    private static final IdNumber ID = IdNumber.parse("11010519491231002X");

    private static PersonFragment fragment(String name, String version, Instant at, PersonStatus status) {
        Provenance p = new Provenance("police", "police/person/" + ID.value(), version, at);
        return new PersonFragment(p, ID, null, name, Sex.FEMALE, "01", LocalDate.of(1949, 12, 31), "H001", "02",
                null, null, status, null, java.util.List.of());
    }

    @Test
    void theMostRecentSourceWinsPerFieldAndKeepsItsProvenance() {
        PersonFragment older = fragment("王芳", "1", Instant.parse("2023-01-01T00:00:00Z"), PersonStatus.ACTIVE);
        PersonFragment newer = fragment("王芳芳", "2", Instant.parse("2024-01-01T00:00:00Z"), null);

        Resident r = Resident.of("r1", newer).merge(older);

        assertThat(r.name().value()).isEqualTo("王芳芳");
        assertThat(r.name().source().sourceVersion()).isEqualTo("2");
        assertThat(r.status().value()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(r.status().source().sourceVersion()).isEqualTo("1");
        assertThat(r.sources()).extracting(Provenance::sourceVersion).containsExactly("1", "2");
    }

    private static PersonFragment facts(String recordKey, String version, Instant at, Tag... tags) {
        PersonFragment.Builder b = PersonFragment.from(new Provenance(recordKey.substring(0, recordKey.indexOf('/')),
                recordKey, version, at)).idNumber(ID);
        for (Tag t : tags) {
            b.tag(t);
        }
        return b.build();
    }

    private static java.util.List<String> tags(Resident r) {
        return r.tags().stream().map(t -> t.value().kind().code() + "/" + t.value().status().code() + "@"
                + t.source().recordKey()).toList();
    }

    @Test
    void aRecordsNewestVersionStatesAllItsFactsWhateverOrderTheyArriveIn() {
        Instant t1 = Instant.parse("2024-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2024-02-01T00:00:00Z");
        PersonFragment employed = facts("labour/jy_dj/JY1", "1", t1, Tag.active(TagKind.EMPLOYED, "某公司"));
        PersonFragment unemployed = facts("labour/jy_dj/JY1", "2", t2, Tag.active(TagKind.UNEMPLOYED, null));
        PersonFragment insured = facts("labour/sb_cb/CB1", "1", t1, Tag.active(TagKind.INSURED, "养老"));

        Resident inOrder = Resident.of("r1", employed).merge(insured).merge(unemployed);
        Resident reversed = Resident.of("r1", unemployed).merge(employed).merge(insured);

        assertThat(tags(inOrder)).containsExactly("unemployed/active@labour/jy_dj/JY1", "insured/active@labour/sb_cb/CB1");
        assertThat(tags(reversed)).isEqualTo(tags(inOrder));
        assertThat(inOrder.merge(unemployed)).isEqualTo(inOrder);
    }

    @Test
    void aNewerVersionWithoutFactsEndsTheOlderVersionsFacts() {
        PersonFragment dead = facts("police/person/" + ID.value(), "1", Instant.parse("2024-01-01T00:00:00Z"),
                Tag.active(TagKind.DECEASED, null));
        PersonFragment corrected = facts("police/person/" + ID.value(), "2", Instant.parse("2024-02-01T00:00:00Z"));

        assertThat(Resident.of("r1", dead).merge(corrected).tags()).isEmpty();
        assertThat(Resident.of("r1", corrected).merge(dead).tags()).isEmpty();
    }

    @Test
    void mergingTheSameFragmentAgainChangesNothing() {
        PersonFragment f = fragment("王芳", "1", Instant.parse("2023-01-01T00:00:00Z"), PersonStatus.ACTIVE);
        Resident once = Resident.of("r1", f);
        assertThat(once.merge(f)).isEqualTo(once);
    }

    @Test
    void householdPutsTheHeadFirstAndReplacesAMembersEntry() {
        Provenance p = new Provenance("police", "police/person/x", "1", Instant.EPOCH);
        Household h = Household.empty("h1", "H001")
                .withMember(new HouseholdMember("r2", "子", "20", p), null)
                .withMember(new HouseholdMember("r1", "父", "02", p), Address.ofText(null, "大同路1号"))
                .withMember(new HouseholdMember("r2", "子", "22", p), null);
        assertThat(h.members()).extracting(HouseholdMember::residentId).containsExactly("r1", "r2");
        assertThat(h.members().get(1).relationToHead()).isEqualTo("22");
        assertThat(h.address().text()).isEqualTo("大同路1号");
        assertThat(h.without("r1").members()).extracting(HouseholdMember::residentId).containsExactly("r2");
    }

    @Test
    void showsTheRecordVersionsMergedIntoItAndTheOlderOnesTheySupersede() {
        Instant at = Instant.parse("2024-05-01T00:00:00Z");
        Provenance v1 = new Provenance("police", "police/person/1", "v1", at);
        Provenance v2 = new Provenance("police", "police/person/1", "v2", at.plusSeconds(60));
        Resident r = Resident.of("r1", PersonFragment.from(v2).name("王芳").build());

        assertThat(r.reflects(v2)).isTrue();
        assertThat(r.reflects(v1)).as("superseded by v2").isTrue();
        assertThat(Resident.of("r1", PersonFragment.from(v1).name("王芳").build()).reflects(v2)).isFalse();
        assertThat(r.reflects(new Provenance("civil", "civil/death/1", "v1", at))).as("another record").isFalse();
    }
}
