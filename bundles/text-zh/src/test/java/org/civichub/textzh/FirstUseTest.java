package org.civichub.textzh;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The first calls load dictionaries; each test runs them in a fresh class loader so they really are first. */
class FirstUseTest {

    private static final Map<String, String> NAMES = Map.of(
            "曾国藩", "zeng guo fan",
            "尉迟恭", "yu chi gong",
            "王重庆", "wang chong qing",
            "阿依古丽·买买提", "a yi gu li mai mai ti",
            "长孙无忌", "zhang sun wu ji");
    private static final String TRADITIONAL = "頭髮";

    @RepeatedTest(3)
    void concurrentFirstCallsAllSeeCompleteDictionaries() throws Exception {
        int threads = 6;
        Map<String, String> expected = new HashMap<>(NAMES);
        expected.put(TRADITIONAL, "头发");
        try (URLClassLoader bundle = BundleClassPath.newLoader()) {
            Method of = bundle.loadClass(NamePinyin.class.getName()).getMethod("of", String.class);
            Method simplify = bundle.loadClass(ChineseText.class.getName()).getMethod("toSimplified", String.class);
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Callable<Map<String, String>>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean simplifyFirst = t % 2 == 0;
                calls.add(() -> {
                    start.await();
                    Map<String, String> read = new HashMap<>();
                    if (simplifyFirst) {
                        read.put(TRADITIONAL, (String) simplify.invoke(null, TRADITIONAL));
                    }
                    for (String name : NAMES.keySet()) {
                        read.put(name, spaced(of.invoke(null, name)));
                    }
                    if (!simplifyFirst) {
                        read.put(TRADITIONAL, (String) simplify.invoke(null, TRADITIONAL));
                    }
                    return read;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (Future<Map<String, String>> result : pool.invokeAll(calls)) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void loadsItsDictionariesWithoutTheThreadContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader bundle = BundleClassPath.newLoader();
             URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(blind);
            Object pinyin = bundle.loadClass(NamePinyin.class.getName()).getMethod("of", String.class)
                    .invoke(null, "曾国藩");
            Object simplified = bundle.loadClass(ChineseText.class.getName())
                    .getMethod("toSimplified", String.class).invoke(null, "張三豐");
            assertThat(spaced(pinyin)).isEqualTo("zeng guo fan");
            assertThat(simplified).isEqualTo("张三丰");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String spaced(Object namePinyin) throws ReflectiveOperationException {
        return (String) namePinyin.getClass().getMethod("spaced").invoke(namePinyin);
    }
}
