package org.civichub.resolver;

import java.util.List;

/**
 * A resolver configuration that cannot be used, with every problem found in it. The message names the source
 * and, for each problem, the key it concerns.
 */
public class ResolverConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    public ResolverConfigException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The name of the configuration, e.g. {@code etc/org.civichub.resolver.cfg}. */
    public String source() {
        return source;
    }

    /** Each problem, starting with the key it concerns. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder sb = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
