package org.civichub.textzh.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Surname readings: polyphonic single surnames and compound surnames, from {@code surnames.txt}. */
public final class Surnames {

    /** A surname as written at the start of a name, and its syllables. */
    public record Surname(String form, List<String> syllables) {
        public Surname {
            syllables = List.copyOf(syllables);
        }
    }

    private static final Map<String, Surname> TABLE = load();

    private Surnames() {
    }

    /**
     * The surname that starts a name made of Han characters only, or {@code null} when the first character
     * is not in the table. A compound surname is only recognised when a given name follows it: a
     * two-character name is a single surname and a one-character given name.
     */
    public static Surname match(String han) {
        if (han.length() >= 3) {
            Surname compound = TABLE.get(han.substring(0, 2));
            if (compound != null) {
                return compound;
            }
        }
        return han.isEmpty() ? null : TABLE.get(han.substring(0, 1));
    }

    private static Map<String, Surname> load() {
        Map<String, Surname> table = new HashMap<>();
        try (InputStream in = Surnames.class.getResourceAsStream("surnames.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] sides = line.split("=", 2);
                List<String> syllables = List.of(sides[1].strip().split(" +"));
                for (String form : sides[0].strip().split(" +")) {
                    table.put(form, new Surname(form, syllables));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read surnames.txt", e);
        }
        return Map.copyOf(table);
    }
}
