package org.civichub.textzh;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints how many names per second {@link NamePinyin#of} reads, on one thread and on two, next to a baseline
 * taken in the same run: the pinyin library alone on the same names. A measurement to read, not a test: it
 * asserts nothing. Run it after {@code mvn test-compile} with the test class path, e.g.
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.civichub.textzh.NamePinyinBenchmark}
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class NamePinyinBenchmark {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
            + "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛单解仇区朴查";
    private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛", "尉迟", "万俟", "长孙", "东方"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅凤"
            + "海燕东文辉鹏晓春林斌宇浩然子涵欣怡梓轩思远一鸣重庆长乐行";
    private static final int NAMES = 100_000;

    private NamePinyinBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = names(new Random(42));
        long start = System.nanoTime();
        NamePinyin.of("曾国藩");
        System.out.printf("first call (loads dictionaries): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        for (int round = 0; round < 3; round++) {
            readAll(names);
            readAllWithLibraryOnly(names);
        }
        for (int round = 1; round <= 3; round++) {
            start = System.nanoTime();
            readAllWithLibraryOnly(names);
            System.out.printf("baseline, library alone, round %d: %,.0f names/s%n", round,
                    NAMES * 1e9 / (System.nanoTime() - start));
        }
        for (int round = 1; round <= 3; round++) {
            start = System.nanoTime();
            readAll(names);
            System.out.printf("1 thread,  round %d: %,.0f names/s%n", round,
                    NAMES * 1e9 / (System.nanoTime() - start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                start = System.nanoTime();
                List<Future<Integer>> halves = List.of(
                        pool.submit(() -> readAll(names.subList(0, NAMES / 2))),
                        pool.submit(() -> readAll(names.subList(NAMES / 2, NAMES))));
                for (Future<Integer> half : halves) {
                    half.get();
                }
                System.out.printf("2 threads, round %d: %,.0f names/s%n", round,
                        NAMES * 1e9 / (System.nanoTime() - start));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int readAll(List<String> names) {
        int length = 0;
        for (String name : names) {
            length += NamePinyin.of(name).full().length();
        }
        return length;
    }

    private static int readAllWithLibraryOnly(List<String> names) {
        int length = 0;
        for (String name : names) {
            length += PinyinHelper.toPinyin(name, PinyinStyleEnum.INPUT, " ").length();
        }
        return length;
    }

    private static List<String> names(Random random) {
        List<String> names = new ArrayList<>(NAMES);
        for (int i = 0; i < NAMES; i++) {
            String surname = random.nextInt(50) == 0
                    ? COMPOUND[random.nextInt(COMPOUND.length)]
                    : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            StringBuilder name = new StringBuilder(surname);
            int given = random.nextInt(3) == 0 ? 1 : 2;
            for (int k = 0; k < given; k++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            names.add(name.toString());
        }
        return names;
    }
}
