package org.civichub.store.elasticsearch;

import java.time.Instant;
import java.time.LocalDate;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.ResidencePermit;
import org.civichub.model.Resident;
import org.civichub.model.Sex;

/** Residents for tests. */
public final class Residents {

    /** The test key the residents' ids are derived with. */
    public static final org.civichub.model.Pseudonyms KEYS =
            new org.civichub.model.Pseudonyms("a test key of thirty-two bytes..".getBytes());

    private Residents() {
    }

    /** A valid ID number from its first 17 digits. */
    public static IdNumber idNumber(String first17) {
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    /** A resident known from one police record, registered and living in the given community. */
    public static Resident resident(String name, String first17, String community, String addressText) {
        IdNumber id = idNumber(first17);
        Provenance p = new Provenance("police", "police/person/" + id.value(), "1", Instant.parse("2024-03-01T08:00:00Z"));
        Address address = new Address(new DivisionCode(community), addressText, "G01", "3", "2", "501");
        return Resident.of(KEYS.residentId(id), new PersonFragment(p, id, null, name, id.sex(), "01", id.birthDate(), "H" + first17.substring(10),
                "02", address, address, PersonStatus.ACTIVE, null, java.util.List.of()));
    }

    /** A resident with every field set, from two departments that disagree on the current address. */
    public static Resident full() {
        IdNumber id = idNumber("35020319800115301");
        Provenance police = new Provenance("police", "police/person/" + id.value(), "7",
                Instant.parse("2024-01-02T03:04:05.123456789Z"));
        Provenance health = new Provenance("health", "health/family/F-88", "2", Instant.parse("2024-06-01T00:00:00Z"));
        Address registered = new Address(new DivisionCode("350203001001"), "厦门市思明区鼓浪屿龙头路１２号", "G01", "3", "2", "501");
        Address current = new Address(new DivisionCode("350206002003"), "厦门市湖里区江头街道 台湾街 88 号", null, null, null, null);
        Resident r = Resident.of(KEYS.residentId(id), new PersonFragment(police, id, null, "欧阳 娜娜", Sex.FEMALE, "01", LocalDate.of(1980, 1, 15),
                "H0001", "02", registered, registered, PersonStatus.ACTIVE,
                new ResidencePermit("JZZ-1", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)), java.util.List.of()));
        return r.merge(new PersonFragment(health, id, null, "欧阳娜娜", null, null, null, null, null, null, current, null, null,
                java.util.List.of(new org.civichub.model.Tag(org.civichub.model.TagKind.MARITAL,
                        org.civichub.model.TagStatus.ACTIVE, "已婚", "1", null, null))));
    }
}
