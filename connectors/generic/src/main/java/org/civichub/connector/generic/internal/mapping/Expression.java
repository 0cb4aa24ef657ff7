package org.civichub.connector.generic.internal.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The right-hand side of a mapping line: how a target's value is made from a record's fields.
 * Expressions are checked against the mapping's {@code source.fields} and their target when the
 * mapping is read; {@link TargetReader} evaluates them on records.
 */
public sealed interface Expression {

    /** The source fields the expression reads, in the order written. */
    List<String> fields();

    /** A field's value, stripped: {@code NAME}. */
    record FieldValue(String field) implements Expression {
        public FieldValue {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /** A field's value, stripped, with every run of white space inside it made one space: {@code trim(NAME)}. */
    record Trim(String field) implements Expression {
        public Trim {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /** A date: {@code date(F)} in the kit's three styles ({@code pattern} null), or {@code date(F, yyyyMMdd)}. */
    record DateOf(String field, DatePattern pattern) implements Expression {
        public DateOf {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /** A value translated through a table: {@code code(STATUS; 1=active, 2=suspended)}; an unlisted value is a violation. */
    record Code(String field, Map<String, String> table) implements Expression {
        public Code {
            Objects.requireNonNull(field, "field");
            table = Collections.unmodifiableMap(new LinkedHashMap<>(table));
        }

        @Override
        public List<String> fields() {
            return List.of(field);
        }
    }

    /** Fields and literal text joined: {@code concat(CITY, " ", STREET)}. */
    record Concat(List<Part> parts) implements Expression {
        public Concat {
            parts = List.copyOf(parts);
        }

        @Override
        public List<String> fields() {
            return parts.stream().filter(p -> !p.literal()).map(Part::text).toList();
        }
    }

    /** One part of a {@link Concat}: a field's value, or literal text. */
    record Part(String text, boolean literal) {
    }

    /** The same text for every record: {@code constant(insured)}. */
    record Constant(String text) implements Expression {
        public Constant {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<String> fields() {
            return List.of();
        }
    }
}
