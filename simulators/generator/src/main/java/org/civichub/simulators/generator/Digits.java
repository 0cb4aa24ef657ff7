package org.civichub.simulators.generator;

/** Zero-padded numbers for keys and codes, without the cost of {@code String.format}. */
final class Digits {

    private Digits() {
    }

    static String padded(long n, int width) {
        String s = Long.toString(n);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}
