package org.civichub.connector.generic.internal.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civichub.connector.generic.CsvDropSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange folder: which data files are complete, and where they go once handled. A data file
 * is a file whose name matches the glob (hidden files never do). With markers required it is
 * complete once its marker {@code <name>.ok} is there; without, as soon as it is there (the
 * department then writes under another name and renames). A handled file moves, with its marker,
 * to the done folder; an unreadable one to the error folder, beside a {@code <name>.reason.txt}.
 */
final class DropFolder {

    static final String OK_SUFFIX = ".ok";
    static final String REASON_SUFFIX = ".reason.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

    private final CsvDropSettings settings;
    private final PathMatcher glob;
    private final Clock clock;

    DropFolder(CsvDropSettings settings, Clock clock) {
        this.settings = settings;
        this.glob = FileSystems.getDefault().getPathMatcher("glob:" + settings.glob());
        this.clock = clock;
    }

    /**
     * The complete data files in name order. With markers required, a marker of a data file name
     * whose file is gone is put where its file went: beside it in the done folder when it is there
     * (a move cut short), else in the error folder with a reason.
     *
     * @throws IOException when the drop folder cannot be listed, e.g. it does not exist
     */
    List<Path> ready() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> orphans = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(settings.folder())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (settings.requireOkMarker() && name.endsWith(OK_SUFFIX)) {
                    String data = name.substring(0, name.length() - OK_SUFFIX.length());
                    if (isDataName(data) && !Files.isRegularFile(settings.folder().resolve(data))) {
                        orphans.add(entry);
                    }
                } else if (isDataName(name) && Files.isRegularFile(entry)
                        && (!settings.requireOkMarker() || Files.exists(marker(entry)))) {
                    names.add(name);
                }
            }
        }
        for (Path marker : orphans) {
            settleOrphan(marker);
        }
        names.sort(null);
        return names.stream().map(settings.folder()::resolve).toList();
    }

    /** Moves a handled data file and its marker to the done folder. */
    void done(Path file) throws IOException {
        Files.createDirectories(settings.doneFolder());
        moveWithMarker(file, settings.doneFolder());
    }

    /**
     * Moves an unreadable data file and its marker to the error folder, after writing there
     * {@code <name>.reason.txt} with the file, the rule, the location when known and the reason.
     */
    void reject(Path file, UnreadableFileException reason) throws IOException {
        Path error = settings.errorFolder();
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
        LOG.warn("Drop file {} moved to {}: {}{}: {}", name, error, reason.rule(),
                reason.location() == null ? "" : " at " + reason.location(), reason.getMessage());
    }

    private boolean isDataName(String name) {
        return !name.startsWith(".") && !name.endsWith(OK_SUFFIX) && !name.endsWith(REASON_SUFFIX)
                && glob.matches(Path.of(name));
    }

    private static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + OK_SUFFIX);
    }

    private void moveWithMarker(Path file, Path to) throws IOException {
        String name = file.getFileName().toString();
        Files.move(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(marker(file), to.resolve(name + OK_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // no marker, or it is already gone; the data file, which matters, has moved
        }
    }

    private void settleOrphan(Path marker) throws IOException {
        String name = marker.getFileName().toString();
        String data = name.substring(0, name.length() - OK_SUFFIX.length());
        try {
            if (Files.isRegularFile(settings.doneFolder().resolve(data))) {
                Files.move(marker, settings.doneFolder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createDirectories(settings.errorFolder());
                Files.writeString(settings.errorFolder().resolve(name + REASON_SUFFIX), "file: " + name
                        + "\nrule: marker.orphan\nreason: the marker's data file " + data
                        + " is not in the drop folder\nrejected: " + clock.instant() + "\n", StandardCharsets.UTF_8);
                Files.move(marker, settings.errorFolder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("Drop marker {} moved to {}: its data file is not in the drop folder", name,
                        settings.errorFolder());
            }
        } catch (NoSuchFileException e) {
            // the data file appeared and took its marker along, or someone else moved the marker
        }
    }
}
