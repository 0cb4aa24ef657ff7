package org.civichub.simulators.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * The ways a department writes a name differently from police: traditional characters, a homophone
 * in the given name, a lost middle dot, a space after the surname. Each method returns the name
 * unchanged when the variant does not apply; {@code has...} says whether it does.
 */
final class NameVariants {

    private final Map<Character, Character> traditional = load("names/variants.csv");
    private final Map<Character, Character> homophones = load("names/homophones.csv");

    boolean hasTraditional(String name) {
        return name.chars().anyMatch(c -> traditional.containsKey((char) c));
    }

    /** Every character that has a traditional form, written in it: 陈丽华 becomes 陳麗華. */
    String traditional(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            sb.append(traditional.getOrDefault(c, c));
        }
        return sb.toString();
    }

    boolean hasHomophone(Person person) {
        return homophoneIndex(person) >= 0;
    }

    /** The last given-name character that has a homophone, replaced by it: 陈丽华 becomes 陈莉华. */
    String homophone(Person person) {
        int i = homophoneIndex(person);
        if (i < 0) {
            return person.name();
        }
        char[] chars = person.name().toCharArray();
        chars[i] = homophones.get(chars[i]);
        return new String(chars);
    }

    static String withoutDot(String name) {
        return name.replace(String.valueOf(NameBook.MIDDLE_DOT), "");
    }

    /** A space between surname and given name, or after the first character of a dotted name. */
    static String withSpace(Person person, String name) {
        int at = Math.max(1, person.surname().length());
        return at >= name.length() ? name + " " : name.substring(0, at) + " " + name.substring(at);
    }

    private int homophoneIndex(Person person) {
        String name = person.name();
        for (int i = name.length() - 1; i >= person.surname().length(); i--) {
            if (homophones.containsKey(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Character, Character> load(String resource) {
        Map<Character, Character> map = new HashMap<>();
        for (String[] row : ResourceTable.rows(resource)) {
            map.put(row[0].charAt(0), row[1].charAt(0));
        }
        return map;
    }
}
