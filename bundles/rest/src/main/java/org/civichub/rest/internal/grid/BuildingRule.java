package org.civichub.rest.internal.grid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which buildings a line of a grid takes: a whole road ({@code 大同路}), a range of house numbers on it
 * ({@code 大同路1-120号}), one house number ({@code 大同路123号}) or one building ({@code 大同路123号5栋}).
 * Buildings are named as the grid names them: road, house number, then the building when known.
 */
public record BuildingRule(String road, int from, int to, String building) {

    private static final Pattern RULE = Pattern.compile("(\\D+?)(?:(\\d+)(?:\\s*[-—~至]\\s*(\\d+))?号(?:(\\d+)(?:栋|幢|座|号楼))?)?");
    private static final Pattern BUILDING = Pattern.compile("(\\D+?)(\\d+)号(?:(\\d+)栋)?");

    /** The rule a line names; {@link IllegalArgumentException} saying why when it names none. */
    static BuildingRule parse(String text) {
        String s = halfWidth(text.strip().replace(" ", ""));
        Matcher m = RULE.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a road, a road with house numbers (大同路1-120号), a house number"
                    + " (大同路123号) or a building (大同路123号5栋): " + text.strip());
        }
        if (m.group(2) == null) {
            return new BuildingRule(m.group(1), 0, Integer.MAX_VALUE, null);
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        if (to < from) {
            throw new IllegalArgumentException("the house numbers run backwards: " + text.strip());
        }
        if (m.group(4) != null && m.group(3) != null) {
            throw new IllegalArgumentException("a building is named on one house number, not a range: " + text.strip());
        }
        return new BuildingRule(m.group(1), from, to, m.group(4) == null ? null : String.valueOf(Integer.parseInt(m.group(4))));
    }

    /** Whether the building ({@code 大同路123号5栋} or {@code 大同路123号}) is one this rule takes. */
    boolean takes(String buildingName) {
        Matcher m = BUILDING.matcher(buildingName);
        if (!m.matches() || !m.group(1).equals(road)) {
            return false;
        }
        long number = Long.parseLong(m.group(2));
        return number >= from && number <= to && (building == null || building.equals(m.group(3)));
    }

    private static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
        return sb.toString();
    }
}
