package org.civichub.rest.internal.resource;

import java.util.ArrayList;
import java.util.List;
import org.civichub.model.TagKind;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.store.ResidentQuery;

/**
 * Checks a request's query parameters and collects every bad one, so that a 400 lists them all.
 * Parameters are taken as strings: a JAX-RS conversion failure would answer 404.
 */
final class Params {

    static final int DEFAULT_SIZE = 20;
    /** Lists are for browsing, not for export: no page may reach past this many items. */
    static final int WINDOW = 10_000;

    /** A 0-based page number and a page size. */
    record Paging(int page, int size) {

        long offset() {
            return (long) page * size;
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    /** The page and size asked for; {@code size} defaults to 20 and is at most 200. */
    Paging paging(String page, String size) {
        int p = integer("page", page, 0, 0, WINDOW);
        int s = integer("size", size, DEFAULT_SIZE, 1, ResidentQuery.MAX_SIZE);
        if ((long) (p + 1) * s > WINDOW) {
            errors.add(new FieldError("page", "window(" + WINDOW + ")", page));
        }
        return new Paging(p, s);
    }

    /** A page size from 1 to {@code max}, {@code absent} when not given. */
    int limit(String value, int absent, int max) {
        return integer("limit", value, absent, 1, max);
    }

    /** The value, or {@code null} when absent or blank; an error when it does not match. */
    String optional(String field, String value, String regex, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches(regex)) {
            errors.add(new FieldError(field, rule, value));
        }
        return v;
    }

    /** At most 10 tag terms, each a known kind's code with an optional {@code :detail} (rule {@code tag}). */
    List<String> tags(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String t = v.strip();
            String kind = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
            if (TagKind.ofCode(kind).isEmpty() || !t.matches("[a-z-]+(:[^\\p{Cntrl}]{1,40})?")) {
                errors.add(new FieldError("tag", "tag", v));
            } else {
                out.add(t);
            }
        }
        if (out.size() > 10) {
            errors.add(new FieldError("tag", "count(0..10)", String.valueOf(out.size())));
        }
        return out;
    }

    /** Records an error for a parameter that must not be given (yet). */
    void absent(String field, String value, String rule) {
        if (value != null && !value.isBlank()) {
            errors.add(new FieldError(field, rule, value));
        }
    }

    /** @throws ProblemException 400 listing every bad parameter, if there is one */
    /** Records an error found by a rule this class does not know. */
    void error(FieldError e) {
        errors.add(e);
    }

    void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
    }

    private int integer(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
            errors.add(new FieldError(field, "range(" + min + ".." + max + ")", value));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "integer", value));
        }
        return absent;
    }
}
