package org.civichub.connector.generic.internal.mapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mapping file that is refused, with every problem found: each names the file, the line (none for
 * what the whole file lacks) and the target or key of that line. A connector with a refused
 * mapping does not start.
 */
public final class MappingException extends Exception {

    /** One problem: on {@code line} (0 for the whole file), about {@code subject} (a target, key or field). */
    public record Problem(int line, String subject, String text) {
    }

    private final String file;
    private final List<Problem> problems;

    public MappingException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String file, List<Problem> problems) {
        String head = "mapping file " + file + " is refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n";
        return head + problems.stream()
                .map(p -> "  " + file + (p.line() > 0 ? " line " + p.line() : "") + ", " + p.subject() + ": " + p.text())
                .collect(Collectors.joining("\n"));
    }
}
