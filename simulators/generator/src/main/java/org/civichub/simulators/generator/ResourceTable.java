package org.civichub.simulators.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the generator's own bundled reference tables: UTF-8, a header line, comma-separated fields
 * without quoting (the tables are written so that no value contains a comma).
 */
final class ResourceTable {

    private ResourceTable() {
    }

    /** The rows after the header, each split into its fields (empty trailing fields kept). */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = lines(name);
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    /** All non-blank lines of a bundled text resource. */
    static List<String> lines(String name) {
        InputStream in = ResourceTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
        return lines;
    }
}
