package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

class BlockingKeyTest {

    private static final String FIRST17 = "35020319900307124";
    private static final List<BlockingKey> ALL = List.of(BlockingKey.values());

    @Test
    void aValidIdWithANameGivesEveryKey() {
        Prepared p = Ids.prepared(Ids.valid(FIRST17), "王芳", null, null);

        assertThat(BlockingKey.keys(ALL, p)).containsExactly(
                "id:" + Ids.valid(FIRST17),
                "id17:" + FIRST17,
                "id-area-birth:350203|19900307",
                "birth-surname:19900307|wang",
                "pinyin-sex-year:wangfang|2|1990",
                "pinyin-area-seq:wangfang|350203|124");
    }

    @Test
    void aWrittenIdGivesEveryKeyButId() {
        Prepared p = Ids.prepared(Ids.wrongCheck(FIRST17), "王芳", null, null);

        assertThat(BlockingKey.ID.key(p)).isEmpty();
        assertThat(BlockingKey.keys(ALL, p)).containsExactly(
                "id17:" + FIRST17,
                "id-area-birth:350203|19900307",
                "birth-surname:19900307|wang",
                "pinyin-sex-year:wangfang|2|1990",
                "pinyin-area-seq:wangfang|350203|124");
    }

    @Test
    void aBirthDateTypoKeepsTheAreaSequenceKey() {
        Prepared police = Ids.prepared(Ids.valid(FIRST17), "王芳", null, null);
        Prepared labour = Ids.prepared(Ids.valid("35020319900207124"), "王芳", null, null);

        assertThat(BlockingKey.keys(ALL, police)).containsOnlyOnce("pinyin-area-seq:wangfang|350203|124");
        assertThat(BlockingKey.keys(ALL, labour)).contains("pinyin-area-seq:wangfang|350203|124",
                "pinyin-sex-year:wangfang|2|1990");
    }

    @Test
    void withoutAnIdOnlyNameAndBirthKeysAndOnlyWhenTheirPartsArePresent() {
        Prepared newborn = Ids.prepared(null, "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1));
        Prepared noSex = Ids.prepared(null, "陈小明", null, LocalDate.of(2024, 5, 1));
        Prepared noName = Ids.prepared(null, null, Sex.MALE, LocalDate.of(2024, 5, 1));
        Prepared legacyUnparsed = Ids.prepared("350203650230123", "陈小明", null, null);

        assertThat(BlockingKey.keys(ALL, newborn)).containsExactly("birth-surname:20240501|chen",
                "pinyin-sex-year:chenxiaoming|1|2024");
        assertThat(BlockingKey.keys(ALL, noSex)).containsExactly("birth-surname:20240501|chen");
        assertThat(BlockingKey.keys(ALL, noName)).isEmpty();
        assertThat(BlockingKey.keys(ALL, legacyUnparsed)).isEmpty();
    }

    @Test
    void aTransliteratedNameBlocksOnItsFirstTokenWithOrWithoutTheDot() {
        Prepared dotted = Ids.prepared(null, "阿依古丽·买买提", null, LocalDate.of(1985, 1, 2));
        Prepared undotted = Ids.prepared(null, "阿依古丽买买提", null, LocalDate.of(1985, 1, 2));

        assertThat(BlockingKey.BIRTH_SURNAME.key(dotted)).contains("birth-surname:19850102|a");
        assertThat(BlockingKey.BIRTH_SURNAME.key(undotted)).isEqualTo(BlockingKey.BIRTH_SURNAME.key(dotted));
    }

    @Test
    void traditionalCharactersAndHomophonesShareThePinyinKeys() {
        Prepared simplified = Ids.prepared(null, "陈丽华", Sex.FEMALE, LocalDate.of(1990, 3, 7));
        Prepared traditional = Ids.prepared(null, "陳麗華", Sex.FEMALE, LocalDate.of(1990, 3, 7));
        Prepared homophone = Ids.prepared(null, "陈莉华", Sex.FEMALE, LocalDate.of(1990, 3, 7));

        assertThat(BlockingKey.keys(ALL, traditional)).isEqualTo(BlockingKey.keys(ALL, simplified));
        assertThat(BlockingKey.keys(ALL, homophone)).isEqualTo(BlockingKey.keys(ALL, simplified));
    }
}
