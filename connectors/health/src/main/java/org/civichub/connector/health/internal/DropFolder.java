package org.civichub.connector.health.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange folder: which data files are complete, and where they go once handled. A data file
 * is complete when its marker {@code <name>.ok} is there; files being written ({@code .<name>.part})
 * and files without a marker are left alone. A handled file moves, with its marker, to the done
 * folder; an unreadable one to the error folder, beside a {@code <name>.reason.txt}.
 */
public final class DropFolder {

    /** The suffix of the marker that declares a data file complete. */
    public static final String OK_SUFFIX = ".ok";

    /** The suffix of the file beside a rejected one that says why it was rejected. */
    public static final String REASON_SUFFIX = ".reason.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

    private final Path drop;
    private final Path done;
    private final Path error;
    private final Clock clock;

    public DropFolder(Path drop, Path done, Path error, Clock clock) {
        this.drop = drop;
        this.done = done;
        this.error = error;
        this.clock = clock;
    }

    /**
     * The complete data files, in {@link DropName#READING_ORDER}. A marker whose data file is gone
     * is put where its file went: beside it in the done folder when it is there (a move cut short),
     * else in the error folder with a reason.
     *
     * @throws IOException when the drop folder cannot be listed, e.g. it does not exist
     */
    public List<Path> ready() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> orphans = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(drop)) {
            for (Path marker : entries) {
                String name = marker.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(OK_SUFFIX) || name.length() == OK_SUFFIX.length()) {
                    continue;
                }
                String dataName = name.substring(0, name.length() - OK_SUFFIX.length());
                if (Files.isRegularFile(drop.resolve(dataName))) {
                    names.add(dataName);
                } else {
                    orphans.add(marker);
                }
            }
        }
        for (Path marker : orphans) {
            settleOrphan(marker);
        }
        names.sort(DropName.READING_ORDER);
        return names.stream().map(drop::resolve).toList();
    }

    /** Moves a handled data file and its marker to the done folder. */
    public void done(Path file) throws IOException {
        Files.createDirectories(done);
        moveWithMarker(file, done);
    }

    /**
     * Moves an unreadable data file and its marker to the error folder, after writing there
     * {@code <name>.reason.txt} with the file, the location when known, the rule and the reason.
     */
    public void reject(Path file, UnreadableDropException reason) throws IOException {
        Files.createDirectories(error);
        String name = file.getFileName().toString();
        StringBuilder text = new StringBuilder()
                .append("file: ").append(name).append('\n')
                .append("rule: ").append(reason.rule()).append('\n');
        if (reason.location() != null) {
            text.append("at: ").append(reason.location()).append('\n');
        }
        text.append("reason: ").append(reason.getMessage()).append('\n')
                .append("rejected: ").append(clock.instant()).append('\n');
        Files.writeString(error.resolve(name + REASON_SUFFIX), text, StandardCharsets.UTF_8);
        moveWithMarker(file, error);
        LOG.warn("Health drop file {} moved to {}: {}{}: {}", name, error, reason.rule(),
                reason.location() == null ? "" : " at " + reason.location(), reason.getMessage());
    }

    private void moveWithMarker(Path file, Path to) throws IOException {
        String name = file.getFileName().toString();
        Files.move(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(drop.resolve(name + OK_SUFFIX), to.resolve(name + OK_SUFFIX),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // the marker is already gone; the data file, which matters, has moved
        }
    }

    private void settleOrphan(Path marker) throws IOException {
        String name = marker.getFileName().toString();
        String dataName = name.substring(0, name.length() - OK_SUFFIX.length());
        try {
            if (Files.isRegularFile(done.resolve(dataName))) {
                Files.move(marker, done.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createDirectories(error);
                Files.writeString(error.resolve(name + REASON_SUFFIX), "file: " + name + "\nrule: marker.orphan\n"
                        + "reason: the marker's data file " + dataName + " is not in the drop folder\n"
                        + "rejected: " + clock.instant() + "\n", StandardCharsets.UTF_8);
                Files.move(marker, error.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("Health drop marker {} moved to {}: its data file is not in the drop folder", name, error);
            }
        } catch (NoSuchFileException e) {
            // the data file appeared and took its marker along, or someone else moved the marker
        }
    }
}
