package org.civichub.simulators.health;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The exchange folder. A data file is first written under a hidden temporary name
 * ({@code .<name>.part}), then renamed atomically to its name, and only then is the empty marker
 * {@code <name>.ok} created: a reader that waits for the marker never sees a partial file, and a
 * reader that lists {@code *.csv} never sees a file still being written.
 */
final class DropFolder {

    private final Path directory;

    DropFolder(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    /**
     * Writes one data file and then its marker.
     *
     * @throws UncheckedIOException when the file cannot be written, or one of that name exists
     */
    void write(String name, DropFormat format, String sheetName, DropContent content) {
        Path target = directory.resolve(name);
        Path temporary = directory.resolve("." + name + ".part");
        try {
            if (Files.exists(target)) {
                throw new IOException("a drop file named " + name + " already exists");
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DropFileWriter.write(content, format, sheetName, out);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            Files.createFile(directory.resolve(name + HealthContract.OK_SUFFIX));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("cannot drop " + name + ": " + e.getMessage(), e);
        }
    }
}
