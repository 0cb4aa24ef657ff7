package org.civichub.textzh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamePinyinTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "曾国藩, zeng guo fan",
        "单田芳, shan tian fang",
        "解缙, xie jin",
        "仇英, qiu ying",
        "区倩, ou qian",
        "朴树, piao shu",
        "查良镛, zha liang yong",
        "盖聂, ge nie",
        "覃振, qin zhen",
        "乐毅, yue yi",
        "缪荃孙, miao quan sun",
        "翟志刚, zhai zhi gang",
        "种师道, chong shi dao",
        "员半千, yun ban qian",
        "秘红, bi hong",
        "卜凡, bu fan",
        "黑幼龙, he you long",
        "阚泽, kan ze",
        "薄一波, bo yi bo",
        "尉健行, wei jian xing",
        "万里, wan li",
        "柏杨, bai yang",
        "华罗庚, hua luo geng",
        "过传忠, guo chuan zhong",
    })
    void readsPolyphonicSingleSurnamesWithTheirSurnameReading(String name, String spaced) {
        assertThat(NamePinyin.of(name).spaced()).isEqualTo(spaced);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "尉迟恭, yu chi gong",
        "万俟卨, mo qi xie",
        "单于春, chan yu chun",
        "长孙无忌, zhang sun wu ji",
        "澹台灭明, tan tai mie ming",
        "欧阳修, ou yang xiu",
        "司马光, si ma guang",
        "上官婉儿, shang guan wan er",
        "诸葛亮, zhu ge liang",
        "皇甫谧, huang fu mi",
        "令狐冲, ling hu chong",
        "宇文泰, yu wen tai",
        "公孙胜, gong sun sheng",
        "慕容复, mu rong fu",
        "东方朔, dong fang shuo",
        "夏侯惇, xia hou dun",
    })
    void readsCompoundSurnamesAsOneUnit(String name, String spaced) {
        assertThat(NamePinyin.of(name).spaced()).isEqualTo(spaced);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "张三丰, zhang san feng",
        "王芳, wang fang",
        "李娜, li na",
        "刘德华, liu de hua",
        "陈静, chen jing",
        "沈从文, shen cong wen",
        "叶圣陶, ye sheng tao",
        "任盈盈, ren ying ying",
        "石破天, shi po tian",
        "莫言, mo yan",
    })
    void readsCommonNames(String name, String spaced) {
        assertThat(NamePinyin.of(name).spaced()).isEqualTo(spaced);
    }

    @Test
    void readsTheGivenNameAsAPhraseSoItsPolyphonesTakeTheWordReading() {
        assertThat(NamePinyin.of("王重庆").spaced()).isEqualTo("wang chong qing");
        assertThat(NamePinyin.of("李长江").spaced()).isEqualTo("li chang jiang");
    }

    @Test
    void readsATwoCharacterNameAsSurnameAndGivenNameEvenWhenItSpellsACompoundSurname() {
        assertThat(NamePinyin.of("单于").spaced()).isEqualTo("shan yu");
        assertThat(NamePinyin.of("曾").spaced()).isEqualTo("zeng");
    }

    @Test
    void readsTraditionalCharactersAndTraditionalSurnames() {
        assertThat(NamePinyin.of("單田芳")).isEqualTo(NamePinyin.of("单田芳"));
        assertThat(NamePinyin.of("歐陽鋒").spaced()).isEqualTo("ou yang feng");
        assertThat(NamePinyin.of("尉遲恭").spaced()).isEqualTo("yu chi gong");
    }

    @Test
    void fillsSpacedFullAndInitialsFromTheSameSyllables() {
        assertThat(NamePinyin.of("张三丰")).isEqualTo(new NamePinyin("zhang san feng", "zhangsanfeng", "zsf"));
        assertThat(NamePinyin.of("万俟卨")).isEqualTo(new NamePinyin("mo qi xie", "moqixie", "mqx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿依古丽·买买提", "阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽．买买提",
        "阿依古丽‧买买提", "阿依古丽.买买提", " 阿依古丽 · 买买提 "})
    void dropsTheMiddleDotOfATransliteratedNameWhicheverVariantIsUsed(String name) {
        assertThat(NamePinyin.of(name))
                .isEqualTo(new NamePinyin("a yi gu li mai mai ti", "ayigulimaimaiti", "ayglmmt"));
    }

    @Test
    void readsNoChineseSurnameInATransliteratedName() {
        assertThat(NamePinyin.of("查理·卓别林").spaced()).isEqualTo("cha li zhuo bie lin");
    }

    @Test
    void readsFullWidthInputLikeHalfWidthInput() {
        assertThat(NamePinyin.of("ＡＢＣ张３")).isEqualTo(NamePinyin.of("ABC张3"));
        assertThat(NamePinyin.of("张\u3000三丰")).isEqualTo(NamePinyin.of("张三丰"));
    }

    @Test
    void passesLatinLettersAndDigitsThroughLowerCasedAsTheirOwnTokens() {
        assertThat(NamePinyin.of("ABC张3")).isEqualTo(new NamePinyin("abc zhang 3", "abczhang3", "az3"));
        assertThat(NamePinyin.of("张Anna").spaced()).isEqualTo("zhang anna");
        assertThat(NamePinyin.of("José").spaced()).isEqualTo("jose");
    }

    @Test
    void writesUmlautUAsVWithoutToneMarks() {
        assertThat(NamePinyin.of("吕布").spaced()).isEqualTo("lv bu");
        assertThat(NamePinyin.of("女娲").spaced()).isEqualTo("nv wa");
        assertThat(NamePinyin.of("略绿虐·曾·ABC").full()).matches("[a-z0-9]+");
    }

    @Test
    void givesNoSyllableForACharacterWithoutAKnownReading() {
        assertThat(NamePinyin.of("李\uD840\uDC00明").spaced()).isEqualTo("li ming");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "·", "??"})
    void readsANameWithoutReadableCharactersAsEmpty(String name) {
        assertThat(NamePinyin.of(name)).isEqualTo(new NamePinyin("", "", ""));
    }

    @Test
    void rejectsANullName() {
        assertThatNullPointerException().isThrownBy(() -> NamePinyin.of(null));
    }
}
