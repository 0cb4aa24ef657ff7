package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class PersonFragmentValidationTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final IdNumber ID = IdNumber.parse("11010519491231002X");
    private static final Provenance SOURCE = new Provenance("police", "police/person/1", "1", Instant.EPOCH);

    private static PersonFragment fragment(String name, Sex sex, String ethnicity, LocalDate birthDate) {
        return new PersonFragment(SOURCE, ID, null, name, sex, ethnicity, birthDate, "H1", "02", null, null, null, null, java.util.List.of());
    }

    private static Set<String> brokenProperties(PersonFragment f) {
        return VALIDATOR.validate(f).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aConsistentFragmentIsValid() {
        assertThat(brokenProperties(fragment("王芳", Sex.FEMALE, "01", LocalDate.of(1949, 12, 31)))).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThat(brokenProperties(fragment(" ", Sex.FEMALE, "01", null))).as("a department fragment needs a name")
                .containsExactly("named");
        assertThat(brokenProperties(fragment("王芳", Sex.FEMALE, "1", null))).containsExactly("ethnicity");
        assertThat(brokenProperties(fragment("王芳", Sex.MALE, "01", null))).containsExactly("sexMatchingIdNumber");
        assertThat(brokenProperties(fragment("王芳", Sex.FEMALE, "01", LocalDate.of(1949, 12, 30))))
                .containsExactly("birthDateMatchingIdNumber");
        assertThat(brokenProperties(fragment("王2芳", Sex.FEMALE, "01", null))).containsExactly("name");
    }

    @Test
    void messagesStateTheRule() {
        Set<ConstraintViolation<PersonFragment>> v = VALIDATOR.validate(fragment("", Sex.FEMALE, "01", null));
        assertThat(v).extracting(ConstraintViolation::getMessage).contains("a name is required");
    }
}
