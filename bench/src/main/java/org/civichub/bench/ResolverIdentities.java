package org.civichub.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.Sex;
import org.civichub.resolver.Identity;

/**
 * Identities for the resolver benchmarks, from a seed: persons of 思明区 with a valid ID number, a name of two or
 * three characters, a birth date, half of them a stated sex, and an address; and for each a messed copy, the
 * same person as another department's record states it.
 *
 * <p>A copy keeps the ID number and writes the address differently ({@code 思明区} in front, {@code 12-3-1503}
 * for {@code 12栋3单元1503室}) and states no sex or birth date; one in 50 has a space inside the name, and one in
 * 100 a wrong check character instead of the valid number (so its ID is only written, not valid). These are
 * the pairs blocking puts side by side; nearly all of them link.
 */
final class ResolverIdentities {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅凤海燕东文辉鹏";
    private static final String[] ROADS = {"大同路", "莲薇路", "龙头二路", "镇海路", "梧村路", "厦禾街"};

    private final Random random;

    ResolverIdentities(long seed) {
        random = new Random(seed);
    }

    /** A new person as a clean record states it. */
    Identity person() {
        LocalDate birth = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "350203" + birth.toString().replace("-", "") + (100 + random.nextInt(900));
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? ""
                : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        String address = ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(299)) + "号"
                + (1 + random.nextInt(24)) + "栋" + (1 + random.nextInt(4)) + "单元" + (101 + random.nextInt(1800)) + "室";
        return Identity.of(first17 + IdNumber.checkCharacter(first17), name,
                random.nextBoolean() ? Sex.MALE : null, birth, List.of(Address.ofText(null, address)));
    }

    /** The same person as another record states it, with that record's way of writing and its mistakes. */
    Identity messedCopy(Identity of) {
        String name = of.name();
        String id = of.idNumber().value();
        if (random.nextInt(50) == 0) {
            name = name.substring(0, 1) + " " + name.substring(1);
        }
        if (random.nextInt(100) == 0) {
            return Identity.of(id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'), name, null, null,
                    of.addresses());
        }
        return Identity.of(id, name, null, null, List.of(Address.ofText(null,
                "思明区" + of.addresses().get(0).text().replace("栋", "-").replace("单元", "-").replace("室", ""))));
    }
}
