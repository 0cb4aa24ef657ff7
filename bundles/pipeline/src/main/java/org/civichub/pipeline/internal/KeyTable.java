package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolution keys and the residents they point at, in memory and compact: a key is kept as a 128-bit
 * fingerprint of its text (keys are keyed hashes, so two keys sharing one is beyond any realistic
 * chance), its residents as numbers into a table that holds each resident id once. The table is
 * at most four fifths full, so a key with one resident costs 25 to 50 bytes (about 6 million keys
 * of 1,000,000 residents fit 168 MB), a resident id about 100, whatever the number of keys naming
 * it. Not thread-safe.
 */
final class KeyTable {

    private static final int FIRST_CAPACITY = 1 << 12;

    private long[] high = new long[FIRST_CAPACITY];
    private long[] low = new long[FIRST_CAPACITY];
    /** A key's resident: its number, or, below zero, {@code -1 - i} for the list {@code i} in {@link #lists}. */
    private int[] value = new int[FIRST_CAPACITY];
    private int size;
    private final List<int[]> lists = new ArrayList<>();
    private final Names residents = new Names();

    /** The residents of a key, in the order written; null when the key is not here. */
    List<String> get(String key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        int v = value[slot];
        if (v >= 0) {
            return List.of(residents.name(v));
        }
        int[] list = lists.get(-1 - v);
        String[] out = new String[list.length];
        for (int i = 0; i < list.length; i++) {
            out[i] = residents.name(list[i]);
        }
        return List.of(out);
    }

    /** Sets a key's residents, in order. */
    void put(String key, List<String> residentIds) {
        if (size + 1 > high.length - high.length / 5) {
            grow();
        }
        long h = high(key);
        long l = low(key, h);
        int slot = find(h, l);
        boolean present = slot >= 0;
        if (!present) {
            slot = -1 - slot;
            high[slot] = h;
            low[slot] = l;
            size++;
        }
        int old = present ? value[slot] : 0;
        if (residentIds.size() == 1) {
            value[slot] = residents.number(residentIds.get(0));
            if (old < 0) {
                lists.set(-1 - old, null);
            }
            return;
        }
        int[] list = new int[residentIds.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = residents.number(residentIds.get(i));
        }
        if (old < 0) {
            lists.set(-1 - old, list);
        } else {
            lists.add(list);
            value[slot] = -lists.size();
        }
    }

    /** How many keys are here. */
    int size() {
        return size;
    }

    /** How many distinct residents the keys name. */
    int residents() {
        return residents.size();
    }

    private int find(String key) {
        long h = high(key);
        return find(h, low(key, h));
    }

    /** The slot of a fingerprint; {@code -1 - free slot} when it is not here. */
    private int find(long h, long l) {
        int mask = high.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            if (high[slot] == 0 && low[slot] == 0) {
                return -1 - slot;
            }
            if (high[slot] == h && low[slot] == l) {
                return slot;
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldValue = value;
        high = new long[oldHigh.length * 2];
        low = new long[oldHigh.length * 2];
        value = new int[oldHigh.length * 2];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                int slot = -1 - find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                value[slot] = oldValue[i];
            }
        }
    }

    static long high(String key) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            h = mix(h ^ key.charAt(i));
        }
        return mix(h ^ key.length());
    }

    /** A second fingerprint half, seeded with the first, never leaving both halves zero (a free slot). */
    static long low(String key, long high) {
        long l = 0xC2B2AE3D27D4EB4FL ^ high;
        for (int i = key.length() - 1; i >= 0; i--) {
            l = mix(l + key.charAt(i));
        }
        return high == 0 && l == 0 ? 1 : l;
    }

    /** The finalizer of MurmurHash3's 64-bit variant: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static int spread(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** Each resident id once, numbered in the order first seen. */
    private static final class Names {

        private String[] names = new String[FIRST_CAPACITY];
        /** Open addressing over {@link #names}: the number plus one, 0 for a free slot. */
        private int[] slots = new int[FIRST_CAPACITY * 2];
        private int size;

        int number(String name) {
            int mask = slots.length - 1;
            for (int slot = name.hashCode() & mask; ; slot = (slot + 1) & mask) {
                int n = slots[slot];
                if (n == 0) {
                    return add(name, slot);
                }
                if (names[n - 1].equals(name)) {
                    return n - 1;
                }
            }
        }

        String name(int number) {
            return names[number];
        }

        int size() {
            return size;
        }

        private int add(String name, int slot) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                slots = new int[names.length * 2];
                for (int i = 0; i < size; i++) {
                    slots[free(names[i])] = i + 1;
                }
                slot = free(name);
            }
            names[size] = name;
            slots[slot] = ++size;
            return size - 1;
        }

        private int free(String name) {
            int mask = slots.length - 1;
            int slot = name.hashCode() & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
