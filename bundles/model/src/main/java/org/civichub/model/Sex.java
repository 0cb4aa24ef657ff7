package org.civichub.model;

import java.util.Arrays;
import java.util.Optional;

/** Sex with its GB/T 2261.1 code. */
public enum Sex {
    UNKNOWN("0", "未知"),
    MALE("1", "男"),
    FEMALE("2", "女"),
    UNSTATED("9", "未说明");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The sex for a GB/T 2261.1 code or a Chinese label (男, 女). */
    public static Optional<Sex> of(String codeOrLabel) {
        if (codeOrLabel == null) {
            return Optional.empty();
        }
        String s = codeOrLabel.strip();
        return Arrays.stream(values()).filter(x -> x.code.equals(s) || x.label.equals(s)).findFirst();
    }
}
