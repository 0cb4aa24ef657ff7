package org.civichub.feeds.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Pattern;
import org.civichub.feeds.FeedEvent;

/**
 * Delivers events as files into the health department's exchange folder (created when absent): one
 * {@code civichub_<sequence, 12 digits>_<event id>.json} per event, the CloudEvent in UTF-8 JSON, so
 * the names sort in the feed's order. Each is written as {@code .<name>.part}, synced, moved into
 * place in one step (replacing a file of that name) and then marked complete by the empty
 * {@code <name>.ok}: a department reads a file once its marker is there. A repeated delivery writes
 * the same names again. There is no answer: a delivery is done once both files are on disk.
 */
final class FolderChannel implements Channel {

    /** What an event id may be to be part of a file name. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path folder;

    FolderChannel(Path folder) {
        this.folder = folder;
    }

    @Override
    public String transport() {
        return "folder";
    }

    /** The exchange folder. */
    Path folder() {
        return folder;
    }

    @Override
    public void deliver(FeedEvent event) throws IOException {
        String name = name(event);
        Files.createDirectories(folder);
        Path part = folder.resolve("." + name + ".part");
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer json = ByteBuffer.wrap(EventJson.bytes(event));
            while (json.hasRemaining()) {
                out.write(json);
            }
            out.force(true);
        }
        Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder();
        Files.write(folder.resolve(name + ".ok"), new byte[0]);
        syncFolder();
    }

    /** The event's file name. */
    static String name(FeedEvent event) throws IOException {
        if (!SAFE_ID.matcher(event.id()).matches()) {
            throw new IOException("event id '" + event.id()
                    + "' is no file name part (letters, digits, '-', '_', '.')");
        }
        long sequence = -1;
        try {
            sequence = Long.parseLong(String.valueOf(event.sequence()));
        } catch (NumberFormatException e) {
            // refused below
        }
        if (sequence < 0) {
            throw new IOException("event " + event.id() + " has no sequence number: " + event.sequence());
        }
        return String.format(Locale.ROOT, "civichub_%012d_%s.json", sequence, event.id());
    }

    /** Makes the folder's entries durable; where a folder cannot be opened to sync (Windows), the move is enough. */
    private void syncFolder() throws IOException {
        FileChannel dir;
        try {
            dir = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            return;
        }
        try (dir) {
            dir.force(true);
        }
    }
}
