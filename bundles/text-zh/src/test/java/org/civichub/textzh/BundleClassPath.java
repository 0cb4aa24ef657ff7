package org.civichub.textzh;

import com.github.houbb.heaven.util.io.StreamUtil;
import com.github.houbb.nlp.common.segment.ICommonSegment;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.pinyin.bs.PinyinBs;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.stream.Stream;

/**
 * A fresh class loader over this module's classes and the jars the bundle embeds, with only the platform
 * classes above it: like the bundle class loader, and with the libraries' dictionaries not yet loaded.
 */
final class BundleClassPath {

    private BundleClassPath() {
    }

    static URLClassLoader newLoader() {
        URL[] urls = Stream.of(NamePinyin.class, PinyinBs.class, StreamUtil.class, ICommonSegment.class,
                        ZhConverterUtil.class)
                .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
                .distinct()
                .toArray(URL[]::new);
        return new URLClassLoader("bundle", urls, ClassLoader.getPlatformClassLoader());
    }
}
