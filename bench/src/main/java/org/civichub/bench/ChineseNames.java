package org.civichub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chinese personal names with their pinyin, drawn from small built-in tables: surnames weighted by
 * their frequency in southern Fujian (one compound surname among them) and given-name characters
 * without a second reading, so that the pinyin written beside each name is its reading.
 */
final class ChineseNames {

    /**
     * A name and its pinyin in the forms the hub indexes: {@code 陈伟明}, {@code "chen wei ming"},
     * {@code "chenweiming"}, {@code "cwm"}.
     */
    record Name(String characters, String pinyinSpaced, String pinyinFull, String initials) {
    }

    private record Reading(String characters, String pinyin, int weight) {
    }

    private static final String SURNAMES = "陈 chen 1100,林 lin 900,黄 huang 600,张 zhang 420,李 li 400,"
            + "王 wang 350,吴 wu 350,刘 liu 250,蔡 cai 250,杨 yang 230,郑 zheng 220,许 xu 200,谢 xie 180,"
            + "洪 hong 160,郭 guo 160,曾 zeng 150,庄 zhuang 140,苏 su 140,叶 ye 130,邱 qiu 120,周 zhou 120,"
            + "徐 xu 110,卢 lu 100,柯 ke 90,方 fang 90,赵 zhao 90,孙 sun 80,朱 zhu 80,胡 hu 80,高 gao 80,"
            + "何 he 80,吕 lv 60,欧阳 ou_yang 20";
    private static final String MALE = "伟 wei,强 qiang,军 jun,杰 jie,涛 tao,斌 bin,辉 hui,鹏 peng,磊 lei,"
            + "峰 feng,明 ming,俊 jun,志 zhi,宏 hong,文 wen,建 jian,华 hua,国 guo,荣 rong,福 fu,海 hai,"
            + "东 dong,德 de,平 ping,清 qing,龙 long,毅 yi,亮 liang,健 jian,波 bo,锋 feng,浩 hao,宇 yu,"
            + "轩 xuan,睿 rui,泽 ze,晨 chen,博 bo,金 jin,水 shui";
    private static final String FEMALE = "秀 xiu,英 ying,兰 lan,珍 zhen,玉 yu,梅 mei,凤 feng,芳 fang,琴 qin,"
            + "霞 xia,美 mei,丽 li,娟 juan,燕 yan,静 jing,敏 min,艳 yan,婷 ting,红 hong,玲 ling,琳 lin,"
            + "雪 xue,颖 ying,慧 hui,晶 jing,倩 qian,萍 ping,洁 jie,欣 xin,怡 yi,涵 han,萱 xuan,雨 yu,"
            + "佳 jia,诗 shi,琪 qi,碧 bi,珠 zhu,莲 lian,素 su";

    private final List<Reading> surnames = readings(SURNAMES);
    private final List<Reading> male = readings(MALE);
    private final List<Reading> female = readings(FEMALE);
    private final int surnameWeight = surnames.stream().mapToInt(Reading::weight).sum();

    /** A name for a man or a woman: a surname and one given character (a fifth of names) or two. */
    Name draw(SplittableRandom random, boolean isMale) {
        List<Reading> given = isMale ? male : female;
        List<Reading> parts = new ArrayList<>(3);
        parts.add(surname(random));
        parts.add(given.get(random.nextInt(given.size())));
        if (random.nextInt(5) != 0) {
            parts.add(given.get(random.nextInt(given.size())));
        }
        StringBuilder characters = new StringBuilder();
        List<String> syllables = new ArrayList<>();
        for (Reading part : parts) {
            characters.append(part.characters());
            syllables.addAll(List.of(part.pinyin().split("_")));
        }
        StringBuilder initials = new StringBuilder();
        syllables.forEach(s -> initials.append(s.charAt(0)));
        return new Name(characters.toString(), String.join(" ", syllables), String.join("", syllables),
                initials.toString());
    }

    private Reading surname(SplittableRandom random) {
        int target = random.nextInt(surnameWeight);
        for (Reading surname : surnames) {
            target -= surname.weight();
            if (target < 0) {
                return surname;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static List<Reading> readings(String table) {
        List<Reading> readings = new ArrayList<>();
        for (String entry : table.split(",")) {
            String[] parts = entry.split(" ");
            readings.add(new Reading(parts[0], parts[1], parts.length > 2 ? Integer.parseInt(parts[2]) : 1));
        }
        return List.copyOf(readings);
    }
}
