package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Resolution keys and the residents they point at, in memory and compact: a key is kept as a 96-bit
 * fingerprint of its text (keys are keyed hashes, so two of five million keys sharing one has a
 * chance of about 10<sup>-16</sup>), its residents as numbers into a table that holds each resident
 * id once, the hub's own ids ({@code r} and 32 hex digits) as two numbers. The key table is at most
 * four fifths full: a key with one resident takes 20 to 40 bytes, a resident id 24 to 48, whatever
 * the number of keys naming it ({@link #footprint}). Not thread-safe.
 */
final class KeyTable {

    private static final int FIRST_CAPACITY = 1 << 12;

    private long[] high = new long[FIRST_CAPACITY];
    private int[] low = new int[FIRST_CAPACITY];
    /** A key's resident: its number, or, below zero, {@code -1 - i} for the list {@code i} in {@link #lists}. */
    private int[] value = new int[FIRST_CAPACITY];
    private int size;
    private final List<int[]> lists = new ArrayList<>();
    private long listBytes;
    private final ResidentIds residents = new ResidentIds();

    /** The residents of a key, in the order written; null when the key is not here. */
    List<String> get(String key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        int v = value[slot];
        if (v >= 0) {
            return List.of(residents.id(v));
        }
        int[] list = lists.get(-1 - v);
        String[] out = new String[list.length];
        for (int i = 0; i < list.length; i++) {
            out[i] = residents.id(list[i]);
        }
        return List.of(out);
    }

    /** Sets a key's residents, in order. */
    void put(String key, List<String> residentIds) {
        if (size + 1 > high.length - high.length / 5) {
            grow();
        }
        long h = high(key);
        int l = low(key, h);
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
                listBytes -= bytes(lists.set(-1 - old, null));
            }
            return;
        }
        int[] list = new int[residentIds.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = residents.number(residentIds.get(i));
        }
        listBytes += bytes(list);
        if (old < 0) {
            listBytes -= bytes(lists.set(-1 - old, list));
        } else {
            lists.add(list);
            value[slot] = -lists.size();
        }
    }

    /**
     * The heap the table takes, in bytes, as its arrays count it (object headers and the list of
     * lists' slots included, the growing arrays' unused part too).
     */
    long footprint() {
        return 16L * 3 + high.length * 8L + low.length * 4L + value.length * 4L + lists.size() * 4L + listBytes
                + residents.footprint();
    }

    private static long bytes(int[] list) {
        return list == null ? 0 : 16 + ((list.length * 4L + 7) & ~7L);
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
    private int find(long h, int l) {
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
        int[] oldLow = low;
        int[] oldValue = value;
        high = new long[oldHigh.length * 2];
        low = new int[oldHigh.length * 2];
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

    /**
     * The fingerprint's other 32 bits, from a second pass seeded with the first, never leaving the
     * whole fingerprint zero (a free slot).
     */
    static int low(String key, long high) {
        long l = 0xC2B2AE3D27D4EB4FL ^ high;
        for (int i = key.length() - 1; i >= 0; i--) {
            l = mix(l + key.charAt(i));
        }
        int low = (int) (l ^ (l >>> 32));
        return high == 0 && low == 0 ? 1 : low;
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

    /**
     * Each resident id once, numbered in the order first seen: an id of the hub's form ({@code r} and
     * 32 lowercase hex digits) as two numbers, any other as it is.
     */
    private static final class ResidentIds {

        private long[] first = new long[FIRST_CAPACITY];
        private long[] second = new long[FIRST_CAPACITY];
        /** Ids not of the hub's form, by number (rare: tests, ids from elsewhere). */
        private final Map<Integer, String> others = new HashMap<>();
        private final Map<String, Integer> otherNumbers = new HashMap<>();
        /** Open addressing over the ids of the hub's form: the number plus one, 0 for a free slot. */
        private int[] slots = new int[FIRST_CAPACITY * 2];
        private int size;
        private int hexSize;

        int number(String id) {
            if (!hexForm(id)) {
                Integer known = otherNumbers.get(id);
                if (known != null) {
                    return known;
                }
                int n = next();
                others.put(n, id);
                otherNumbers.put(id, n);
                return n;
            }
            long a = hex(id, 1);
            long b = hex(id, 17);
            int mask = slots.length - 1;
            for (int slot = spread(a ^ b) & mask; ; slot = (slot + 1) & mask) {
                int n = slots[slot];
                if (n == 0) {
                    return add(a, b);
                }
                if (first[n - 1] == a && second[n - 1] == b) {
                    return n - 1;
                }
            }
        }

        String id(int number) {
            if (!others.isEmpty()) {
                String other = others.get(number);
                if (other != null) {
                    return other;
                }
            }
            HexFormat hex = HexFormat.of();
            return "r" + hex.toHexDigits(first[number]) + hex.toHexDigits(second[number]);
        }

        int size() {
            return size;
        }

        long footprint() {
            return 16L * 3 + first.length * 16L + slots.length * 4L + others.size() * 160L;
        }

        private int next() {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
            }
            return size++;
        }

        private int add(long a, long b) {
            int n = next();
            first[n] = a;
            second[n] = b;
            hexSize++;
            if (hexSize > slots.length - slots.length / 4) {
                slots = new int[slots.length * 2];
                for (int i = 0; i < size; i++) {
                    if (!others.containsKey(i)) {
                        slots[free(first[i] ^ second[i])] = i + 1;
                    }
                }
            } else {
                slots[free(a ^ b)] = n + 1;
            }
            return n;
        }

        private int free(long hash) {
            int mask = slots.length - 1;
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** Whether the id is {@code r} and 32 lowercase hex digits. */
        private static boolean hexForm(String id) {
            if (id.length() != 33 || id.charAt(0) != 'r') {
                return false;
            }
            for (int i = 1; i < 33; i++) {
                char c = id.charAt(i);
                if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                    return false;
                }
            }
            return true;
        }

        /** The 16 hex digits from {@code from} as a number. */
        private static long hex(String id, int from) {
            long v = 0;
            for (int i = from; i < from + 16; i++) {
                v = (v << 4) | Character.digit(id.charAt(i), 16);
            }
            return v;
        }
    }
}
