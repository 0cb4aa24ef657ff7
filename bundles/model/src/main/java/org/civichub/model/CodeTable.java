package org.civichub.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A national code table (code to label), e.g. GB 3304 ethnicities or GB/T 4761 family relations.
 */
public record CodeTable(String name, Map<String, String> labels) {

    /** GB 3304 ethnic groups (民族), 01 = 汉族. */
    public static final CodeTable ETHNICITY = load("GB 3304", "codes/ethnicity.csv");
    /** GB/T 4761 family relations (家庭关系), 02 = 户主. */
    public static final CodeTable FAMILY_RELATION = load("GB/T 4761", "codes/family-relation.csv");

    public CodeTable {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public boolean contains(String code) {
        return code != null && labels.containsKey(code.strip());
    }

    public Optional<String> label(String code) {
        return Optional.ofNullable(code == null ? null : labels.get(code.strip()));
    }

    private static CodeTable load(String name, String resource) {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = CodeTable.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                labels.put(line.substring(0, comma), line.substring(comma + 1).replace("\"", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + resource, e);
        }
        return new CodeTable(name, labels);
    }
}
