package org.civichub.connector.generic.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civichub.connector.generic.internal.mapping.Quoting.Arg;
import org.civichub.connector.generic.internal.mapping.Quoting.SyntaxException;

/**
 * Reads the right-hand side of a mapping line: a bare field name, or one of the transforms
 * {@code trim(F)}, {@code date(F)}, {@code date(F, pattern)}, {@code code(F; a=b, ...)},
 * {@code concat(F, " ", G)}, {@code constant(text)}. Transforms do not nest. Whether the fields
 * exist and the target takes the value is {@link RuleCheck}'s concern.
 */
final class ExpressionParser {

    /** The transforms, as named in messages. */
    static final String TRANSFORMS = "trim(F), date(F), date(F, pattern), code(F; a=b, ...), concat(F, \" \", G), "
            + "constant(text)";

    private static final Pattern CALL = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*\\((.*)", Pattern.DOTALL);

    private ExpressionParser() {
    }

    static Expression parse(String written) throws SyntaxException {
        String s = written.strip();
        Matcher call = CALL.matcher(s);
        if (!call.matches()) {
            return new Expression.FieldValue(field(s));
        }
        String name = call.group(1);
        String rest = call.group(2).strip();
        if (!rest.endsWith(")") || Quoting.indexOutside(rest, ')') < 0) {
            throw new SyntaxException(name + "(...) is not closed by a ')' at the end");
        }
        String inner = rest.substring(0, rest.length() - 1);
        return switch (name) {
            case "trim" -> new Expression.Trim(single(name, inner));
            case "date" -> date(inner);
            case "code" -> code(inner);
            case "concat" -> concat(inner);
            case "constant" -> constant(inner);
            default -> throw new SyntaxException("unknown transform " + name + "(...); the transforms are "
                    + TRANSFORMS);
        };
    }

    /** A bare field name: no quotes, not a call. */
    static String field(String written) throws SyntaxException {
        Arg a = Quoting.arg(written);
        if (a.quoted()) {
            throw new SyntaxException("\"" + a.text() + "\" is literal text where a field name belongs"
                    + " (write constant(" + a.text() + ") for text)");
        }
        if (CALL.matcher(a.text()).matches()) {
            throw new SyntaxException("transforms do not nest: " + a.text());
        }
        return a.text();
    }

    private static String single(String name, String inner) throws SyntaxException {
        List<String> args = Quoting.split(inner, ',');
        if (args.size() != 1) {
            throw new SyntaxException(name + "(F) takes one field, not " + args.size() + " arguments");
        }
        return field(args.get(0));
    }

    private static Expression date(String inner) throws SyntaxException {
        List<String> args = Quoting.split(inner, ',');
        if (args.size() > 2) {
            throw new SyntaxException("date(F) or date(F, pattern) takes at most two arguments, not " + args.size()
                    + " (quote a pattern that has a comma)");
        }
        String field = field(args.get(0));
        if (args.size() == 1) {
            return new Expression.DateOf(field, null);
        }
        try {
            return new Expression.DateOf(field, DatePattern.of(Quoting.arg(args.get(1)).text()));
        } catch (IllegalArgumentException e) {
            throw new SyntaxException("bad date pattern: " + e.getMessage());
        }
    }

    private static Expression code(String inner) throws SyntaxException {
        int semicolon = Quoting.indexOutside(inner, ';');
        if (semicolon < 0) {
            throw new SyntaxException("code(F; value=code, ...) separates its field from its table with ';'");
        }
        String field = field(inner.substring(0, semicolon));
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : Quoting.split(inner.substring(semicolon + 1), ',')) {
            int eq = Quoting.indexOutside(entry, '=');
            if (eq < 0) {
                throw new SyntaxException("the code table entry '" + entry + "' is not value=code");
            }
            if (entry.substring(0, eq).isBlank() || entry.substring(eq + 1).isBlank()) {
                throw new SyntaxException("the code table entry '" + entry + "' has an empty side");
            }
            String from = Quoting.arg(entry.substring(0, eq)).text().strip();
            String to = Quoting.arg(entry.substring(eq + 1)).text().strip();
            if (from.isEmpty() || to.isEmpty()) {
                throw new SyntaxException("the code table entry '" + entry + "' has an empty side");
            }
            if (table.putIfAbsent(from, to) != null) {
                throw new SyntaxException("the code table lists " + from + " twice");
            }
        }
        return new Expression.Code(field, table);
    }

    private static Expression concat(String inner) throws SyntaxException {
        List<Expression.Part> parts = new ArrayList<>();
        for (String written : Quoting.split(inner, ',')) {
            Arg a = Quoting.arg(written);
            parts.add(a.quoted() ? new Expression.Part(a.text(), true) : new Expression.Part(field(written), false));
        }
        if (parts.size() < 2 || parts.stream().allMatch(Expression.Part::literal)) {
            throw new SyntaxException("concat(...) joins two or more parts, at least one of them a field");
        }
        return new Expression.Concat(parts);
    }

    private static Expression constant(String inner) throws SyntaxException {
        if (inner.isBlank()) {
            throw new SyntaxException("constant(...) is empty");
        }
        String text = inner.strip();
        if (text.indexOf('"') >= 0) {
            text = Quoting.arg(text).text();
        }
        if (text.isBlank()) {
            throw new SyntaxException("constant(...) is empty");
        }
        return new Expression.Constant(text);
    }
}
