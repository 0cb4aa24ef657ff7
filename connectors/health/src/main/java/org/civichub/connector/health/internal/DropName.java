package org.civichub.connector.health.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a drop file, {@code <type>_<yyyyMMddHHmmss>.<csv|xlsx>}, e.g.
 * {@code births_20240501000000.csv}: its type prefix, its time and its format.
 *
 * @param name   the whole file name
 * @param type   the type prefix as written, which may be a type the connector does not know
 * @param stamp  the 14-digit time
 * @param format the format its extension names
 */
public record DropName(String name, String type, String stamp, Format format) {

    /** The two formats of the drop. */
    public enum Format { CSV, XLSX }

    /**
     * The order files are read in: oldest first by the time in the name, births before family at
     * one time, then by name. Names that are not drop file names come first: they are only moved away.
     */
    public static final Comparator<String> READING_ORDER = Comparator
            .comparing((String n) -> parse(n).map(DropName::stamp).orElse(""))
            .thenComparingInt(n -> parse(n).map(DropName::typeRank).orElse(-1))
            .thenComparing(Comparator.naturalOrder());

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]+)_(\\d{14})\\.([A-Za-z]+)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The name's parts, or empty when it is not {@code <type>_<yyyyMMddHHmmss>.<csv|xlsx>} with a real time. */
    public static Optional<DropName> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Format format;
        switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "csv" -> format = Format.CSV;
            case "xlsx" -> format = Format.XLSX;
            default -> {
                return Optional.empty();
            }
        }
        try {
            LocalDateTime.parse(m.group(2), STAMP);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new DropName(name, m.group(1), m.group(2), format));
    }

    /**
     * The name's parts and its known type.
     *
     * @throws UnreadableDropException {@code name.pattern} or {@code type.known}
     */
    public static DropType typeOf(String name) throws UnreadableDropException {
        DropName n = parse(name).orElseThrow(() -> new UnreadableDropException("name.pattern", null,
                "a drop file is named <type>_<yyyyMMddHHmmss>.<csv|xlsx>, e.g. births_20240501000000.csv"));
        return DropType.of(n.type()).orElseThrow(() -> new UnreadableDropException("type.known", null,
                "unknown file type '" + n.type() + "': the health drop has births and family files"));
    }

    private int typeRank() {
        return DropType.of(type).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
