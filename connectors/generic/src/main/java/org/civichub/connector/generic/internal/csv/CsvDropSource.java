package org.civichub.connector.generic.internal.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.connector.generic.CsvDropSettings;
import org.civichub.connector.generic.internal.RecordSpec;
import org.civichub.connector.generic.internal.RowFields;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourcePage;
import org.civichub.model.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file drop as a {@link PagedSource}. A run reads the complete files in name order, each in
 * pages of {@code pageSize} rows; once a file's last page is stored ({@link #stored}), the file
 * moves to the done folder, so the next run does not see it again. A file that cannot be read at
 * all (charset, CSV syntax, a header without the mapping's fields) moves to the error folder with
 * its reason, and the run goes on with the next file. A run that stops part-way through a file
 * reads it again from its first row next time: the records are the same, so storing them again
 * changes nothing.
 *
 * <p>Each row is a record: every value under its header name exactly as read, plus
 * {@link RowFields}. The watermark is informational: the last file fully stored, under the record
 * type ({@link Positions}, e.g. {@code pension=pension_20240502.csv}).
 */
public final class CsvDropSource implements PagedSource {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDropSource.class);

    private final DropFolder folder;
    private final CsvFileReader reader;
    private final RecordSpec spec;
    private final List<String> sourceFields;
    private final int pageSize;
    private final Clock clock;
    private final Set<String> finishedInRun = new HashSet<>();
    private Positions positions = Positions.parse(null);
    private OpenFile current;

    public CsvDropSource(CsvDropSettings settings, RecordSpec spec, List<String> sourceFields, int pageSize,
                         Clock clock) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.folder = new DropFolder(settings, clock);
        this.reader = new CsvFileReader(settings.charset(), settings.delimiter());
        this.spec = spec;
        this.sourceFields = List.copyOf(sourceFields);
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
            LOG.info("Drop file {} stored, moved to the done folder", file.getFileName());
        }
    }

    private SourcePage page(OpenFile file, int offset) throws IOException {
        List<FileRow> rows = file.table.rows();
        int end = Math.min(rows.size(), offset + pageSize);
        Instant fetchedAt = clock.instant();
        String name = file.path.getFileName().toString();
        List<SourceRecord> records = rows.subList(offset, end).stream()
                .map(row -> spec.record(payload(name, file.table.header(), row), fetchedAt)).toList();
        if (end < rows.size()) {
            return new SourcePage(records, new DropCursor(name, end).toString(), null);
        }
        finishedInRun.add(name);
        current = null;
        positions = positions.with(spec.recordType(), name);
        String next = hasMoreFiles() ? DropCursor.NEXT_FILE : null;
        return new SourcePage(records, next, positions.toString(), file.path);
    }

    private static Map<String, String> payload(String fileName, List<String> header, FileRow row) {
        List<String> values = row.values();
        Map<String, String> payload = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            payload.put(i < header.size() ? header.get(i) : RowFields.column(i + 1), values.get(i));
        }
        payload.put(RowFields.FILE, fileName);
        payload.put(RowFields.ROW, Integer.toString(row.number()));
        if (values.size() != header.size()) {
            payload.put(RowFields.COLUMNS, values.size() + "/" + header.size());
        }
        return payload;
    }

    /** The next complete file that can be read; the unreadable ones on the way go to the error folder. */
    private OpenFile openNext() throws IOException {
        for (Path file : folder.ready()) {
            if (finishedInRun.contains(file.getFileName().toString())) {
                continue;
            }
            try {
                return open(file);
            } catch (UnreadableFileException e) {
                folder.reject(file, e);
            } catch (NoSuchFileException e) {
                LOG.debug("Drop file {} went away before it was read", file.getFileName());
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
    private OpenFile open(Path file) throws IOException, UnreadableFileException {
        if (!Files.isReadable(file)) {
            throw Files.exists(file) ? new AccessDeniedException(file.toString()) : new NoSuchFileException(file.toString());
        }
        CsvTable table = reader.read(Files.readAllBytes(file));
        HeaderCheck.check(sourceFields, table.header());
        return new OpenFile(file, table);
    }

    private record OpenFile(Path path, CsvTable table) {
    }
}
