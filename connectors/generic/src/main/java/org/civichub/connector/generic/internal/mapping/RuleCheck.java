package org.civichub.connector.generic.internal.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civichub.model.Sex;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Checks one mapping rule against the fields the source sends and the kind of value its target
 * takes; returns what is wrong, in words, or nothing.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    static List<String> check(Target target, Expression e, List<String> sourceFields) {
        List<String> problems = new ArrayList<>();
        for (String field : e.fields()) {
            if (!sourceFields.contains(field)) {
                problems.add("the field " + field + " is not in source.fields (" + String.join(", ", sourceFields)
                        + ")");
            }
        }
        fits(target, e).ifPresent(problems::add);
        return problems;
    }

    /** Whether the target takes what the expression gives. */
    private static Optional<String> fits(Target target, Expression e) {
        return switch (target.type()) {
            case ID_NUMBER -> e instanceof Expression.FieldValue || e instanceof Expression.Trim ? Optional.empty()
                    : Optional.of(target.code() + " is read from one field as it is: write the field's name");
            case TEXT -> e instanceof Expression.DateOf
                    ? Optional.of("date(...) makes a date; " + target.code() + " takes text") : Optional.empty();
            case DATE -> e instanceof Expression.DateOf || e instanceof Expression.FieldValue ? Optional.empty()
                    : Optional.of(target.code() + " takes a date: write date(F) or date(F, pattern)");
            case SEX -> codes(target, e, Sex::of, "a GB/T 2261.1 sex code (0, 1, 2, 9) or 男/女");
            case TAG_KIND -> codes(target, e, TagKind::ofCode, "a tag kind: " + names(TagKind.values()));
            case TAG_STATUS -> codes(target, e, TagStatus::ofCode, "a tag status: " + names(TagStatus.values()));
        };
    }

    /** A target of codes takes a field (read at run time), a code table or a constant of valid codes. */
    private static Optional<String> codes(Target target, Expression e, Function<String, Optional<?>> valid,
                                          String what) {
        if (e instanceof Expression.FieldValue || e instanceof Expression.Trim) {
            return Optional.empty();
        }
        if (e instanceof Expression.Constant c) {
            return valid.apply(c.text()).isPresent() ? Optional.empty()
                    : Optional.of("constant(" + c.text() + ") is not " + what);
        }
        if (e instanceof Expression.Code c) {
            List<String> wrong = c.table().values().stream().filter(v -> valid.apply(v).isEmpty()).distinct().sorted()
                    .toList();
            return wrong.isEmpty() ? Optional.empty()
                    : Optional.of("the code table gives " + String.join(", ", wrong) + ", which is not " + what);
        }
        return Optional.of(target.code() + " takes " + what + ": write a field, code(F; ...) or constant(...)");
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof TagKind k ? k.code() : ((TagStatus) v).code())
                .collect(Collectors.joining(", "));
    }
}
