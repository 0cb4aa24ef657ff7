package org.civichub.connector.generic;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder the department drops CSV files into ({@code source.kind = csv-drop}).
 *
 * @param folder          the drop folder
 * @param glob            which file names in it are data files, e.g. {@code pension_*.csv}
 * @param requireOkMarker whether a data file is complete only once its {@code <name>.ok} marker is there
 * @param charset         the files' encoding, decoded strictly
 * @param delimiter       the character between values
 * @param doneFolder      where stored files go; not the drop folder
 * @param errorFolder     where unreadable files go, each beside a {@code <name>.reason.txt}; not the drop folder
 */
public record CsvDropSettings(Path folder, String glob, boolean requireOkMarker, Charset charset, char delimiter,
                              Path doneFolder, Path errorFolder) implements SourceSettings {

    public static final String KIND = "csv-drop";

    public CsvDropSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(doneFolder, "doneFolder");
        Objects.requireNonNull(errorFolder, "errorFolder");
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("csv.glob must not be empty: it says which files are data files");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("csv.glob is not a glob pattern: " + glob);
        }
        if (glob.endsWith(".ok") || glob.contains("/")) {
            throw new IllegalArgumentException("csv.glob matches file names in the drop folder, never markers: " + glob);
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("csv.delimiter cannot be a quote or a line break");
        }
        if (same(doneFolder, folder) || same(errorFolder, folder)) {
            throw new IllegalArgumentException("csv.doneFolder and csv.errorFolder must not be the drop folder "
                    + folder + ": a file moved there would be read again");
        }
    }

    /**
     * Settings from configuration values: an empty done or error folder is {@code done} or
     * {@code error} inside the drop folder.
     */
    public static CsvDropSettings of(String folder, String glob, boolean requireOkMarker, String charset,
                                     String delimiter, String doneFolder, String errorFolder) {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("csv.folder is required: the folder the department drops files into");
        }
        if (delimiter == null || delimiter.length() != 1) {
            throw new IllegalArgumentException("csv.delimiter must be one character: '" + delimiter + "'");
        }
        Path drop = Path.of(folder.strip());
        return new CsvDropSettings(drop, glob == null ? null : glob.strip(), requireOkMarker, charset(charset),
                delimiter.charAt(0), folder(doneFolder, drop.resolve("done")), folder(errorFolder, drop.resolve("error")));
    }

    @Override
    public String kind() {
        return KIND;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name == null ? "" : name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("csv.charset is not a charset this Java knows: " + name);
        }
    }

    private static Path folder(String configured, Path fallback) {
        return configured == null || configured.isBlank() ? fallback : Path.of(configured.strip());
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
