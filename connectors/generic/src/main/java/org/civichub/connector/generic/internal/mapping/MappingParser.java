package org.civichub.connector.generic.internal.mapping;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.generic.internal.mapping.MappingException.Problem;
import org.civichub.connector.generic.internal.mapping.Quoting.SyntaxException;

/**
 * Reads a mapping file: UTF-8 lines of {@code key = value}, {@code #} starting a comment, blank
 * lines ignored. Four keys describe the record ({@code record.type}, {@code record.key},
 * {@code record.version}, {@code source.fields}); every other key is a {@link Target} and its value
 * an {@link Expression}. Everything wrong is collected, and the file is refused with all of it:
 * a malformed line, a key set twice, an unknown target or transform, a bad date pattern, a field
 * not in {@code source.fields}, a value its target cannot take (e.g. a constant tag kind that is no
 * {@code TagKind}), a tag without {@code tag.kind}, a missing record key, and a mapping that names
 * the person neither by ID number nor by name.
 */
public final class MappingParser {

    public static final String RECORD_TYPE = "record.type";
    public static final String RECORD_KEY = "record.key";
    public static final String RECORD_VERSION = "record.version";
    public static final String SOURCE_FIELDS = "source.fields";

    private static final List<String> HEADER = List.of(RECORD_TYPE, RECORD_KEY, RECORD_VERSION, SOURCE_FIELDS);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOf = new HashMap<>();
    private final Map<String, String> header = new HashMap<>();
    private final Map<Target, MappingRule> rules = new LinkedHashMap<>();

    private MappingParser(String file) {
        this.file = file;
    }

    /** Reads and checks the mapping file at {@code path}; it is named by its path in messages. */
    public static RecordMapping load(Path path) throws MappingException {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new MappingException(name, List.of(new Problem(0, "mapping", "the file does not exist")));
        } catch (IOException e) {
            throw new MappingException(name, List.of(new Problem(0, "mapping", "the file cannot be read: " + e)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MappingException(name, List.of(new Problem(0, "mapping", "the file is not UTF-8 text")));
        }
        return parse(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads and checks a mapping's text; {@code file} names it in messages. */
    public static RecordMapping parse(String file, String text) throws MappingException {
        MappingParser p = new MappingParser(file);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            p.line(i + 1, lines[i]);
        }
        return p.finish();
    }

    private void line(int number, String line) {
        String content;
        try {
            content = Quoting.withoutComment(line);
        } catch (SyntaxException e) {
            problems.add(new Problem(number, abbreviated(line), "malformed line: " + e.getMessage()));
            return;
        }
        if (content.isEmpty()) {
            return;
        }
        int eq = Quoting.indexOutside(content, '=');
        if (eq <= 0) {
            problems.add(new Problem(number, abbreviated(content), "malformed line: expected <target> = <expression>"));
            return;
        }
        String key = content.substring(0, eq).strip();
        String value = content.substring(eq + 1).strip();
        Integer first = lineOf.putIfAbsent(key, number);
        if (first != null) {
            problems.add(new Problem(number, key, "is set twice (first on line " + first + ")"));
            return;
        }
        if (value.isEmpty()) {
            problems.add(new Problem(number, key, "malformed line: nothing after '='"));
            return;
        }
        if (HEADER.contains(key)) {
            header.put(key, value);
            return;
        }
        Target target = Target.of(key).orElse(null);
        if (target == null) {
            problems.add(new Problem(number, key, "unknown target; the targets are " + Target.names()
                    + ", and the record is described by " + String.join(", ", HEADER)));
            return;
        }
        try {
            rules.put(target, new MappingRule(target, ExpressionParser.parse(value), number));
        } catch (SyntaxException e) {
            problems.add(new Problem(number, key, e.getMessage()));
        }
    }

    private RecordMapping finish() throws MappingException {
        List<String> fields = sourceFields();
        String recordType = recordType();
        String keyField = headerField(RECORD_KEY, fields);
        String versionField = headerField(RECORD_VERSION, fields);
        for (MappingRule rule : rules.values()) {
            RuleCheck.check(rule.target(), rule.expression(), fields == null ? rule.expression().fields() : fields)
                    .forEach(text -> problems.add(new Problem(rule.line(), rule.target().code(), text)));
        }
        if (!lineOf.containsKey(Target.TAG_KIND.code())) {
            rules.values().stream().filter(r -> r.target().isTag()).findFirst().ifPresent(r -> problems.add(
                    new Problem(r.line(), r.target().code(), "a tag needs tag.kind, e.g. tag.kind = constant(insured)")));
        }
        if (!lineOf.containsKey(Target.PERSON_ID_NUMBER.code()) && !lineOf.containsKey(Target.PERSON_NAME.code())) {
            problems.add(new Problem(0, "person", "the mapping sets neither person.idNumber nor person.name: "
                    + "its persons could be neither linked nor named"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new MappingException(file, problems);
        }
        return new RecordMapping(file, recordType, keyField, versionField, fields, rules);
    }

    /** The fields of {@code source.fields}, or {@code null} when it is missing or malformed. */
    private List<String> sourceFields() {
        String value = required(SOURCE_FIELDS, "list every field the source sends, e.g. ID_CARD, NAME, UPDATED");
        if (value == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        boolean good = true;
        for (String written : Quoting.split(value, ',')) {
            try {
                String field = ExpressionParser.field(written);
                if (fields.contains(field)) {
                    problems.add(new Problem(lineOf.get(SOURCE_FIELDS), SOURCE_FIELDS, "names " + field + " twice"));
                    good = false;
                }
                fields.add(field);
            } catch (SyntaxException e) {
                problems.add(new Problem(lineOf.get(SOURCE_FIELDS), SOURCE_FIELDS, e.getMessage()));
                good = false;
            }
        }
        return good ? fields : null;
    }

    private String recordType() {
        String value = required(RECORD_TYPE, "name the record type, the file stem of record keys, e.g. pension");
        if (value != null && !value.matches("[a-z0-9][a-z0-9_-]*")) {
            problems.add(new Problem(lineOf.get(RECORD_TYPE), RECORD_TYPE, "'" + value + "' is not lower-case "
                    + "letters, digits, '_' and '-': it is the middle of every record key"));
            return null;
        }
        return value;
    }

    private String headerField(String key, List<String> fields) {
        String value = required(key, RECORD_KEY.equals(key) ? "name the field that holds the record's key"
                : "name the field that holds the record's update time, its version");
        if (value == null) {
            return null;
        }
        try {
            String field = ExpressionParser.field(value);
            if (fields != null && !fields.contains(field)) {
                problems.add(new Problem(lineOf.get(key), key, "the field " + field + " is not in source.fields ("
                        + String.join(", ", fields) + ")"));
            }
            return field;
        } catch (SyntaxException e) {
            problems.add(new Problem(lineOf.get(key), key, key + " names one field as it is: " + e.getMessage()));
            return null;
        }
    }

    private String required(String key, String hint) {
        String value = header.get(key);
        if (value == null && !lineOf.containsKey(key)) {
            problems.add(new Problem(0, key, "is missing: " + hint));
        }
        return value;
    }

    private static String abbreviated(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
}
