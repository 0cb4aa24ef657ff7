package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

class IdentityTest {

    private static final String ID = Ids.valid("35020319900307123");

    @Test
    void aParsableIdBecomesTheNumberAndALegacyOneIsUpgraded() {
        Identity fullWidth = Identity.of("３５０２０３１９９００３０７１２３" + ID.charAt(17), "王芳", null, null, null);
        Identity legacy = Identity.of("350203900307123", "王芳", null, null, null);

        assertThat(fullWidth.idNumber()).isEqualTo(new IdNumber(ID));
        assertThat(fullWidth.writtenId()).isNull();
        assertThat(legacy.idNumber()).isEqualTo(new IdNumber(ID));
        assertThat(legacy.addresses()).isEmpty();
    }

    @Test
    void anInvalidIdIsKeptNormalizedAsWritten() {
        Identity wrong = Identity.of(" " + Ids.wrongCheck("35020319900307123") + " ", null, null, null, List.of());
        Identity blank = Identity.of("  ", null, null, null, List.of());

        assertThat(wrong.idNumber()).isNull();
        assertThat(wrong.writtenId()).isEqualTo(Ids.wrongCheck("35020319900307123"));
        assertThat(wrong.id18()).isEqualTo(wrong.writtenId());
        assertThat(blank.idNumber()).isNull();
        assertThat(blank.writtenId()).isNull();
        assertThat(new Identity(null, "３５０２０３ x", null, null, null, null).writtenId()).isEqualTo("350203X");
    }

    @Test
    void sexAndBirthDateComeFromTheIdWhenNotStated() {
        Identity valid = Identity.of(ID, null, null, null, null);
        Identity written = Identity.of(Ids.wrongCheck("35020319900307124"), null, Sex.UNKNOWN, null, null);
        Identity stated = Identity.of(ID, null, Sex.FEMALE, LocalDate.of(1990, 3, 8), null);

        assertThat(valid.effectiveBirthDate()).contains(LocalDate.of(1990, 3, 7));
        assertThat(valid.effectiveSex()).contains(Sex.MALE);
        assertThat(written.effectiveBirthDate()).contains(LocalDate.of(1990, 3, 7));
        assertThat(written.effectiveSex()).contains(Sex.FEMALE);
        assertThat(stated.effectiveBirthDate()).contains(LocalDate.of(1990, 3, 8));
        assertThat(stated.effectiveSex()).contains(Sex.FEMALE);
        assertThat(stated.impliedSex()).contains(Sex.MALE);
    }

    @Test
    void aWrittenIdWithoutARealDateOrDigitsImpliesNothing() {
        Identity badDate = new Identity(null, "350203199002301231", null, null, null, null);
        Identity letters = new Identity(null, "35020319900307A231", null, null, null, null);
        Identity legacy = new Identity(null, "350203900230123", null, null, null, null);

        assertThat(badDate.impliedBirthDate()).isEmpty();
        assertThat(badDate.impliedSex()).isEmpty();
        assertThat(letters.impliedBirthDate()).isEmpty();
        assertThat(legacy.id18()).isNull();
        assertThat(legacy.impliedBirthDate()).isEmpty();
    }

    @Test
    void aFragmentGivesItsIdentity() {
        Address registered = Address.ofText(null, "大同路123号5栋2单元301室");
        PersonFragment fragment = PersonFragment.from(new Provenance("police", "k1", "1", Instant.EPOCH))
                .idNumber(new IdNumber(ID)).name("王芳").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 3, 7))
                .registeredAddress(registered).build();

        assertThat(Identity.of(fragment)).isEqualTo(new Identity(new IdNumber(ID), null, "王芳", Sex.FEMALE,
                LocalDate.of(1990, 3, 7), Arrays.asList(registered)));
    }
}
