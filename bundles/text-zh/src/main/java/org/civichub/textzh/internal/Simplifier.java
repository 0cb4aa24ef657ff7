package org.civichub.textzh.internal;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.function.UnaryOperator;

/** The opencc4j traditional-to-simplified conversion, loaded once and then read by any number of threads. */
public final class Simplifier {

    private Simplifier() {
    }

    /** The texts converted lately: the same names and addresses are converted again and again. */
    private static final Recent<String> RECENT = new Recent<>(text -> Holder.CONVERTER.apply(text), 1 << 15);

    /** Simplified Chinese for {@code text}, phrase-aware; text without traditional characters is unchanged. */
    public static String toSimplified(String text) {
        return RECENT.apply(text);
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
