package org.civichub.rest.internal.problem;

import java.util.List;

/** Ends a request with a problem detail; mapped by {@link ProblemExceptionMapper}. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(List<FieldError> errors) {
        return new ProblemException(new Problem("urn:civichub:problem:invalid-parameters", "Bad Request", 400,
                "the request has invalid parameters", errors));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, detail));
    }

    public static ProblemException unavailable(String kind, String detail) {
        return new ProblemException(Problem.of(kind, 503, detail));
    }
}
