package org.civichub.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.Sex;

/**
 * Prints how many identities per second {@link Prepared#of} prepares and how many pairs per second
 * {@link MatchModel#score} scores, on one thread and on two. Half the pairs are a record against a messed copy
 * of itself (the pairs blocking finds), half two random identities. A measurement to read, not a test: it
 * asserts nothing. Run it after {@code mvn test-compile} with the test class path, e.g.
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.civichub.resolver.ResolverBenchmark}
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ResolverBenchmark {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅凤海燕东文辉鹏";
    private static final String[] ROADS = {"大同路", "莲薇路", "龙头二路", "镇海路", "梧村路", "厦禾街"};
    private static final int IDENTITIES = 20_000;
    private static final int PAIRS = 2_000_000;

    private ResolverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(42);
        List<Identity> identities = new ArrayList<>(IDENTITIES);
        List<Identity> copies = new ArrayList<>(IDENTITIES);
        for (int i = 0; i < IDENTITIES; i++) {
            identities.add(identity(random, false, null));
            copies.add(identity(random, true, identities.get(i)));
        }
        MatchModel model = MatchModel.defaults();
        Prepared.of(identities.get(0));
        long start = System.nanoTime();
        List<Prepared> a = identities.stream().map(Prepared::of).toList();
        List<Prepared> b = copies.stream().map(Prepared::of).toList();
        System.out.printf("prepare: %,.0f identities/s%n", 2 * IDENTITIES * 1e9 / (System.nanoTime() - start));
        int[][] pairs = new int[PAIRS][2];
        for (int i = 0; i < PAIRS; i++) {
            pairs[i][0] = random.nextInt(IDENTITIES);
            pairs[i][1] = i % 2 == 0 ? pairs[i][0] : random.nextInt(IDENTITIES);
        }
        for (int round = 1; round <= 3; round++) {
            start = System.nanoTime();
            long links = scoreAll(model, a, b, pairs, 0, PAIRS);
            System.out.printf("1 thread,  round %d: %,.0f pairs/s (%d links)%n", round,
                    PAIRS * 1e9 / (System.nanoTime() - start), links);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                start = System.nanoTime();
                Future<Long> first = pool.submit(() -> scoreAll(model, a, b, pairs, 0, PAIRS / 2));
                Future<Long> second = pool.submit(() -> scoreAll(model, a, b, pairs, PAIRS / 2, PAIRS));
                long links = first.get() + second.get();
                System.out.printf("2 threads, round %d: %,.0f pairs/s (%d links)%n", round,
                        PAIRS * 1e9 / (System.nanoTime() - start), links);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long scoreAll(MatchModel model, List<Prepared> a, List<Prepared> b, int[][] pairs, int from,
                                 int to) {
        long links = 0;
        for (int i = from; i < to; i++) {
            if (model.score(a.get(pairs[i][0]), b.get(pairs[i][1])).decision() == Decision.LINK) {
                links++;
            }
        }
        return links;
    }

    private static Identity identity(Random random, boolean messed, Identity of) {
        if (of != null) {
            String name = of.name();
            String id = of.idNumber().value();
            if (messed && random.nextInt(50) == 0) {
                name = name.substring(0, 1) + " " + name.substring(1);
            }
            if (messed && random.nextInt(100) == 0) {
                return new Identity(null, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'), name, null, null,
                        of.addresses());
            }
            return new Identity(of.idNumber(), null, name, null, null, List.of(Address.ofText(null,
                    "思明区" + of.addresses().get(0).text().replace("栋", "-").replace("单元", "-").replace("室", ""))));
        }
        LocalDate birth = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "350203" + birth.toString().replace("-", "") + (100 + random.nextInt(900));
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? ""
                : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        String address = ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(299)) + "号"
                + (1 + random.nextInt(24)) + "栋" + (1 + random.nextInt(4)) + "单元" + (101 + random.nextInt(1800)) + "室";
        IdNumber id = new IdNumber(first17 + IdNumber.checkCharacter(first17));
        return new Identity(id, null, name, random.nextBoolean() ? Sex.MALE : null, birth,
                List.of(Address.ofText(null, address)));
    }
}
