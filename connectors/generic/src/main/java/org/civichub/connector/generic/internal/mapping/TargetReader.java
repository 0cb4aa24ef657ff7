package org.civichub.connector.generic.internal.mapping;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.IdNumber;

/**
 * Evaluates a mapping's rules on one record through the kit's {@link FieldReader}, so every value
 * that breaks its rule becomes a violation naming the source field, a rule code and the value. A
 * target the mapping does not set reads as {@code null}; so does an empty field.
 */
final class TargetReader {

    /** Any run of white space, the ideographic space (U+3000) included. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final RecordMapping mapping;
    private final FieldReader f;

    TargetReader(RecordMapping mapping, FieldReader f) {
        this.mapping = mapping;
        this.f = f;
    }

    /** The ID number with {@link FieldReader#linkableId} semantics: a typo leaves no valid number. */
    IdNumber idNumber() {
        return mapping.rule(Target.PERSON_ID_NUMBER).map(r -> f.linkableId(r.expression().fields().get(0)))
                .orElse(null);
    }

    /** The ID as written when a typo made it invalid ({@link FieldReader#writtenId}). */
    String writtenId() {
        return mapping.rule(Target.PERSON_ID_NUMBER).map(r -> f.writtenId(r.expression().fields().get(0)))
                .orElse(null);
    }

    String text(Target target) {
        return mapping.rule(target).map(this::text).orElse(null);
    }

    LocalDate date(Target target) {
        MappingRule rule = mapping.rule(target).orElse(null);
        if (rule == null) {
            return null;
        }
        if (rule.expression() instanceof Expression.DateOf d && d.pattern() != null) {
            return f.lookup(d.field(), d.pattern()::parse, "date.valid", "must be a real date written "
                    + d.pattern());
        }
        return f.date(rule.expression().fields().get(0));
    }

    /**
     * A value of a target that takes codes: read from a field (a value {@code parse} does not know
     * violates {@code rule}), through a code table, or a constant (both checked when the mapping was
     * read). A {@code required} one from an empty field violates {@code field.present}.
     */
    <T> T coded(Target target, Function<String, Optional<T>> parse, String rule, String what, boolean required) {
        MappingRule r = mapping.rule(target).orElse(null);
        if (r == null) {
            return null;
        }
        Expression e = r.expression();
        if (required && !e.fields().isEmpty() && f.required(e.fields().get(0)) == null) {
            return null;
        }
        if (e instanceof Expression.Constant c) {
            return parse.apply(c.text()).orElseThrow();
        }
        if (e instanceof Expression.Code c) {
            String code = code(r, c);
            return code == null ? null : parse.apply(code).orElseThrow();
        }
        return f.lookup(e.fields().get(0), parse, rule, "must be " + what);
    }

    private String text(MappingRule rule) {
        Expression e = rule.expression();
        if (e instanceof Expression.FieldValue v) {
            return f.text(v.field());
        }
        if (e instanceof Expression.Trim t) {
            String v = f.text(t.field());
            return v == null ? null : WHITE_SPACE.matcher(v).replaceAll(" ");
        }
        if (e instanceof Expression.Constant c) {
            return c.text();
        }
        if (e instanceof Expression.Code c) {
            return code(rule, c);
        }
        if (e instanceof Expression.Concat c) {
            return concat(c);
        }
        throw new IllegalStateException(rule.target().code() + " cannot take " + e);
    }

    /** The value through its table; an unlisted one violates {@code code.<target>} naming the table. */
    private String code(MappingRule rule, Expression.Code c) {
        return f.lookup(c.field(), v -> Optional.ofNullable(c.table().get(v)), "code." + rule.target().code(),
                "not in the code table of " + rule.target().code() + " (" + mapping.file() + " line " + rule.line()
                        + "), which lists " + String.join(", ", c.table().keySet()));
    }

    /** The parts joined; empty when every field part is. */
    private String concat(Expression.Concat c) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (Expression.Part p : c.parts()) {
            String v = p.literal() ? p.text() : f.text(p.text());
            any |= !p.literal() && v != null;
            sb.append(v == null ? "" : v);
        }
        String joined = sb.toString().strip();
        return any && !joined.isEmpty() ? joined : null;
    }
}
