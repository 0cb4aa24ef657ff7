package org.civichub.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civichub.model.ChangeEvent;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Sex;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

    static final Provenance CIVIL = new Provenance("civil", "civil/death/HZ1", "v1", Instant.parse("2024-05-01T00:00:00Z"));
    static final IdNumber ID = IdNumber.parse("350203199003070014");

    static Resident resident(PersonStatus status, Tag... tags) {
        PersonFragment.Builder b = PersonFragment.from(CIVIL).idNumber(ID).name("李强").sex(Sex.MALE)
                .birthDate(LocalDate.of(1990, 3, 7)).status(status);
        for (Tag t : tags) {
            b.tag(t);
        }
        return Resident.of("r1", b.build());
    }

    static ChangeEvent event(String kind, String... fields) {
        return new ChangeEvent(null, "resident", "r1", kind, List.of(fields), CIVIL, Instant.parse("2024-05-01T00:00:01Z"));
    }

    @Test
    void aStatusChangeToDeceasedIsADeathAndAnyOtherAStatusChange() {
        assertThat(ChangeKind.of(event("updated", "status", "tags", "tags.deceased"), resident(PersonStatus.DECEASED)))
                .containsExactly(ChangeKind.DEATH);
        assertThat(ChangeKind.of(event("updated", "status"), resident(PersonStatus.MOVED_OUT)))
                .containsExactly(ChangeKind.STATUS);
    }

    @Test
    void aDeathIsReadFromTheStatusTheEventRecordedNotFromTheResidentAsItIsNow() {
        Resident deadNow = resident(PersonStatus.DECEASED);
        ChangeEvent registered = new ChangeEvent(null, "resident", "r1", "created", List.of("name", "status"), CIVIL,
                Instant.parse("2024-01-01T00:00:00Z"), PersonStatus.ACTIVE.code());
        ChangeEvent movedOut = new ChangeEvent(null, "resident", "r1", "updated", List.of("status"), CIVIL,
                Instant.parse("2024-03-01T00:00:00Z"), PersonStatus.MOVED_OUT.code());

        assertThat(ChangeKind.of(registered, deadNow)).containsExactly(ChangeKind.IDENTITY);
        assertThat(ChangeKind.of(movedOut, deadNow)).containsExactly(ChangeKind.STATUS);
    }

    @Test
    void aNewResidentWithANewbornTagIsABirthAndTagKindsNameTheirChange() {
        Resident baby = resident(PersonStatus.ACTIVE, Tag.active(TagKind.NEWBORN, null));

        assertThat(ChangeKind.of(event("created", "name", "birthDate", "tags", "tags.newborn"), baby))
                .containsExactly(ChangeKind.BIRTH, ChangeKind.IDENTITY);
        assertThat(ChangeKind.of(event("updated", "tags", "tags.unemployed", "tags.disability", "currentAddress"), baby))
                .containsExactly(ChangeKind.RESIDENCE, ChangeKind.EMPLOYMENT, ChangeKind.DISABILITY);
        assertThat(ChangeKind.of(event("updated", "conflicts"), baby)).containsExactly(ChangeKind.CONFLICT);
        assertThat(ChangeKind.of(event("merged", "merged"), baby)).isEmpty();
    }
}
