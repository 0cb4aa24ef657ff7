package org.civichub.connector.health.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourcePage;
import org.civichub.model.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health department's file drop as a {@link PagedSource}. A run reads the complete files
 * ({@link DropFolder#ready()}) oldest first, each in pages of {@code pageSize} rows; once a file's
 * last page is stored ({@link #stored}), the file moves to the done folder, so the next run does not
 * see it again. A file that cannot be read at all moves to the error folder with its reason, and the
 * run goes on with the next file. A run that stops part-way through a file reads it again from its
 * first row next time: the records are the same, so storing them again changes nothing.
 *
 * <p>The watermark is informational: per file type, the last file fully stored
 * ({@link Positions}, e.g. {@code births=births_20240502000000.csv&family=family_20240502000000.xlsx}).
 * What makes syncs incremental is that stored files leave the drop folder.
 */
public final class HealthSource implements PagedSource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthSource.class);

    private final DropFolder folder;
    private final int pageSize;
    private final Clock clock;
    private final Set<String> finishedInRun = new HashSet<>();
    private Positions positions = Positions.parse(null);
    private OpenFile current;

    public HealthSource(DropFolder folder, int pageSize, Clock clock) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.folder = folder;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public SourcePage fetch(String watermark, String cursor) throws IOException {
        if (cursor == null) {
            finishedInRun.clear();
            positions = Positions.parse(watermark);
            current = null;
        }
        DropCursor at = DropCursor.parse(cursor);
        if (at.isNextFile()) {
            current = openNext();
            if (current == null) {
                return new SourcePage(List.of(), null, null);
            }
        } else if (current == null || !current.path.getFileName().toString().equals(at.file())) {
            throw new IllegalStateException("the run lost its place in drop file " + at.file()
                    + "; the next run reads it again");
        }
        return page(current, at.offset());
    }

    /** Moves a file whose last page is stored to the done folder. */
    @Override
    public void stored(SourcePage page) throws IOException {
        if (page.handle() instanceof Path file) {
            folder.done(file);
            LOG.info("Health drop file {} stored, moved to the done folder", file.getFileName());
        }
    }

    private SourcePage page(OpenFile file, int offset) throws IOException {
        List<FileRow> rows = file.table.rows();
        int end = Math.min(rows.size(), offset + pageSize);
        Instant fetchedAt = clock.instant();
        String name = file.path.getFileName().toString();
        List<SourceRecord> records = rows.subList(offset, end).stream()
                .map(row -> DropRecords.of(name, file.type, file.table.header(), row, fetchedAt)).toList();
        if (end < rows.size()) {
            return new SourcePage(records, new DropCursor(name, end).toString(), null);
        }
        finishedInRun.add(name);
        current = null;
        positions = positions.with(file.type.recordType(), name);
        String next = hasMoreFiles() ? DropCursor.NEXT_FILE : null;
        return new SourcePage(records, next, positions.toString(), file.path);
    }

    /** The next complete file that can be read; the unreadable ones on the way go to the error folder. */
    private OpenFile openNext() throws IOException {
        for (Path file : folder.ready()) {
            if (finishedInRun.contains(file.getFileName().toString())) {
                continue;
            }
            try {
                return open(file);
            } catch (UnreadableDropException e) {
                folder.reject(file, e);
            } catch (NoSuchFileException e) {
                LOG.debug("Health drop file {} went away before it was read", file.getFileName());
            }
        }
        return null;
    }

    private boolean hasMoreFiles() throws IOException {
        return folder.ready().stream().anyMatch(f -> !finishedInRun.contains(f.getFileName().toString()));
    }

    /**
     * Reads a whole file, so that one that cannot be read is known before any of its rows is sent.
     * A file the connector may not read fails the run rather than being taken for a bad file.
     */
    private static OpenFile open(Path file) throws IOException, UnreadableDropException {
        String name = file.getFileName().toString();
        DropType type = DropName.typeOf(name);
        if (!Files.isReadable(file)) {
            throw Files.exists(file) ? new AccessDeniedException(file.toString()) : new NoSuchFileException(file.toString());
        }
        DropTable table = DropName.parse(name).orElseThrow().format() == DropName.Format.XLSX
                ? XlsxDropReader.read(file)
                : CsvDropReader.read(Files.readAllBytes(file));
        HeaderCheck.check(type, table.header());
        return new OpenFile(file, type, table);
    }

    private record OpenFile(Path path, DropType type, DropTable table) {
    }
}
