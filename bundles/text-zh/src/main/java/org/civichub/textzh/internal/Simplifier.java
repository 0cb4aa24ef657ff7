package org.civichub.textzh.internal;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.function.UnaryOperator;

/** The opencc4j traditional-to-simplified conversion, loaded once and then read by any number of threads. */
public final class Simplifier {

    private Simplifier() {
    }

    /** Simplified Chinese for {@code text}, phrase-aware; text without traditional characters is unchanged. */
    public static String toSimplified(String text) {
        return Holder.CONVERTER.apply(text);
    }

    private static final class Holder {
        // opencc4j builds its phrase trie lazily and publishes it before it is complete, like the pinyin
        // library; the first conversion therefore runs here, under the class-initialization lock.
        static final UnaryOperator<String> CONVERTER = warmedUp();

        private static UnaryOperator<String> warmedUp() {
            ZhConverterUtil.toSimple("頭髮");
            return ZhConverterUtil::toSimple;
        }
    }
}
