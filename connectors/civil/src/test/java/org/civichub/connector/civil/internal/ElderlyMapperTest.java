package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.civil.internal.Items.elderly;
import static org.civichub.connector.civil.internal.Items.with;

import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElderlyMapperTest {

    private static Mapping map(Map<String, String> item) {
        return Items.map(CivilStream.ELDERLY, item);
    }

    @Test
    void anElderlyPersonLivingAloneWithCareHasBothTagsActiveGradedByTheCareLevel() {
        Mapping m = map(elderly());

        assertThat(m.subject().idNumber().value()).isEqualTo(Items.ID);
        assertThat(m.subject().name()).isEqualTo("王五");
        assertThat(m.subject().tags()).containsExactly(
                new Tag(TagKind.ELDERLY_ALONE, TagStatus.ACTIVE, null, "2", null, null),
                new Tag(TagKind.ELDERLY_CARE, TagStatus.ACTIVE, null, "2", null, null));
        assertThat(m.subject().source().recordKey()).isEqualTo("civil/elderly/" + Items.ID);
        assertThat(m.sourceField()).containsEntry("idNumber", "idCard").containsEntry("name", "name");
    }

    @Test
    void notLivingAloneAndCareLevelZeroEndBothTags() {
        Map<String, String> item = with(with(elderly(), "livingAlone", "false"), "careLevel", "0");

        assertThat(map(item).subject().tags()).containsExactly(
                new Tag(TagKind.ELDERLY_ALONE, TagStatus.ENDED, null, "0", null, null),
                new Tag(TagKind.ELDERLY_CARE, TagStatus.ENDED, null, "0", null, null));
    }

    @ParameterizedTest
    @CsvSource({"true, 0, ACTIVE, ENDED", "false, 3, ENDED, ACTIVE", "TRUE, 1, ACTIVE, ACTIVE"})
    void eachTagFollowsItsOwnField(String alone, String level, TagStatus aloneStatus, TagStatus careStatus) {
        Map<String, String> item = with(with(elderly(), "livingAlone", alone), "careLevel", level);

        assertThat(map(item).subject().tags()).extracting(Tag::kind, Tag::status).containsExactly(
                tuple(TagKind.ELDERLY_ALONE, aloneStatus), tuple(TagKind.ELDERLY_CARE, careStatus));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "独居", "2"})
    void aLivingAloneThatIsNoBooleanIsAViolation(String alone) {
        assertThat(map(with(elderly(), "livingAlone", alone)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("livingAlone", "boolean.valid", alone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "4", "一级", "2.0"})
    void aCareLevelOutsideZeroToThreeIsAViolation(String level) {
        assertThat(map(with(elderly(), "careLevel", level)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("careLevel", "integer.range", level));
    }

    @Test
    void livingAloneAndTheCareLevelAreRequired() {
        Map<String, String> item = with(with(elderly(), "livingAlone", ""), "careLevel", "");

        assertThat(map(item).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("livingAlone", "field.present"), tuple("careLevel", "field.present"));
    }

    @Test
    void aRecordWithoutAnIdCardHasNoKeyAndIsRejected() {
        assertThat(map(with(elderly(), "idCard", "")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("idCard", "key.present"));
    }

    @Test
    void anIdCardWithAWrongCheckCharacterIsStillTheKeyButLeavesThePersonUnlinked() {
        String wrong = Items.ID.substring(0, 17) + (Items.ID.endsWith("0") ? "1" : "0");

        Mapping m = map(with(elderly(), "idCard", wrong));

        assertThat(m.subject().isLinkable()).isFalse();
        assertThat(m.subject().source().recordKey()).isEqualTo("civil/elderly/" + wrong);
    }
}
