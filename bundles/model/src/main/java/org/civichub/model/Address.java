package org.civichub.model;

import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address: the division code down to the community, the grid inside the community, the
 * building, unit and room where known, and the free text as the source wrote it.
 */
public record Address(
        DivisionCode division,
        @Size(max = 200, message = "{address.text.size}") String text,
        String grid,
        String building,
        String unit,
        String room) {

    private static final Pattern BUILDING = Pattern.compile("(\\d+)\\s*(?:栋|幢|号楼|座)");
    private static final Pattern UNIT = Pattern.compile("(\\d+)\\s*单元");
    private static final Pattern ROOM = Pattern.compile("(\\d+)\\s*(?:室|房)");

    /** An address known only by its text, with an optional division code. */
    public static Address ofText(DivisionCode division, String text) {
        return new Address(division, text, null, null, null, null);
    }

    /**
     * An address from free text as written, with building, unit and room taken from it where the
     * text names them ({@code 5栋2单元301室}, {@code 5号楼}, full-width digits too).
     */
    public static Address parse(DivisionCode division, String text) {
        if (text == null || text.isBlank()) {
            return division == null ? null : new Address(division, null, null, null, null, null);
        }
        String halfWidth = halfWidthDigits(text);
        return new Address(division, text.strip(), null, first(BUILDING, halfWidth), first(UNIT, halfWidth),
                first(ROOM, halfWidth));
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static String halfWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
        return sb.toString();
    }
}
