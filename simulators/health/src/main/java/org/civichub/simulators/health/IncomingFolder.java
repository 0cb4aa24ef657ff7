package org.civichub.simulators.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The health department's inbound side: the folder the hub writes one file per event into
 * ({@link HealthContract#INCOMING_NAME}, then the empty marker {@code <name>.ok}). The simulator only
 * reads it: {@link #arrived()} scans it on every call, so a redelivery, which rewrites the same name,
 * is listed once.
 * <p>
 * While not {@linkplain #accepting() accepting}, the department is down: the folder is renamed to the
 * hidden sibling {@code .<name>.down} and an ordinary file (saying so) takes its name, so that every
 * write into the folder, and creating it anew, fails. Bringing it back up (also at start and at
 * {@link #close()}) deletes that file and renames the folder back. Thread-safe.
 */
final class IncomingFolder implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String DOWN_NOTICE = "The health department is down: this is not a folder, so nothing"
            + " can be delivered. POST /admin/inbox?accepting=true on the simulator brings it back.\n";
    private static final Comparator<IncomingEvent> ORDER = Comparator
            .comparing(IncomingEvent::sequence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IncomingEvent::file);

    private final Path directory;
    private final Path parked;
    private boolean accepting;

    /**
     * Creates the folder when absent; brings it back up when the simulator was stopped while down.
     *
     * @throws UncheckedIOException when it cannot be created or brought back
     */
    IncomingFolder(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        Path name = directory.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            throw new IllegalArgumentException("the incoming folder cannot be a file system root: " + directory);
        }
        this.parked = directory.toAbsolutePath().normalize().resolveSibling("." + name + ".down");
        try {
            if (Files.isDirectory(parked) && !Files.isDirectory(directory)) {
                bringBack();
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the incoming folder " + directory + ": " + e.getMessage(), e);
        }
        accepting = true;
    }

    Path directory() {
        return directory;
    }

    synchronized boolean accepting() {
        return accepting;
    }

    /**
     * Takes the department down (the folder moves aside, a file takes its name) or brings it back up.
     *
     * @throws UncheckedIOException when the folder cannot be moved
     */
    synchronized void setAccepting(boolean value) {
        if (value == accepting) {
            return;
        }
        try {
            if (value) {
                bringBack();
            } else {
                Files.move(directory, parked, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.writeString(directory, DOWN_NOTICE, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    Files.move(parked, directory, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the incoming folder " + (value ? "back up" : "down") + ": "
                    + e.getMessage(), e);
        }
        accepting = value;
    }

    /**
     * The events whose marker is there, by sequence (then file name; names off the contract last). A file
     * that cannot be read as a JSON object is listed with an error; nothing here throws for a bad file.
     *
     * @throws UncheckedIOException when the folder itself cannot be listed
     */
    synchronized List<IncomingEvent> arrived() {
        Path folder = accepting ? directory : parked;
        List<IncomingEvent> events = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path marker : entries) {
                String name = marker.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(HealthContract.OK_SUFFIX)
                        || name.length() == HealthContract.OK_SUFFIX.length() || !Files.isRegularFile(marker)) {
                    continue;
                }
                IncomingEvent event = read(folder, name.substring(0, name.length() - HealthContract.OK_SUFFIX.length()),
                        marker);
                if (event != null) {
                    events.add(event);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the incoming folder " + folder + ": " + e.getMessage(), e);
        }
        events.sort(ORDER);
        return events;
    }

    /** Brings the department back up, so that a stopped simulator does not leave the hub locked out. */
    @Override
    public void close() {
        setAccepting(true);
    }

    /** The event of one marker; null when the marker has gone since the folder was listed. */
    private static IncomingEvent read(Path folder, String file, Path marker) {
        Matcher name = HealthContract.INCOMING_NAME.matcher(file);
        boolean named = name.matches();
        Long sequence = named ? Long.valueOf(name.group(1)) : null;
        String nameId = named ? name.group(2) : null;
        Instant receivedAt;
        try {
            receivedAt = Files.getLastModifiedTime(marker).toInstant();
        } catch (IOException e) {
            return null;
        }
        if (!named) {
            return new IncomingEvent(file, null, null, receivedAt, null,
                    "not named civichub_<sequence, 12 digits>_<event id>.json");
        }
        Path data = folder.resolve(file);
        if (!Files.isRegularFile(data)) {
            return new IncomingEvent(file, sequence, nameId, receivedAt, null, "the marker is there but not the file");
        }
        JsonNode node;
        try {
            node = JSON.readTree(Files.readAllBytes(data));
        } catch (JsonProcessingException e) {
            return new IncomingEvent(file, sequence, nameId, receivedAt, null, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new IncomingEvent(file, sequence, nameId, receivedAt, null, "cannot read: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            return new IncomingEvent(file, sequence, nameId, receivedAt, null, "empty: not a JSON object");
        }
        if (!node.isObject()) {
            return new IncomingEvent(file, sequence, nameId, receivedAt, null,
                    "not a JSON object but a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> event = JSON.convertValue(node, LinkedHashMap.class);
        JsonNode id = node.get("id");
        return new IncomingEvent(file, sequence, id != null && id.isTextual() ? id.asText() : nameId, receivedAt,
                event, null);
    }

    private void bringBack() throws IOException {
        if (Files.isRegularFile(directory)) {
            if (!DOWN_NOTICE.equals(Files.readString(directory, StandardCharsets.UTF_8))) {
                throw new IOException(directory + " is a file the simulator did not write; " + parked
                        + " holds the events");
            }
            Files.delete(directory);
        }
        Files.move(parked, directory, StandardCopyOption.ATOMIC_MOVE);
    }
}
