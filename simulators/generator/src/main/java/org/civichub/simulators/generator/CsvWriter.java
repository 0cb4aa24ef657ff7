package org.civichub.simulators.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes UTF-8 CSV with RFC 4180 quoting: a field is quoted when it contains a comma, a double quote,
 * a line break or leading or trailing white space, and quotes inside it are doubled. Lines end with
 * LF. Not thread-safe.
 */
final class CsvWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final BufferedWriter out;

    CsvWriter(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
    }

    void writeRow(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(fields[i]);
        }
        out.write('\n');
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }

    static boolean needsQuotes(String field) {
        if (field.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(field.charAt(0)) || Character.isSpaceChar(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1))
                || Character.isSpaceChar(field.charAt(field.length() - 1))) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
