package org.civichub.connector.generic.internal.csv;

/**
 * A drop file that cannot be read at all: not in its charset, not CSV, or without the mapping's
 * fields in its header. Such a file is moved to the error folder with the reason.
 */
public final class UnreadableFileException extends Exception {

    private final String rule;
    private final String location;

    /**
     * @param rule     a stable code of the broken rule, e.g. {@code csv.charset}
     * @param location where in the file, e.g. {@code row 1} or {@code line 7}; {@code null} when unknown
     * @param message  what is wrong, in words
     */
    public UnreadableFileException(String rule, String location, String message) {
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
