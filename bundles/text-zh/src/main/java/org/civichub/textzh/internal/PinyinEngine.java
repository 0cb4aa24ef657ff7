package org.civichub.textzh.internal;

import com.github.houbb.pinyin.bs.PinyinBs;
import com.github.houbb.pinyin.support.style.PinyinToneStyles;
import java.util.ArrayList;
import java.util.List;

/** The houbb pinyin library behind one method, loaded once and then read by any number of threads. */
public final class PinyinEngine {

    private PinyinEngine() {
    }

    /**
     * The toneless syllables (ü written v) of a run of Han characters from the Basic Multilingual Plane,
     * read as a phrase so that the library's phrase dictionary picks polyphonic readings. A character the
     * library has no reading for yields no syllable.
     */
    public static List<String> syllables(String han) {
        String read = Holder.PINYIN.toPinyin(han);
        List<String> out = new ArrayList<>(han.length());
        int start = 0;
        for (int i = 0; i <= read.length(); i++) {
            if (i == read.length() || read.charAt(i) == ' ') {
                if (isSyllable(read, start, i)) {
                    out.add(read.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isSyllable(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static final class Holder {
        // The library fills its dictionaries lazily and publishes each map before filling it, so a second
        // thread can read a half-loaded dictionary. Loading them here, during class initialization, makes
        // every other thread wait until they are complete; after that the library only reads them.
        static final PinyinBs PINYIN = warmedUp();

        private static PinyinBs warmedUp() {
            PinyinBs pinyin = PinyinBs.newInstance().style(PinyinToneStyles.input()).connector(" ").init();
            pinyin.toPinyin("重庆和张");
            return pinyin;
        }
    }
}
