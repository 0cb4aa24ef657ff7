package org.civichub.model;

import java.util.Arrays;
import java.util.Optional;

/** A person's register status (人员状态) with the police code. */
public enum PersonStatus {
    ACTIVE("0", "正常"),
    DECEASED("1", "死亡"),
    MOVED_OUT("2", "迁出"),
    CANCELLED("3", "注销");

    private final String code;
    private final String label;

    PersonStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PersonStatus> ofCode(String code) {
        String s = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(x -> x.code.equals(s)).findFirst();
    }
}
