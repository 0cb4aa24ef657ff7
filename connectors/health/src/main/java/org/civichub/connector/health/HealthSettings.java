package org.civichub.connector.health;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.civichub.connector.kit.SyncSettings;

/**
 * The settings of one health connector instance.
 *
 * @param id           the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param dropFolder   the exchange folder the department drops its files into
 * @param doneFolder   where stored files and their markers go; must not be the drop folder
 * @param errorFolder  where unreadable files go, each with a {@code <name>.reason.txt}; must not be the drop folder
 * @param pageSize     rows per page sent to the hub
 * @param pollInterval how often to sync; zero syncs only when asked
 */
public record HealthSettings(String id, Path dropFolder, Path doneFolder, Path errorFolder, int pageSize,
                             Duration pollInterval) {

    /** The largest page: the hub stores a page in one go. */
    public static final int MAX_PAGE_SIZE = 5000;

    public HealthSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dropFolder, "dropFolder");
        Objects.requireNonNull(doneFolder, "doneFolder");
        Objects.requireNonNull(errorFolder, "errorFolder");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and dashes: " + id);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (same(doneFolder, dropFolder) || same(errorFolder, dropFolder)) {
            throw new IllegalArgumentException("the done and error folders must not be the drop folder " + dropFolder
                    + ": a file moved there would be read again");
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must not be negative: " + pollInterval);
        }
    }

    /**
     * Settings from configuration values: an empty done or error folder means {@code done} or
     * {@code error} inside the drop folder.
     */
    public static HealthSettings of(String id, String dropFolder, String doneFolder, String errorFolder, int pageSize,
                                    Duration pollInterval) {
        if (dropFolder == null || dropFolder.isBlank()) {
            throw new IllegalArgumentException("dropFolder is required: the folder the health department drops files into");
        }
        Path drop = Path.of(dropFolder.strip());
        return new HealthSettings(id, drop, folder(doneFolder, drop.resolve("done")),
                folder(errorFolder, drop.resolve("error")), pageSize, pollInterval);
    }

    /**
     * How the instance syncs. A folder asks for no retries; a run that fails (the drop folder is
     * missing or a file cannot be moved) ends, and after three such runs in a row polls pause for
     * two minutes.
     */
    public SyncSettings sync() {
        return new SyncSettings(id, pollInterval, 0, Duration.ZERO, Duration.ZERO, 3, Duration.ofMinutes(2));
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return sync().syncEndpoint();
    }

    private static Path folder(String configured, Path fallback) {
        return configured == null || configured.isBlank() ? fallback : Path.of(configured.strip());
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
