package org.civichub.connector.health.internal;

/**
 * A drop file that cannot be read at all: badly named, of an unknown type, not GBK, not a workbook,
 * or without the contract's columns. Such a file is moved to the error folder with the reason.
 */
public final class UnreadableDropException extends Exception {

    private final String rule;
    private final String location;

    /**
     * @param rule     a stable code of the broken rule, e.g. {@code csv.gbk}
     * @param location where in the file, e.g. {@code row 1} or {@code line 7}; {@code null} when unknown
     * @param message  what is wrong, in words
     */
    public UnreadableDropException(String rule, String location, String message) {
        super(message);
        this.rule = rule;
        this.location = location;
    }

    public String rule() {
        return rule;
    }

    /** Where in the file, or {@code null} when unknown. */
    public String location() {
        return location;
    }
}
