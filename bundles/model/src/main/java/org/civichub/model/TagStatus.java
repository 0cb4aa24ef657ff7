package org.civichub.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a tagged fact holds now: active, suspended (e.g. 停保, 暂停) or ended (e.g. 终止, deleted). */
public enum TagStatus {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    ENDED("ended");

    private final String code;

    TagStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TagStatus> ofCode(String code) {
        String s = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(k -> k.code.equals(s)).findFirst();
    }
}
